// The SWAR plain-run scan and the bracket-depth pre-scan.
#include "support/json_scan.h"

#include <cstdint>
#include <cstring>

namespace stackls::support {

std::size_t plainJsonStringEnd(std::string_view s, std::size_t i) {
    constexpr std::uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
    const auto hasZeroByte = [](std::uint64_t v) { return (v - ones) & ~v & highs; };
    while (i + 8 <= s.size()) {
        std::uint64_t v;
        std::memcpy(&v, s.data() + i, 8);
        const std::uint64_t stop = hasZeroByte(v ^ (ones * '"')) | hasZeroByte(v ^ (ones * '\\')) |
                                   ((v - ones * 0x20) & ~v & highs) | (v & highs);
        if (stop) break;
        i += 8;
    }
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x20 || c >= 0x80 || c == '"' || c == '\\') break;
        ++i;
    }
    return i;
}

std::size_t jsonNestingDepth(std::string_view text, std::size_t limit) {
    std::size_t depth = 0, deepest = 0;
    bool inString = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\') ++i;  // the escaped character cannot end the string
            else if (c == '"') inString = false;
            continue;
        }
        switch (c) {
            case '"': inString = true; break;
            case '[':
            case '{':
                if (++depth > deepest) {
                    deepest = depth;
                    if (deepest > limit) return limit + 1;
                }
                break;
            case ']':
            case '}':
                if (depth > 0) --depth;
                break;
            default: break;
        }
    }
    return deepest;
}

}  // namespace stackls::support
