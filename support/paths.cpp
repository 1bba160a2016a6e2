// Containment by comparing the paths' text: discovery asks it for every folder it enters.
#include "support/paths.h"

#include <string_view>

namespace stackls::support {
namespace {

bool isSeparator(std::filesystem::path::value_type c) {
    return c == '/' || c == std::filesystem::path::preferred_separator;
}

}  // namespace

bool isInside(const std::filesystem::path& path, const std::filesystem::path& root) {
    std::basic_string_view<std::filesystem::path::value_type> r = root.native(), p = path.native();
    while (r.size() > 1 && isSeparator(r.back())) r.remove_suffix(1);
    if (r.empty() || p.substr(0, r.size()) != r) return false;
    return p.size() == r.size() || isSeparator(r.back()) || isSeparator(p[r.size()]);
}

}  // namespace stackls::support
