// Containment by comparing the paths' text: discovery asks it for every folder it enters.
#include "support/paths.h"

#include <string_view>

#ifdef _WIN32
#include <cwchar>
#endif

namespace stackls::support {
namespace {

bool isSeparator(std::filesystem::path::value_type c) {
    return c == '/' || c == std::filesystem::path::preferred_separator;
}

// Windows compares file names without regard to case (a client may spell a drive letter or
// a folder differently from the disk); elsewhere names are exact.
bool samePrefix(std::basic_string_view<std::filesystem::path::value_type> text,
                std::basic_string_view<std::filesystem::path::value_type> prefix) {
    if (text.size() < prefix.size()) return false;
#ifdef _WIN32
    return _wcsnicmp(text.data(), prefix.data(), prefix.size()) == 0;
#else
    return text.substr(0, prefix.size()) == prefix;
#endif
}

}  // namespace

bool isInside(const std::filesystem::path& path, const std::filesystem::path& root) {
    std::basic_string_view<std::filesystem::path::value_type> r = root.native(), p = path.native();
    while (r.size() > 1 && isSeparator(r.back())) r.remove_suffix(1);
    if (r.empty() || !samePrefix(p, r)) return false;
    return p.size() == r.size() || isSeparator(r.back()) || isSeparator(p[r.size()]);
}

}  // namespace stackls::support
