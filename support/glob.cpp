// Segment-wise glob matching with a table over (pattern segment, path segment): no recursion,
// so no pattern can make it exponential.
#include "support/glob.h"

#include <vector>

namespace stackls::support {

namespace {

constexpr std::size_t kMaxPatternBytes = 1024;
constexpr std::size_t kMaxSegments = 64;

std::vector<std::string_view> segmentsOf(std::string_view s) {
    std::vector<std::string_view> out;
    std::size_t start = 0;
    while (start <= s.size()) {
        std::size_t slash = s.find('/', start);
        if (slash == std::string_view::npos) slash = s.size();
        if (slash > start) out.push_back(s.substr(start, slash - start));  // "a//b" is "a/b"
        start = slash + 1;
    }
    return out;
}

// `*` and `?` within one segment: the usual greedy match that backs up to the last star.
bool segmentMatch(std::string_view pattern, std::string_view name) {
    std::size_t p = 0, n = 0, star = std::string_view::npos, resume = 0;
    while (n < name.size()) {
        if (p < pattern.size() && (pattern[p] == '?' || pattern[p] == name[n])) {
            ++p;
            ++n;
        } else if (p < pattern.size() && pattern[p] == '*') {
            star = p++;
            resume = n;
        } else if (star != std::string_view::npos) {
            p = star + 1;
            n = ++resume;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == '*') ++p;
    return p == pattern.size();
}

}  // namespace

bool globMatch(std::string_view pattern, std::string_view path) {
    while (!pattern.empty() && pattern.back() == '/') pattern.remove_suffix(1);
    if (pattern.empty() || pattern.size() > kMaxPatternBytes) return false;
    const auto names = segmentsOf(path);
    if (names.empty()) return false;
    if (pattern.find('/') == std::string_view::npos) return segmentMatch(pattern, names.back());
    const auto parts = segmentsOf(pattern);
    if (parts.size() > kMaxSegments) return false;
    // can[i][j]: the first i pattern segments match the first j path segments.
    const std::size_t P = parts.size(), N = names.size();
    std::vector<std::vector<char>> can(P + 1, std::vector<char>(N + 1, 0));
    can[0][0] = 1;
    for (std::size_t i = 1; i <= P; ++i) {
        const bool globstar = parts[i - 1] == "**";
        for (std::size_t j = 0; j <= N; ++j) {
            if (globstar) can[i][j] = can[i - 1][j] || (j > 0 && can[i][j - 1]);
            else can[i][j] = j > 0 && can[i - 1][j - 1] && segmentMatch(parts[i - 1], names[j - 1]);
        }
    }
    return can[P][N] != 0;
}

}  // namespace stackls::support
