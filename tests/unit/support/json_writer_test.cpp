// The streaming JSON writer: what it prints reads back as the values it was given, laid out as documented.
#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <random>
#include <sstream>

#include "support/json_writer.h"

using stackls::support::JsonWriter;
using nlohmann::ordered_json;

namespace {

// The text read back; ordered, so members written out of order fail too.
ordered_json parsed(const std::string& text) { return ordered_json::parse(text); }

std::string streamed(const ordered_json& j) {
    std::ostringstream out;
    {
        JsonWriter w(out);
        w.value(j);
    }
    return out.str();
}

// A random tree of every kind of value, with awkward strings and numbers.
ordered_json randomTree(std::mt19937& rng, int depth) {
    static const std::vector<std::string> strings = {
        "", "plain", "quote \" and \\ backslash", "tab\tnew\nline\rcr\bback\fform", std::string("nul\0x", 5),
        "\x01\x1f\x7f", "caf\xC3\xA9 \xE2\x80\x94 dash \xF0\x9F\x98\x80 emoji", "/slash/"};
    static const std::vector<double> doubles = {0.0, -0.0, 1.0, 0.5, 0.35, 1.0 / 3.0, 100.0, 1e-5, 0.0001, 1e15, 1e16,
                                                123456789.125, -2.5, 1e300, 5e-324};
    std::uniform_int_distribution<int> pick(0, depth > 0 ? 7 : 5);
    switch (pick(rng)) {
        case 0: return strings[rng() % strings.size()];
        case 1: return doubles[rng() % doubles.size()];
        case 2: return static_cast<int>(rng() % 2000) - 1000;
        case 3: return static_cast<std::size_t>(rng());
        case 4: return rng() % 2 == 0;
        case 5: return nullptr;
        case 6: {
            ordered_json a = ordered_json::array();
            for (int n = static_cast<int>(rng() % 4); n > 0; --n) a.push_back(randomTree(rng, depth - 1));
            return a;
        }
        default: {
            ordered_json o = ordered_json::object();
            for (int n = static_cast<int>(rng() % 4); n > 0; --n) o[strings[rng() % strings.size()] + std::to_string(n)] = randomTree(rng, depth - 1);
            return o;
        }
    }
}

}  // namespace

TEST_CASE("json writer: random trees read back as themselves", "[json_writer]") {
    std::mt19937 rng(7);
    for (int i = 0; i < 300; ++i) {
        ordered_json j = randomTree(rng, 4);
        INFO(j.dump());
        REQUIRE(parsed(streamed(j)) == j);
    }
}

TEST_CASE("json writer: empty containers, nesting and keys written by hand", "[json_writer]") {
    std::ostringstream out;
    {
        JsonWriter w(out);
        w.beginObject();
        w.key("a").beginArray();
        w.endArray();
        w.key("b").beginObject();
        w.endObject();
        w.key("c").beginArray();
        w.value(1);
        w.value(std::vector<std::string>{"x", "y"});
        w.null();
        w.endArray();
        w.endObject();
    }
    // The layout: two spaces per level, one member or element per line, empty containers closed at once.
    CHECK(out.str() == R"({
  "a": [],
  "b": {},
  "c": [
    1,
    [
      "x",
      "y"
    ],
    null
  ]
})");
}

TEST_CASE("json writer: a double is the shortest text that reads back as the same value", "[json_writer]") {
    CHECK(streamed(ordered_json(0.35)) == "0.35");
    CHECK(streamed(ordered_json(1.0 / 3.0)) == "0.3333333333333333");
    CHECK(streamed(ordered_json(-2.5)) == "-2.5");
    CHECK(streamed(ordered_json(1e-5)) == "1e-05");
    CHECK(streamed(ordered_json(1e300)) == "1e+300");
    // A whole double stays recognisably floating-point.
    CHECK(streamed(ordered_json(1.0)) == "1.0");
    CHECK(streamed(ordered_json(100.0)) == "100.0");
    CHECK(streamed(ordered_json(-0.0)) == "-0.0");
    CHECK(streamed(ordered_json(-42)) == "-42");
    CHECK(streamed(ordered_json(std::numeric_limits<unsigned long long>::max())) == "18446744073709551615");
    for (double d : {0.1, 0.35, 1.0 / 3.0, 123456789.125, 5e-324, 1e15, 1e16, 2.2250738585072014e-308, 1.7976931348623157e308}) {
        INFO(d);
        const ordered_json back = parsed(streamed(ordered_json(d)));
        CHECK(back.is_number_float());
        CHECK(back.get<double>() == d);
    }
}

TEST_CASE("json writer: non-finite numbers become null", "[json_writer]") {
    CHECK(streamed(ordered_json(std::numeric_limits<double>::infinity())) == "null");
    CHECK(streamed(ordered_json(std::nan(""))) == "null");
}

