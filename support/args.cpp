// Command-line words with flag values taken from "=" or from the next word.
#include "support/args.h"

#include <algorithm>

namespace stackls::support {

bool ArgReader::next() {
    if (next_ >= args_.size()) return false;
    current_ = next_++;
    return true;
}

bool ArgReader::is(std::string_view flag) const {
    const std::string_view w = word();
    return w == flag || (w.size() > flag.size() && w.substr(0, flag.size()) == flag && w[flag.size()] == '=');
}

std::optional<std::string> ArgReader::value() {
    const std::string& w = word();
    if (const auto eq = w.find('='); eq != std::string::npos) return w.substr(eq + 1);
    if (next_ < args_.size()) return args_[next_++];
    error_ = w + " needs a value";
    return std::nullopt;
}

std::vector<std::string_view> splitList(std::string_view value) {
    std::vector<std::string_view> items;
    std::size_t start = 0;
    while (start <= value.size()) {
        const auto comma = std::min(value.find(',', start), value.size());
        auto item = value.substr(start, comma - start);
        while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
        while (!item.empty() && item.back() == ' ') item.remove_suffix(1);
        if (!item.empty()) items.push_back(item);
        start = comma + 1;
    }
    return items;
}

}  // namespace stackls::support
