// Bounds on what files from outside may make stackls hold, shared by every reader.
#pragma once

#include <cstddef>

namespace stackls::support {

// The largest manifest (package.json, a requirements file) read at all; a larger one is
// skipped with a message. Real manifests are a few KiB.
inline constexpr std::size_t kMaxManifestBytes = 16u * 1024u * 1024u;

}  // namespace stackls::support
