// UTF-8 decoding that never fails: the basis of position conversion and of repairing
// message bodies that editors send with invalid UTF-8 in them.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace stackls::support {

struct Utf8Char {
    std::size_t bytes;  // 1..4
    int utf16Units;     // 1 or 2
    bool valid;         // false: a lone byte that starts no well-formed sequence
};

// Decodes the character starting at text[i] (i < text.size()). Anything not well-formed
// (stray continuation, overlong form, surrogate, beyond U+10FFFF, truncated) is one byte
// wide and one unit long, so a bad byte never swallows the bytes after it.
Utf8Char decodeUtf8(std::string_view text, std::size_t i);

// Offset of the first byte that starts no well-formed sequence, or npos when `text` is valid.
std::size_t firstInvalidUtf8(std::string_view text);

// nullopt when `text` is valid UTF-8; otherwise a copy with each invalid byte replaced
// by U+FFFD (one UTF-16 unit, like the byte it replaces).
std::optional<std::string> repairUtf8(std::string_view text);

}  // namespace stackls::support
