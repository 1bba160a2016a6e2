// The one key stackls reads from pnpm-workspace.yaml: `packages`, the member folder globs.
#pragma once

#include <string_view>
#include <vector>

#include "knowledge/manifest/model.h"

namespace stackls::manifest {

// Reads `packages:` as a block list (`  - "apps/*"`) or a flow list (`packages: [a, 'b/*']`),
// with plain, single- or double-quoted items and `#` comments. Anything else in the file is
// ignored; a file that is not this shape yields no globs. At most 10,000 items are read.
std::vector<Located> parsePnpmWorkspacePackages(std::string_view text);

}  // namespace stackls::manifest
