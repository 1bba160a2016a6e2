// LSP positions and ranges, and conversion between byte offsets in UTF-8 text and
// line/character positions in the negotiated encoding (UTF-16 code units or UTF-8 bytes).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace stackls::protocol {

enum class PositionEncoding { Utf16, Utf8 };

struct Position {
    int line = 0;       // 0-based
    int character = 0;  // 0-based, in units of the negotiated encoding
    friend bool operator==(const Position&, const Position&) = default;
};

struct Range {
    Position start;
    Position end;
    friend bool operator==(const Range&, const Range&) = default;
};

inline bool operator<(const Position& a, const Position& b) {
    return a.line < b.line || (a.line == b.line && a.character < b.character);
}

// True when the ranges share a position. Touching counts: a cursor at either end of a
// range is "on" it.
inline bool rangesTouch(const Range& a, const Range& b) { return !(a.end < b.start) && !(b.end < a.start); }

// Maps byte offsets in a UTF-8 text to LSP positions and back. Keeps a copy of the
// line starts only; the text is passed again on each call (it is not retained).
// Line breaks are "\n", "\r\n" and a lone "\r", as the LSP specification says.
// Invalid UTF-8 never fails: each byte that does not start a valid sequence counts as
// one unit in either encoding, so positions stay monotonic over garbage.
class LineIndex {
public:
    explicit LineIndex(std::string_view text);

    // An offset past the end clamps to the end; one inside a character or inside a
    // "\r\n" pair maps to the position before it.
    Position toPosition(std::string_view text, std::size_t byteOffset, PositionEncoding) const;

    // Clamps: a negative or too-large line goes to the first line / the end of the text,
    // a character past the line's end to the end of the line (before its break), and
    // a character in the middle of a multi-unit character (e.g. between the two halves
    // of a UTF-16 surrogate pair) to the start of that character.
    std::size_t toOffset(std::string_view text, Position, PositionEncoding) const;

    std::size_t lineCount() const;

private:
    // Byte offset where line `line` starts, and where its content ends (before the break).
    std::size_t lineStart(std::size_t line) const;
    std::size_t lineContentEnd(std::string_view text, std::size_t line) const;

    std::vector<std::uint32_t> lineStarts_;  // 4 bytes a line: a 5 MB file has ~100,000 lines
};

// The number of units `text` occupies in `encoding` (invalid bytes count one each).
std::size_t unitLength(std::string_view text, PositionEncoding encoding);

nlohmann::json toJson(const Position&);
nlohmann::json toJson(const Range&);

}  // namespace stackls::protocol
