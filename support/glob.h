// Glob patterns over '/'-separated relative paths, as `exclude` in .stackls.json and
// `stackls check --exclude` write them.
#pragma once

#include <string_view>

namespace stackls::support {

// `*` matches any run of characters within one path segment, `?` one character, and a
// segment that is exactly `**` any number of whole segments (none included). A trailing '/'
// is ignored. A pattern without '/' matches a path whose last segment it matches (so
// "dist" excludes every folder named dist), as in .gitignore. Patterns longer than 1024
// bytes or with more than 64 segments match nothing.
bool globMatch(std::string_view pattern, std::string_view path);

}  // namespace stackls::support
