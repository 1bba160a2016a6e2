// Builds an nlohmann::json tree through JsonWriter's calls.
#include "support/json_tree_writer.h"

#include <cassert>

namespace stackls::support {

JsonTreeWriter& JsonTreeWriter::key(std::string_view name) {
    assert(!open_.empty() && open_.back()->is_object());
    key_.assign(name);
    return *this;
}

nlohmann::json& JsonTreeWriter::place(nlohmann::json value) {
    if (open_.empty()) {
        root_ = std::move(value);
        return root_;
    }
    nlohmann::json& parent = *open_.back();
    if (parent.is_object()) return parent[key_] = std::move(value);
    parent.push_back(std::move(value));
    return parent.back();
}

nlohmann::json JsonTreeWriter::take() {
    assert(open_.empty());
    return std::move(root_);
}

}  // namespace stackls::support
