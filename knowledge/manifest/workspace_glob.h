// Monorepo member globs (npm/yarn/pnpm `workspaces`, uv `members`) tested against one folder.
#pragma once

#include <string_view>
#include <vector>

#include "knowledge/manifest/model.h"

namespace stackls::manifest {

// `*` and `?` match within one path segment, `**` any number of segments; a leading `./`
// and a trailing `/` are ignored. `path` is '/'-separated and relative to the workspace root.
bool matchesWorkspaceGlob(std::string_view pattern, std::string_view path);

// A folder is a member when a pattern matches it and no exclusion does: `!glob` among the
// patterns (npm, pnpm) or in `excludes` (uv). Membership is tested per folder, so a glob
// is never expanded over the file system, whatever it would match.
bool isWorkspaceMember(const std::vector<Located>& patterns, const std::vector<Located>& excludes, std::string_view path);

}  // namespace stackls::manifest
