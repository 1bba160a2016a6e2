// Walks a workspace folder for manifests, bounded and without leaving the root.
#include "server/workspace/discovery.h"

#include <algorithm>
#include <fstream>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string_view>
#include <system_error>

#include "knowledge/stackls_config.h"
#include "support/glob.h"
#include "support/paths.h"

namespace stackls::server {

bool isSkippedFolder(std::string_view name) {
    static const std::set<std::string, std::less<>> skip = {"node_modules", ".git", ".venv", "venv", "__pycache__",
                                                            "dist", "build", "site-packages"};
    return skip.count(name) > 0;
}

DiscoveryLimits DiscoveryLimits::forProjects(std::size_t maxProjects) {
    DiscoveryLimits limits;
    limits.maxManifests = std::max(limits.maxManifests, 4 * maxProjects);
    limits.maxDirectories = std::max(limits.maxDirectories, 20 * maxProjects);
    return limits;
}

namespace {

namespace fs = std::filesystem;

// A path's own string: UTF-8 with '/' on POSIX; UTF-16 with '\\' on Windows.
using NativeString = fs::path::string_type;
constexpr fs::path::value_type kSeparator = fs::path::preferred_separator;

// parent/name for a canonical parent, without re-parsing the parent's components.
fs::path childOf(const fs::path& parent, const fs::path& child) {
    NativeString s = parent.native();
    if (s.back() != kSeparator) s += kSeparator;
    const NativeString& c = child.native();
    s.append(c, c.rfind(kSeparator) + 1);
    return fs::path(std::move(s));
}

#ifdef _WIN32
std::string fileNameOf(const fs::path& p) { return p.filename().string(); }
// The manifest rules read '/'-separated paths (requirements/x.txt).
std::string pathText(const fs::path& p) { return p.generic_string(); }
#else
std::string_view fileNameOf(const fs::path& p) {
    std::string_view s = p.native();
    return s.substr(s.rfind('/') + 1);
}
const std::string& pathText(const fs::path& p) { return p.native(); }
#endif

// The folder whose project a manifest belongs to: requirements/*.txt count for the parent.
fs::path projectRootFor(const fs::path& manifest, manifest::ManifestKind kind) {
    const fs::path dir = manifest.parent_path();
    if (kind == manifest::ManifestKind::Requirements && dir.filename() == "requirements") return dir.parent_path();
    return dir;
}

// An exclude glob and the canonical folder it is relative to ('/'-separated, see pathText).
struct ExcludeRule {
    std::string base;
    std::string glob;
};
using ExcludeRules = std::shared_ptr<const std::vector<ExcludeRule>>;

bool excluded(const ExcludeRules& rules, const std::string& path) {
    for (const auto& r : *rules) {
        if (path.compare(0, r.base.size(), r.base) != 0) continue;
        std::size_t cut = r.base.size();
        if (r.base.back() != '/') {
            if (path.size() <= cut || path[cut] != '/') continue;  // a sibling like base2/
            ++cut;
        }
        if (cut < path.size() && support::globMatch(r.glob, std::string_view(path).substr(cut))) return true;
    }
    return false;
}

// The rules below `dir`: the inherited ones plus the "exclude" of dir/.stackls.json.
ExcludeRules withConfigExcludes(const ExcludeRules& inherited, const fs::path& config, const std::string& dir) {
    constexpr std::uintmax_t kMaxConfigBytes = 1024 * 1024;
    std::error_code ec;
    const auto size = fs::file_size(config, ec);
    if (ec || size > kMaxConfigBytes) return inherited;
    std::ifstream in(config, std::ios::binary);
    std::string text(static_cast<std::size_t>(size), '\0');
    in.read(text.data(), static_cast<std::streamsize>(size));
    text.resize(static_cast<std::size_t>(in.gcount()));
    const auto parsed = knowledge::parseStacklsConfig(text);
    if (parsed.exclude.empty()) return inherited;
    auto rules = std::make_shared<std::vector<ExcludeRule>>(*inherited);
    for (const auto& g : parsed.exclude) rules->push_back({dir, g.text});
    return rules;
}

}  // namespace

DiscoveryResult discoverProjects(const fs::path& rootIn, const DiscoveryLimits& limits,
                                 const std::vector<std::string>& exclude) {
    DiscoveryResult result;
    std::error_code ec;
    const fs::path root = fs::weakly_canonical(fs::absolute(rootIn, ec), ec);
    if (ec || !fs::is_directory(root, ec)) {
        result.warnings.push_back("not a readable directory: " + rootIn.string());
        return result;
    }

    std::vector<DiscoveredManifest> found;
    std::uintmax_t totalBytes = 0;
    std::size_t directories = 0;
    bool cappedManifests = false, cappedBytes = false, cappedDirs = false, cappedDepth = false;
    std::set<NativeString> visited;  // canonical directories, so a symlink loop inside the root ends

    // Iterative depth-first walk; each item is a directory as walked, its canonical path and
    // its depth below the root. A child reached without a symlink is canonical as parent/name,
    // so only symlinks pay for resolving a path; entry types come from the directory listing.
    // Paths are compared and cut as strings: std::filesystem's component-wise operations
    // were most of the walk's cost on a large monorepo.
    struct Pending {
        fs::path dir, canonical;
        std::size_t depth;
        ExcludeRules excludes;
    };
    auto rootRules = std::make_shared<std::vector<ExcludeRule>>();
    for (const auto& g : exclude) rootRules->push_back({pathText(root), g});
    std::vector<Pending> pending{{root, root, 0, std::move(rootRules)}};
    while (!pending.empty()) {
        auto [dir, canonical, depth, excludes] = std::move(pending.back());
        pending.pop_back();
        if (!support::isInside(canonical, root) || !visited.insert(canonical.native()).second) continue;
        if (++directories > limits.maxDirectories) {
            cappedDirs = true;
            break;
        }
        fs::directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec);
        if (ec) {
            result.warnings.push_back("cannot list " + dir.string() + ": " + ec.message());
            continue;
        }
        std::vector<fs::directory_entry> children;
        for (; it != fs::directory_iterator(); it.increment(ec)) {
            if (ec) break;
            children.push_back(*it);
        }
        // Siblings share their parent, so their full paths sort as their names do.
        std::sort(children.begin(), children.end(), [](const fs::directory_entry& a, const fs::directory_entry& b) {
            return a.path().native() < b.path().native();
        });
        for (const fs::directory_entry& entry : children) {
            if (fileNameOf(entry.path()) == ".stackls.json" && entry.is_regular_file(ec))
                excludes = withConfigExcludes(excludes, entry.path(), pathText(canonical));
        }
        for (const fs::directory_entry& entry : children) {
            const fs::path& child = entry.path();
            const auto name = fileNameOf(child);
            if (!excludes->empty() && excluded(excludes, pathText(childOf(canonical, child)))) continue;
            const bool symlink = entry.is_symlink(ec);
            if (ec) continue;
            std::optional<fs::path> resolved;
            if (symlink) {
                // Symlinks are followed only while they stay inside the root.
                resolved = fs::weakly_canonical(child, ec);
                if (ec || !support::isInside(*resolved, root)) continue;
            }
            // Cached from the listing unless the entry is a symlink, which is followed here.
            const bool directory = entry.is_directory(ec);
            if (ec) continue;
            if (directory) {
                if (isSkippedFolder(name)) continue;
                if (depth + 1 > limits.maxDepth) {
                    cappedDepth = true;
                    continue;
                }
                fs::path target = resolved ? std::move(*resolved) : childOf(canonical, child);
                pending.push_back({child, std::move(target), depth + 1, excludes});
                continue;
            }
            const bool regular = entry.is_regular_file(ec);
            if (ec || !regular) continue;
            const auto kind = manifest::manifestKindForPath(pathText(child));
            if (!kind) continue;
            const std::uintmax_t size = fs::file_size(child, ec);
            if (ec) continue;
            if (size > limits.maxManifestBytes) {
                result.warnings.push_back("skipped " + child.string() + ": " + std::to_string(size) + " bytes is over the " +
                                          std::to_string(limits.maxManifestBytes) + "-byte limit");
                continue;
            }
            if (found.size() >= limits.maxManifests) {
                cappedManifests = true;
                continue;
            }
            if (totalBytes + size > limits.maxTotalBytes) {
                cappedBytes = true;
                continue;
            }
            totalBytes += size;
            found.push_back({child, *kind, size});
        }
    }
    result.capped = cappedDirs || cappedManifests || cappedBytes;
    if (cappedDirs) result.warnings.push_back("stopped after " + std::to_string(limits.maxDirectories) + " directories");
    if (cappedDepth) result.warnings.push_back("did not descend more than " + std::to_string(limits.maxDepth) + " levels");
    if (cappedManifests) result.warnings.push_back("kept only the first " + std::to_string(limits.maxManifests) + " manifests");
    if (cappedBytes) result.warnings.push_back("manifests over " + std::to_string(limits.maxTotalBytes) + " bytes in total were skipped");

    std::map<fs::path, Project> byRoot;
    for (auto& m : found) {
        fs::path projectRoot = projectRootFor(m.path, m.kind);
        Project& p = byRoot[projectRoot];
        p.root = std::move(projectRoot);
        p.details.push_back(std::move(m));
    }
    for (auto& [_, p] : byRoot) {
        std::sort(p.details.begin(), p.details.end(),
                  [](const DiscoveredManifest& a, const DiscoveredManifest& b) { return a.path < b.path; });
        for (const auto& d : p.details) p.manifests.push_back(d.path);
        result.projects.push_back(std::move(p));
    }
    return result;
}

}  // namespace stackls::server
