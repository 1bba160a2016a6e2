// Path containment: the one test of "is this path inside that root" behind every read fence.
#pragma once

#include <filesystem>

namespace stackls::support {

// True when `path` is `root` or lies below it, comparing whole components ("/a/bc" is not
// inside "/a/b"); a trailing separator on `root` is ignored. Both must be normalised the
// same way (canonical, or lexically_normal): ".." is not resolved here. On Windows the
// comparison ignores case, as the file system does.
bool isInside(const std::filesystem::path& path, const std::filesystem::path& root);

}  // namespace stackls::support
