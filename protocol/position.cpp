// Byte offset <-> LSP position conversion over UTF-8 text, tolerant of invalid bytes.
#include "protocol/position.h"

#include <algorithm>
#include <climits>

#include <nlohmann/json.hpp>

namespace stackls::protocol {
namespace {

struct CodePoint {
    std::size_t bytes;  // 1..4
    int utf16Units;     // 1 or 2
};

bool isContinuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// Decodes the sequence starting at text[i]. Anything that is not well-formed UTF-8
// (stray continuation, overlong form, surrogate, beyond U+10FFFF, truncated) is one
// byte wide and one unit long, so a bad byte can never swallow the bytes after it.
CodePoint decodeAt(std::string_view text, std::size_t i) {
    const auto b0 = static_cast<unsigned char>(text[i]);
    const std::size_t left = text.size() - i;
    auto at = [&](std::size_t k) { return static_cast<unsigned char>(text[i + k]); };
    if (b0 < 0x80) return {1, 1};
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        if (left >= 2 && isContinuation(at(1))) return {2, 1};
        return {1, 1};
    }
    if (b0 >= 0xE0 && b0 <= 0xEF) {
        if (left < 3 || !isContinuation(at(1)) || !isContinuation(at(2))) return {1, 1};
        if (b0 == 0xE0 && at(1) < 0xA0) return {1, 1};   // overlong
        if (b0 == 0xED && at(1) >= 0xA0) return {1, 1};  // UTF-16 surrogate
        return {3, 1};
    }
    if (b0 >= 0xF0 && b0 <= 0xF4) {
        if (left < 4 || !isContinuation(at(1)) || !isContinuation(at(2)) || !isContinuation(at(3)))
            return {1, 1};
        if (b0 == 0xF0 && at(1) < 0x90) return {1, 1};   // overlong
        if (b0 == 0xF4 && at(1) >= 0x90) return {1, 1};  // beyond U+10FFFF
        return {4, 2};
    }
    return {1, 1};
}

std::size_t unitsOf(const CodePoint& cp, PositionEncoding encoding) {
    return encoding == PositionEncoding::Utf8 ? cp.bytes : static_cast<std::size_t>(cp.utf16Units);
}

int clampToInt(std::size_t v) { return v > static_cast<std::size_t>(INT_MAX) ? INT_MAX : static_cast<int>(v); }

}  // namespace

LineIndex::LineIndex(std::string_view text) {
    lineStarts_.push_back(0);
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\n') {
            lineStarts_.push_back(i + 1);
        } else if (text[i] == '\r') {
            if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
            lineStarts_.push_back(i + 1);
        }
    }
}

std::size_t LineIndex::lineCount() const { return lineStarts_.size(); }

std::size_t LineIndex::lineStart(std::size_t line) const { return lineStarts_[line]; }

std::size_t LineIndex::lineContentEnd(std::string_view text, std::size_t line) const {
    std::size_t end = line + 1 < lineStarts_.size() ? lineStarts_[line + 1] : text.size();
    end = std::min(end, text.size());
    const std::size_t start = std::min(lineStart(line), end);
    if (line + 1 < lineStarts_.size()) {
        // Strip the break that ended this line: "\n", "\r\n" or "\r".
        if (end > start && text[end - 1] == '\n') --end;
        if (end > start && text[end - 1] == '\r') --end;
    }
    return end;
}

Position LineIndex::toPosition(std::string_view text, std::size_t byteOffset, PositionEncoding encoding) const {
    byteOffset = std::min(byteOffset, text.size());
    const auto it = std::upper_bound(lineStarts_.begin(), lineStarts_.end(), byteOffset);
    const std::size_t line = static_cast<std::size_t>(it - lineStarts_.begin()) - 1;
    const std::size_t start = std::min(lineStart(line), text.size());
    const std::size_t stop = std::min(byteOffset, lineContentEnd(text, line));
    std::size_t units = 0;
    for (std::size_t i = start; i < stop;) {
        const CodePoint cp = decodeAt(text, i);
        if (i + cp.bytes > stop) break;  // offset inside this character: stay before it
        units += unitsOf(cp, encoding);
        i += cp.bytes;
    }
    return Position{clampToInt(line), clampToInt(units)};
}

std::size_t LineIndex::toOffset(std::string_view text, Position pos, PositionEncoding encoding) const {
    if (pos.line < 0) return 0;
    const auto line = static_cast<std::size_t>(pos.line);
    if (line >= lineStarts_.size()) return text.size();
    const std::size_t start = std::min(lineStart(line), text.size());
    const std::size_t end = lineContentEnd(text, line);
    if (pos.character <= 0) return start;
    const auto want = static_cast<std::size_t>(pos.character);
    std::size_t units = 0;
    std::size_t i = start;
    while (i < end) {
        const CodePoint cp = decodeAt(text, i);
        const std::size_t next = units + unitsOf(cp, encoding);
        if (next > want || i + cp.bytes > end) break;  // would split this character
        units = next;
        i += cp.bytes;
        if (units == want) break;
    }
    return i;
}

std::size_t unitLength(std::string_view text, PositionEncoding encoding) {
    std::size_t units = 0;
    for (std::size_t i = 0; i < text.size();) {
        const CodePoint cp = decodeAt(text, i);
        units += unitsOf(cp, encoding);
        i += cp.bytes;
    }
    return units;
}

nlohmann::json toJson(const Position& p) { return {{"line", p.line}, {"character", p.character}}; }

nlohmann::json toJson(const Range& r) { return {{"start", toJson(r.start)}, {"end", toJson(r.end)}}; }

}  // namespace stackls::protocol
