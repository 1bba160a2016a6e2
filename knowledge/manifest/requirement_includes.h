// Follows -r/-c includes of a requirements file through a caller-supplied reader, so it stays free of I/O.
#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "knowledge/manifest/model.h"
#include "knowledge/manifest/requirements.h"

namespace stackls::manifest {

// Returns the file's text, or nullopt when it does not exist or cannot be read.
using ReadTextFile = std::function<std::optional<std::string>(const std::filesystem::path&)>;

struct IncludeLimits {
    std::size_t maxDepth = 16;   // include chain length below the root file
    std::size_t maxFiles = 64;   // files parsed in total, the root included
};

struct IncludedRequirementsFile {
    std::filesystem::path path;          // lexically normalised
    RequirementsFile file;               // its own problems, plus those of its includes (see below)
    std::optional<std::size_t> parent;   // index into IncludeResolution::files; none for the root
    std::size_t depth = 0;               // 0 for the root
    bool constraint = false;             // reached through a -c somewhere on the chain
};

struct IncludeResolution {
    // files[0] is the root (even when unreadable: then it has one Problem at {0,0}),
    // followed by the included files in depth-first order, each file once.
    std::vector<IncludedRequirementsFile> files;
};

// Reads `root`, then every -r/--requirement and -c/--constraint target relative to the
// directory of the file that names it (as pip does). A missing or unreadable target, a
// cycle, a URL target (never fetched) and anything beyond `limits` become a Problem in the
// INCLUDING file, at the include entry's range. A file reached twice without a cycle is
// parsed once and not reported. `rootModel`, when the caller has parsed the root already
// (with the same options), is taken instead of reading and parsing it again; it comes back
// as files[0].file.
IncludeResolution resolveRequirementIncludes(const std::filesystem::path& root, const ReadTextFile& read,
                                             const IncludeLimits& limits = {},
                                             const RequirementsOptions& options = {},
                                             std::optional<RequirementsFile> rootModel = std::nullopt);

}  // namespace stackls::manifest
