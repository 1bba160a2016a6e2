// Strict UTF-8 decoding with one-byte recovery, and U+FFFD repair of invalid bytes.
#include "support/utf8.h"

namespace stackls::support {
namespace {

bool isContinuation(unsigned char c) { return (c & 0xC0) == 0x80; }

}  // namespace

Utf8Char decodeUtf8(std::string_view text, std::size_t i) {
    constexpr Utf8Char bad{1, 1, false};
    const auto b0 = static_cast<unsigned char>(text[i]);
    const std::size_t left = text.size() - i;
    auto at = [&](std::size_t k) { return static_cast<unsigned char>(text[i + k]); };
    if (b0 < 0x80) return {1, 1, true};
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        return left >= 2 && isContinuation(at(1)) ? Utf8Char{2, 1, true} : bad;
    }
    if (b0 >= 0xE0 && b0 <= 0xEF) {
        if (left < 3 || !isContinuation(at(1)) || !isContinuation(at(2))) return bad;
        if (b0 == 0xE0 && at(1) < 0xA0) return bad;   // overlong
        if (b0 == 0xED && at(1) >= 0xA0) return bad;  // UTF-16 surrogate
        return {3, 1, true};
    }
    if (b0 >= 0xF0 && b0 <= 0xF4) {
        if (left < 4 || !isContinuation(at(1)) || !isContinuation(at(2)) || !isContinuation(at(3))) return bad;
        if (b0 == 0xF0 && at(1) < 0x90) return bad;   // overlong
        if (b0 == 0xF4 && at(1) >= 0x90) return bad;  // beyond U+10FFFF
        return {4, 2, true};
    }
    return bad;
}

std::size_t firstInvalidUtf8(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        const Utf8Char c = decodeUtf8(text, i);
        if (!c.valid) return i;
        i += c.bytes;
    }
    return std::string_view::npos;
}

std::optional<std::string> repairUtf8(std::string_view text) {
    // Fast path: most bodies are valid; copy only once a bad byte shows up.
    std::size_t i = firstInvalidUtf8(text);
    if (i == std::string_view::npos) return std::nullopt;
    std::string out(text.substr(0, i));
    out.reserve(text.size() + 16);
    while (i < text.size()) {
        const Utf8Char c = decodeUtf8(text, i);
        if (c.valid) {
            out.append(text.substr(i, c.bytes));
        } else {
            out.append("\xEF\xBF\xBD");
        }
        i += c.bytes;
    }
    return out;
}

}  // namespace stackls::support
