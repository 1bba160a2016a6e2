// Segment-wise glob matching with a bounded dynamic programme (no recursion, no backtracking blow-up).
#include "knowledge/manifest/workspace_glob.h"

#include <algorithm>
#include <string>

namespace stackls::manifest {
namespace {

std::vector<std::string_view> segments(std::string_view p) {
    while (p.starts_with("./")) p.remove_prefix(2);
    while (p.ends_with("/")) p.remove_suffix(1);
    std::vector<std::string_view> out;
    for (std::size_t i = 0; i <= p.size();) {
        auto slash = p.find('/', i);
        if (slash == std::string_view::npos) slash = p.size();
        if (slash > i) out.push_back(p.substr(i, slash - i));
        i = slash + 1;
    }
    return out;
}

// `*` and `?` within one segment: the classic two-pointer match with one backtrack point.
bool segmentMatches(std::string_view pattern, std::string_view name) {
    std::size_t p = 0, n = 0, star = std::string_view::npos, mark = 0;
    while (n < name.size()) {
        if (p < pattern.size() && (pattern[p] == '?' || pattern[p] == name[n])) {
            ++p, ++n;
        } else if (p < pattern.size() && pattern[p] == '*') {
            star = p++;
            mark = n;
        } else if (star != std::string_view::npos) {
            p = star + 1;
            n = ++mark;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == '*') ++p;
    return p == pattern.size();
}

}  // namespace

bool matchesWorkspaceGlob(std::string_view pattern, std::string_view path) {
    const auto pat = segments(pattern), parts = segments(path);
    if (pat.size() > 64 || parts.size() > 256) return false;  // nobody nests members this deep
    // reach[j]: the first i pattern segments can match the first j path segments.
    std::vector<char> reach(parts.size() + 1, 0), next(parts.size() + 1, 0);
    reach[0] = 1;
    for (const auto seg : pat) {
        std::fill(next.begin(), next.end(), 0);
        if (seg == "**") {
            char any = 0;
            for (std::size_t j = 0; j <= parts.size(); ++j) next[j] = any = any || reach[j];
        } else {
            for (std::size_t j = 0; j < parts.size(); ++j)
                if (reach[j] && segmentMatches(seg, parts[j])) next[j + 1] = 1;
        }
        reach.swap(next);
    }
    return reach[parts.size()] != 0;
}

bool isWorkspaceMember(const std::vector<Located>& patterns, const std::vector<Located>& excludes, std::string_view path) {
    bool member = false;
    for (const auto& p : patterns) {
        if (p.text.starts_with("!")) {
            if (matchesWorkspaceGlob(std::string_view(p.text).substr(1), path)) return false;
        } else if (!member && matchesWorkspaceGlob(p.text, path)) {
            member = true;
        }
    }
    if (!member) return false;
    for (const auto& e : excludes)
        if (matchesWorkspaceGlob(e.text, path)) return false;
    return true;
}

}  // namespace stackls::manifest
