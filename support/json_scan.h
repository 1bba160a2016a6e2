// Linear scans over JSON text, run before (or instead of) a parser sees it.
#pragma once

#include <cstddef>
#include <string_view>

namespace stackls::support {

// Where the first byte at or after `i` lies that a JSON string cannot hold as it is or that
// may start a multi-byte sequence ('"', '\\', a control byte, non-ASCII); s.size() when none.
// Eight bytes at a time: most of a manifest or a message is the inside of plain strings.
std::size_t plainJsonStringEnd(std::string_view s, std::size_t i);

// The deepest array/object nesting in `text`, ignoring brackets inside strings; stops
// counting once `limit` is exceeded (returns limit + 1). Unbalanced closers deepen nothing.
std::size_t jsonNestingDepth(std::string_view text, std::size_t limit);

}  // namespace stackls::support
