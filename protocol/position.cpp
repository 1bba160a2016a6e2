// Byte offset <-> LSP position conversion over UTF-8 text, tolerant of invalid bytes.
#include "protocol/position.h"

#include <algorithm>
#include <climits>

#include <nlohmann/json.hpp>

#include "support/utf8.h"

namespace stackls::protocol {
namespace {

std::size_t unitsOf(const support::Utf8Char& cp, PositionEncoding encoding) {
    return encoding == PositionEncoding::Utf8 ? cp.bytes : static_cast<std::size_t>(cp.utf16Units);
}

int clampToInt(std::size_t v) { return v > static_cast<std::size_t>(INT_MAX) ? INT_MAX : static_cast<int>(v); }

}  // namespace

LineIndex::LineIndex(std::string_view text) {
    // Offsets are kept in 32 bits; what the server holds is capped far below 4 GiB, and
    // anything past that would only all land on the last line.
    text = text.substr(0, std::min<std::size_t>(text.size(), UINT32_MAX - 1));
    lineStarts_.reserve(static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')) + 1);
    lineStarts_.push_back(0);
    if (text.find('\r') == std::string_view::npos) {
        // The common case, "\n" only: memchr finds each break.
        for (std::size_t i = text.find('\n'); i != std::string_view::npos; i = text.find('\n', i + 1))
            lineStarts_.push_back(static_cast<std::uint32_t>(i + 1));
        return;
    }
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\n') {
            lineStarts_.push_back(static_cast<std::uint32_t>(i + 1));
        } else if (text[i] == '\r') {
            if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
            lineStarts_.push_back(static_cast<std::uint32_t>(i + 1));
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
    const auto it = std::upper_bound(lineStarts_.begin(), lineStarts_.end(), byteOffset,
                                     [](std::size_t offset, std::uint32_t start) { return offset < start; });
    const std::size_t line = static_cast<std::size_t>(it - lineStarts_.begin()) - 1;
    const std::size_t start = std::min(lineStart(line), text.size());
    const std::size_t stop = std::min(byteOffset, lineContentEnd(text, line));
    std::size_t units = 0;
    for (std::size_t i = start; i < stop;) {
        const support::Utf8Char cp = support::decodeUtf8(text, i);
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
        const support::Utf8Char cp = support::decodeUtf8(text, i);
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
        const support::Utf8Char cp = support::decodeUtf8(text, i);
        units += unitsOf(cp, encoding);
        i += cp.bytes;
    }
    return units;
}

nlohmann::json toJson(const Position& p) { return {{"line", p.line}, {"character", p.character}}; }

nlohmann::json toJson(const Range& r) { return {{"start", toJson(r.start)}, {"end", toJson(r.end)}}; }

}  // namespace stackls::protocol