TEST_CASE("json writer: invalid UTF-8 becomes U+FFFD instead of throwing", "[json_writer]") {
    std::ostringstream out;
    {
        JsonWriter w(out);
        w.value(std::string_view("x\xFFy\xC3"));                 // a stray byte, a truncated sequence
        w.flush();
    }
    CHECK(out.str() == "\"x\xEF\xBF\xBDy\xEF\xBF\xBD\"");
    std::ostringstream surrogate;
    {
        JsonWriter w(surrogate);
        w.value(std::string_view("\xED\xA0\x80"));  // an encoded surrogate is not valid UTF-8
    }
    CHECK(surrogate.str() == "\"\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\"");
    // What nlohmann would have done: throw, which ended `stackls check --format json`.
    CHECK_THROWS(ordered_json(std::string("x\xFF")).dump());
}

TEST_CASE("json writer: output larger than its buffer arrives whole and in order", "[json_writer]") {
    ordered_json big = ordered_json::array();
    for (int i = 0; i < 20000; ++i) big.push_back({{"i", i}, {"s", std::string(i % 17, 'a')}});
    CHECK(parsed(streamed(big)) == big);
}

TEST_CASE("json writer: a special byte at any offset of a long string is escaped", "[json_writer]") {
    // Plain runs are scanned eight bytes at a time; every position within and across words counts.
    // Each special as it is written: what JSON requires escaped, the rest of UTF-8 as it is.
    const std::vector<std::pair<std::string, std::string>> specials = {
        {"\"", "\\\""}, {"\\", "\\\\"}, {"\n", "\\n"}, {std::string(1, '\0'), "\\u0000"}, {"\x1f", "\\u001f"},
        {"\x7f", "\x7f"}, {"\xC3\xA9", "\xC3\xA9"}, {"\xE2\x82\xAC", "\xE2\x82\xAC"},
        {"\xF0\x9F\x98\x80", "\xF0\x9F\x98\x80"}, {" ", " "}, {"~", "~"}};
    for (const auto& [special, written] : specials) {
        for (std::size_t at = 0; at <= 24; ++at) {
            std::string s = std::string(at, 'a') + special + std::string(24 - at, 'b');
            INFO("offset " << at);
            const std::string text = streamed(ordered_json(s));
            REQUIRE(text == '"' + std::string(at, 'a') + written + std::string(24 - at, 'b') + '"');
            REQUIRE(parsed(text) == ordered_json(s));
        }
    }
}

TEST_CASE("json writer: nesting deeper than the indentation shortcut", "[json_writer]") {
    ordered_json deep = 1;
    for (int i = 0; i < 50; ++i) deep = ordered_json::array({deep, "x"});
    const std::string text = streamed(deep);
    CHECK(parsed(text) == deep);
    // The innermost value, 50 levels down, two spaces each.
    CHECK(text.find("\n" + std::string(100, ' ') + "1,\n") != std::string::npos);
}

namespace {

// {"version": …, "projects": [e0, e1, …]} as `stackls check` writes it: each element rendered
// apart by an in-memory writer, then spliced into the document.
std::string splicedApart(const ordered_json& whole) {
    std::vector<std::string> parts;
    for (const auto& element : whole["projects"]) {
        JsonWriter w(2, {true, false});
        w.value(element);
        parts.push_back(w.take());
    }
    std::ostringstream out;
    {
        JsonWriter w(out);
        w.beginObject();
        w.key("version").value(whole["version"].get<std::string>());
        w.key("projects").beginArray();
        for (const auto& p : parts) w.element(p);
        w.endArray();
        w.endObject();
    }
    return out.str();
}

}  // namespace

TEST_CASE("json writer: elements rendered apart and spliced in equal the whole written at once", "[json_writer]") {
    std::mt19937 rng(7);
    for (int round = 0; round < 100; ++round) {
        ordered_json whole = ordered_json::object();
        whole["version"] = "x";
        whole["projects"] = ordered_json::array();
        for (int n = static_cast<int>(rng() % 4); n > 0; --n) whole["projects"].push_back(randomTree(rng, 3));
        const std::string spliced = splicedApart(whole);
        REQUIRE(spliced == streamed(whole));
        REQUIRE(parsed(spliced) == whole);
    }
}

TEST_CASE("json writer: a spliced element larger than the buffer goes out whole, in place", "[json_writer]") {
    ordered_json whole = ordered_json::object();
    whole["version"] = "x";
    whole["projects"] = ordered_json::array();
    for (std::size_t size : {10u, 300000u, 20u, 200000u}) whole["projects"].push_back({{"text", std::string(size, 'x')}, {"n", size}});
    const std::string spliced = splicedApart(whole);
    CHECK(spliced == streamed(whole));
    CHECK(parsed(spliced) == whole);
}
