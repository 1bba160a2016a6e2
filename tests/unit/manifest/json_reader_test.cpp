// The tolerant JSON reader: strict JSON, every typing state it recovers from, and hostile input.
#include <catch2/catch.hpp>

#include <string>

#include "knowledge/manifest/json_reader.h"
#include "marked_text.h"

using namespace stackls::manifest;
using stackls::manifest::test::marked;

namespace {

std::vector<std::string> memberKeys(const json::Document& d, const json::Node& object) {
    std::vector<std::string> keys;
    for (const json::Node* c = d.firstChild(object); c; c = d.nextSibling(*c))
        if (c->key) keys.push_back(c->key->text);
    return keys;
}

bool hasProblemContaining(const json::Document& d, const std::string& needle) {
    for (const auto& p : d.problems)
        if (p.message.find(needle) != std::string::npos) return true;
    return false;
}

}  // namespace

TEST_CASE("strict JSON parses with ranges for keys, values and members", "[json]") {
    const auto m = marked(R"({«"a"»: «"x\"y"», "n": [«1», «-2.5e3», «true», «null»], «"o": «{}»»})");
    const auto d = json::parse(m.text);
    REQUIRE(d.problems.empty());
    const json::Node* root = d.root();
    REQUIRE(root);
    CHECK(root->kind == json::Kind::Object);
    CHECK(root->closed);
    CHECK(root->childCount == 3);
    const json::Node* a = d.member(*root, "a");
    REQUIRE(a);
    CHECK(a->key->range == m.ranges[0]);
    CHECK(a->range == m.ranges[1]);
    CHECK(a->text == "x\"y");
    const json::Node* n = d.member(*root, "n");
    REQUIRE(n);
    std::vector<json::Kind> kinds;
    std::size_t i = 2;
    for (const json::Node* c = d.firstChild(*n); c; c = d.nextSibling(*c)) {
        kinds.push_back(c->kind);
        CHECK(c->range == m.ranges[i++]);
    }
    CHECK(kinds == std::vector<json::Kind>{json::Kind::Number, json::Kind::Number, json::Kind::Boolean, json::Kind::Null});
    const json::Node* o = d.member(*root, "o");
    REQUIRE(o);
    CHECK(o->memberRange == m.ranges[6]);
    CHECK(o->range == m.ranges[7]);
}

TEST_CASE("string escapes decode to UTF-8", "[json]") {
    const auto d = json::parse(R"(["\u00e9\ud83d\ude00\n\t\/", "\ud800"])");
    REQUIRE(d.problems.empty());
    const json::Node* first = d.firstChild(*d.root());
    CHECK(first->text == "\xC3\xA9\xF0\x9F\x98\x80\n\t/");
    CHECK(d.nextSibling(*first)->text == "\xEF\xBF\xBD");  // a lone surrogate becomes U+FFFD
}

TEST_CASE("duplicate keys resolve to the last one, as JSON.parse does", "[json]") {
    const auto d = json::parse(R"({"a": "1", "a": "2"})");
    CHECK(d.member(*d.root(), "a")->text == "2");
}

struct TypingState {
    const char* name;
    const char* text;
    std::vector<std::string> keys;  // keys of the innermost "deps" object that must survive
    const char* problem;            // part of the expected problem message
};

TEST_CASE("typing states recover and keep the intact members", "[json][typing]") {
    const std::vector<TypingState> states = {
        {"missing comma", R"({"deps": {"a": "1" "b": "2"}})", {"a", "b"}, "expected ','"},
        {"missing comma across lines", "{\"deps\": {\"a\": \"1\"\n \"b\": \"2\"}}", {"a", "b"}, "expected ','"},
        {"trailing comma in object", R"({"deps": {"a": "1", "b": "2",}})", {"a", "b"}, "trailing comma"},
        {"trailing comma in array", R"({"deps": {"a": "1"}, "k": [1,]})", {"a"}, "trailing comma"},
        {"unterminated value string", "{\"deps\": {\"a\": \"1\", \"b\": \"^2.\n  }}", {"a", "b"}, "unterminated string"},
        {"unterminated value then next member", "{\"deps\": {\"a\": \"^1.0,\n \"b\": \"2\"}}", {"a", "b"}, "unterminated string"},
        {"half-typed key at end", "{\"deps\": {\"a\": \"1\", \"lo", {"a"}, "unterminated string"},
        {"key without value", R"({"deps": {"a": "1", "b": }})", {"a", "b"}, "expected a value"},
        {"key without colon", R"({"deps": {"a": "1", "b" "2"}})", {"a", "b"}, "expected ':'"},
        {"unclosed object", "{\"deps\": {\"a\": \"1\", \"b\": \"2\"", {"a", "b"}, "never closed"},
        {"unclosed inner, closed outer", R"({"deps": {"a": "1", "b": "2"}, "x": {"y": 1})", {"a", "b"}, "never closed"},
        {"line comment", "{\"deps\": { // pinned\n\"a\": \"1\", \"b\": \"2\"}}", {"a", "b"}, "comments"},
        {"block comment", R"({"deps": {/* x */ "a": "1", "b": /* y */ "2"}})", {"a", "b"}, "comments"},
        {"single-quoted value", R"({"deps": {"a": '1', "b": "2"}})", {"a", "b"}, "unexpected"},
        {"unquoted key", R"({"deps": {a: "1", "b": "2"}})", {"a", "b"}, "double quotes"},
        {"mismatched bracket", R"({"deps": {"a": "1", "b": "2"}, "k": [1, 2}, "c": 3})", {"a", "b"}, "expected ']' before '}'"},
        {"stray closing bracket", R"({"deps": {"a": "1", "b": "2"}}]})", {"a", "b"}, "unexpected"},
    };
    for (const auto& s : states) {
        INFO(s.name);
        const auto d = json::parse(s.text);
        REQUIRE(d.root());
        REQUIRE(d.root()->kind == json::Kind::Object);
        const json::Node* deps = d.member(*d.root(), "deps");
        REQUIRE(deps);
        REQUIRE(deps->kind == json::Kind::Object);
        CHECK(memberKeys(d, *deps) == s.keys);
        CHECK(hasProblemContaining(d, s.problem));
        for (const auto& p : d.problems) {
            CHECK(p.range.begin <= p.range.end);
            CHECK(p.range.end <= std::string_view(s.text).size());
            CHECK(p.line >= 1);
        }
    }
}

