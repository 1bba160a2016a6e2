// Unit tests for LineIndex: UTF-16/UTF-8 columns over emoji, CJK, CRLF and invalid bytes.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <string>

#include "protocol/position.h"

using stackls::protocol::LineIndex;
using stackls::protocol::Position;
using stackls::protocol::PositionEncoding;
using stackls::protocol::Range;

namespace {

// Round trip: every byte offset that starts a character maps to a position and back.
void checkRoundTrip(std::string_view text, PositionEncoding enc) {
    const LineIndex index(text);
    for (std::size_t off = 0; off <= text.size(); ++off) {
        const bool boundary = off == text.size() || (static_cast<unsigned char>(text[off]) & 0xC0) != 0x80;
        if (!boundary) continue;
        if (off > 0 && text[off - 1] == '\r' && off < text.size() && text[off] == '\n') continue;
        const Position p = index.toPosition(text, off, enc);
        INFO("offset " << off << " -> " << p.line << ":" << p.character);
        CHECK(index.toOffset(text, p, enc) == off);
    }
}

}  // namespace

TEST_CASE("ASCII lines map one byte to one unit", "[position]") {
    const std::string text = "ab\ncd\n";
    const LineIndex index(text);
    CHECK(index.lineCount() == 3);
    CHECK(index.toPosition(text, 4, PositionEncoding::Utf16) == Position{1, 1});
    CHECK(index.toOffset(text, {1, 1}, PositionEncoding::Utf16) == 4);
    CHECK(index.toPosition(text, 6, PositionEncoding::Utf16) == Position{2, 0});
}

TEST_CASE("An emoji is two UTF-16 units and four UTF-8 units", "[position]") {
    const std::string text = "x\xF0\x9F\x98\x80y";  // x😀y
    const LineIndex index(text);
    CHECK(index.toPosition(text, 5, PositionEncoding::Utf16) == Position{0, 3});
    CHECK(index.toPosition(text, 5, PositionEncoding::Utf8) == Position{0, 5});
    CHECK(index.toOffset(text, {0, 3}, PositionEncoding::Utf16) == 5);
    CHECK(index.toOffset(text, {0, 5}, PositionEncoding::Utf8) == 5);
    SECTION("a position between the two surrogate halves clamps to before the emoji") {
        CHECK(index.toOffset(text, {0, 2}, PositionEncoding::Utf16) == 1);
    }
    SECTION("a byte offset inside the emoji maps to the position before it") {
        CHECK(index.toPosition(text, 3, PositionEncoding::Utf16) == Position{0, 1});
        CHECK(index.toOffset(text, {0, 3}, PositionEncoding::Utf8) == 1);
    }
}

TEST_CASE("CJK characters are one UTF-16 unit and three bytes", "[position]") {
    const std::string text = "\xE4\xB8\xAD\xE6\x96\x87=1";  // 中文=1
    const LineIndex index(text);
    CHECK(index.toPosition(text, 6, PositionEncoding::Utf16) == Position{0, 2});
    CHECK(index.toPosition(text, 6, PositionEncoding::Utf8) == Position{0, 6});
    CHECK(index.toOffset(text, {0, 2}, PositionEncoding::Utf16) == 6);
    checkRoundTrip(text, PositionEncoding::Utf16);
    checkRoundTrip(text, PositionEncoding::Utf8);
}

TEST_CASE("CRLF, lone CR and LF all end a line; the break is not part of it", "[position]") {
    const std::string text = "a\r\nbb\rccc\nd";
    const LineIndex index(text);
    REQUIRE(index.lineCount() == 4);
    CHECK(index.toOffset(text, {0, 99}, PositionEncoding::Utf16) == 1);
    CHECK(index.toOffset(text, {1, 0}, PositionEncoding::Utf16) == 3);
    CHECK(index.toOffset(text, {1, 99}, PositionEncoding::Utf16) == 5);
    CHECK(index.toOffset(text, {2, 0}, PositionEncoding::Utf16) == 6);
    CHECK(index.toOffset(text, {3, 1}, PositionEncoding::Utf16) == 11);
    CHECK(index.toPosition(text, 2, PositionEncoding::Utf16) == Position{0, 1});  // inside \r\n
    checkRoundTrip(text, PositionEncoding::Utf16);
}

TEST_CASE("Out-of-range positions and offsets clamp", "[position]") {
    const std::string text = "abc\ndef";
    const LineIndex index(text);
    CHECK(index.toOffset(text, {-1, 5}, PositionEncoding::Utf16) == 0);
    CHECK(index.toOffset(text, {7, 0}, PositionEncoding::Utf16) == text.size());
    CHECK(index.toOffset(text, {0, -3}, PositionEncoding::Utf16) == 0);
    CHECK(index.toPosition(text, 1000, PositionEncoding::Utf16) == Position{1, 3});
}

TEST_CASE("Invalid UTF-8 counts one unit per bad byte and never crashes", "[position]") {
    // stray continuation, truncated 3-byte lead, overlong, encoded surrogate, then 'z'
    const std::string text = "\x80" "\xE4\xB8" "\xC0\xAF" "\xED\xA0\x80" "z";
    const LineIndex index(text);
    const std::size_t zAt = text.size() - 1;
    CHECK(index.toPosition(text, zAt, PositionEncoding::Utf16) == Position{0, static_cast<int>(zAt)});
    CHECK(index.toOffset(text, {0, static_cast<int>(zAt)}, PositionEncoding::Utf16) == zAt);
    CHECK(stackls::protocol::unitLength(text, PositionEncoding::Utf16) == text.size());
    // A text ending in a truncated sequence.
    const std::string cut = "a\xF0\x9F";
    const LineIndex cutIndex(cut);
    CHECK(cutIndex.toPosition(cut, cut.size(), PositionEncoding::Utf16) == Position{0, 3});
}

TEST_CASE("Empty text has one line", "[position]") {
    const LineIndex index("");
    CHECK(index.lineCount() == 1);
    CHECK(index.toOffset("", {0, 4}, PositionEncoding::Utf16) == 0);
    CHECK(index.toPosition("", 0, PositionEncoding::Utf8) == Position{0, 0});
}

TEST_CASE("Positions and ranges serialise as LSP JSON", "[position]") {
    const Range r{{1, 2}, {3, 4}};
    CHECK(toJson(r) == nlohmann::json::parse(R"({"start":{"line":1,"character":2},"end":{"line":3,"character":4}})"));
}
