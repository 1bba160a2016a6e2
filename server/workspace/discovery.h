// Finds the manifests under a workspace folder and groups them into projects (this is I/O, so it lives in server/).
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "knowledge/manifest/manifest_kind.h"
#include "support/limits.h"

namespace stackls::server {

struct DiscoveryLimits {
    std::size_t maxDepth = 8;                 // directory levels below the root
    std::size_t maxDirectories = 5000;        // directories visited
    std::size_t maxManifests = 500;           // manifests kept
    std::uintmax_t maxManifestBytes = support::kMaxManifestBytes;  // a larger manifest is skipped with a warning
    std::uintmax_t maxTotalBytes = 64u * 1024u * 1024u;     // sum of kept manifests' sizes

    // The language server's limits for a workspace of up to `maxProjects` projects: room for
    // a few manifests and a few dozen folders per project (source trees are walked too).
    static DiscoveryLimits forProjects(std::size_t maxProjects);
};

struct DiscoveredManifest {
    std::filesystem::path path;               // absolute
    manifest::ManifestKind kind;
    std::uintmax_t size = 0;
};

// A folder holding a package.json, requirements files and/or .stackls.json; files under
// a `requirements/` folder belong to the parent folder's project.
struct Project {
    std::filesystem::path root;               // absolute
    std::vector<std::filesystem::path> manifests;  // sorted
    std::vector<DiscoveredManifest> details;  // same order as `manifests`
};

struct DiscoveryResult {
    std::vector<Project> projects;            // sorted by root
    std::vector<std::string> warnings;        // what was skipped or capped, for logs and `check`
    // A count limit (directories, manifests, total bytes) stopped the walk: projects may be
    // missing. The depth limit does not count: deep source trees are common and hold none.
    bool capped = false;
};

// The folders discovery never enters: node_modules, .git, .venv, venv, __pycache__, dist,
// build and site-packages (dependencies, repository data, virtual environments, build output).
bool isSkippedFolder(std::string_view name);

// Walks `root` without following symlinks that leave it or entering a skipped folder, nor
// what `exclude` names (globs as support/glob.h reads them, relative to `root`). Each
// .stackls.json met on the way adds its own "exclude" globs, relative to its folder, for
// everything below that folder; it is the only file whose content is read (the rest only by
// size). Never throws: unreadable directories become warnings.
DiscoveryResult discoverProjects(const std::filesystem::path& root, const DiscoveryLimits& limits = {},
                                 const std::vector<std::string>& exclude = {});

}  // namespace stackls::server