TEST_CASE("problem lines are 1-based physical lines", "[json]") {
    const auto d = json::parse("{\n\"a\": 1,\n\"b\": tru\n}");
    REQUIRE(d.problems.size() == 1);
    CHECK(d.problems[0].line == 3);
}

TEST_CASE("an unterminated string's key is never returned by member()", "[json][typing]") {
    const auto d = json::parse("{\"a\": 1, \"b");
    CHECK(d.member(*d.root(), "b") == nullptr);
    CHECK(d.member(*d.root(), "a") != nullptr);
}

TEST_CASE("200,000 levels of nesting are skipped without recursion", "[json][limits]") {
    const std::size_t depth = 200000;
    const std::string text = "{\"deep\": " + std::string(depth, '[') + std::string(depth, ']') + ", \"after\": 1}";
    const auto d = json::parse(text);
    REQUIRE(d.root());
    CHECK(d.member(*d.root(), "after") != nullptr);
    CHECK(hasProblemContaining(d, "nesting deeper than 256"));
    const auto unclosed = json::parse(std::string(depth, '{'));
    CHECK(!unclosed.problems.empty());
}

TEST_CASE("nesting up to the limit is read", "[json][limits]") {
    const std::string text = std::string(255, '[') + std::string(255, ']');
    const auto d = json::parse(text);
    CHECK(d.problems.empty());
}

TEST_CASE("input over the size limit gets one problem and no parse", "[json][limits]") {
    json::Limits limits;
    limits.maxBytes = 1024;
    const auto d = json::parse(std::string(2048, ' ') + "{}", limits);
    CHECK(d.nodes.empty());
    REQUIRE(d.problems.size() == 1);
    CHECK(d.problems[0].message.find("too large") != std::string::npos);
}

TEST_CASE("invalid UTF-8, NUL and control bytes are reported, not crashed on", "[json][hostile]") {
    const std::string badString = std::string("{\"a\": \"x\xff\xfey\", \"b\": \"nul\0here\"}", 29);
    const auto d = json::parse(badString);
    CHECK(hasProblemContaining(d, "invalid UTF-8"));
    CHECK(hasProblemContaining(d, "NUL"));
    REQUIRE(d.member(*d.root(), "a"));
    CHECK(d.member(*d.root(), "a")->text == "x\xEF\xBF\xBD\xEF\xBF\xBDy");

    std::string binary;
    for (int i = 0; i < 100000; ++i) binary += static_cast<char>((i * 7919) % 256);
    const auto b = json::parse(binary);
    CHECK(!b.problems.empty());
    CHECK(b.problems.size() <= json::Limits{}.maxProblems + 1);
}

TEST_CASE("empty and whitespace-only input", "[json]") {
    CHECK(json::parse("").problems.size() == 1);
    CHECK(json::parse("  \n ").root() == nullptr);
    CHECK(json::parse("\xEF\xBB\xBF{}").problems.empty());  // a BOM is fine, npm strips it
}

TEST_CASE("numbers that JSON rejects", "[json]") {
    for (const char* bad : {"[01]", "[1.]", "[.5]", "[+1]", "[1e]", "[NaN]", "[0x10]"}) {
        INFO(bad);
        CHECK(!json::parse(bad).problems.empty());
    }
    for (const char* good : {"[0]", "[-0.5]", "[1E+10]", "[123e-4]"}) {
        INFO(good);
        CHECK(json::parse(good).problems.empty());
    }
}
