// The tolerant JSON reader: strict JSON, every typing state it recovers from, and hostile input.
#include <catch2/catch.hpp>

#include <string>
#include <type_traits>

#include "knowledge/manifest/json_reader.h"
#include "marked_text.h"

using namespace stackls::manifest;
using stackls::manifest::test::marked;

namespace {

std::vector<std::string> memberKeys(const json::Document& d, const json::Node& object) {
    std::vector<std::string> keys;
    for (const json::Node* c = d.firstChild(object); c; c = d.nextSibling(*c))
        if (c->hasKey) keys.emplace_back(c->keyText);
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
    CHECK(a->keyRange() == m.ranges[0]);
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
    CHECK(o->memberRange() == m.ranges[6]);
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
    const std::string openers(depth, '{');
    const auto unclosed = json::parse(openers);
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
    const std::string text = std::string(2048, ' ') + "{}";
    const auto d = json::parse(text, limits);
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

TEST_CASE("values read as written are views of the text; decoded ones live in the Document", "[json][memory]") {
    const std::string text = R"({"plain": "abc", "esc\u0041ped": "a\nb", "n": 12, "t": true})";
    auto d = json::parse(text);
    REQUIRE(d.problems.empty());
    const auto inText = [&](std::string_view v) {
        return v.data() >= text.data() && v.data() + v.size() <= text.data() + text.size();
    };
    const json::Node* plain = d.member(*d.root(), "plain");
    REQUIRE(plain);
    CHECK(plain->text == "abc");
    CHECK(inText(plain->text));
    CHECK(inText(plain->keyText));
    const json::Node* escaped = d.member(*d.root(), "escAped");
    REQUIRE(escaped);
    CHECK(escaped->text == "a\nb");
    CHECK_FALSE(inText(escaped->text));
    CHECK_FALSE(inText(escaped->keyText));
    CHECK(inText(d.member(*d.root(), "n")->text));
    CHECK(d.decoded.size() == 2);

    // Moving the Document keeps every view valid (a deque's elements never move).
    for (int i = 0; i < 100; ++i) d.decoded.push_back(std::string(100, 'x'));
    const json::Document moved = std::move(d);
    CHECK(moved.member(*moved.root(), "escAped")->text == "a\nb");
    CHECK(moved.member(*moved.root(), "plain")->keyText == "plain");
}

TEST_CASE("a node is plain data with no allocation of its own", "[json][memory]") {
    STATIC_REQUIRE(std::is_trivially_copyable_v<json::Node>);
    STATIC_REQUIRE(sizeof(json::Node) <= 80);
}

TEST_CASE("unterminated and repaired strings keep their decoded text", "[json]") {
    const std::string text = "{\"a\": \"open\n, \"b\": \"x\\\ny\"}";
    const auto d = json::parse(text);
    const json::Node* a = d.member(*d.root(), "a");
    REQUIRE(a);
    CHECK(a->text == "open");
    CHECK_FALSE(a->closed);
}

namespace {

// Stores the content of the root and of containers opening at an even offset only.
bool evenOffsetsOnly(const json::Document&, const json::Node& c) {
    return c.parent == json::kNoNode || c.range.begin % 2 == 0;
}

}  // namespace

TEST_CASE("content the caller does not read is checked the same but not stored", "[json][memory]") {
    std::vector<std::string> inputs = {
        R"({"deps": {"a": "1" "b": "2"}, "files": ["x", "y", {"z": [1, 2,]}], "k": [1, 2}, "c": 3})",
        "{\"deps\": {\"a\": \"^1.0,\n \"b\": \"2\"}, \"files\": [\"a\" \"b\", 'c', [[[\"unclosed\"",
        R"({"deps": {"a": "1", "b": "2"}}]})",
        R"([{"a": {"b": {"c": [1, 2, {"d": tru}]}}}, [01, "x\u12"], {"k" "v"}])",
        std::string(300, '[') + std::string(300, ']'),
    };
    for (int i = 0; i < 200; ++i) inputs.back() += "{\"k" + std::to_string(i) + "\": [" + std::to_string(i) + ",]}";
    for (const auto& text : inputs) {
        INFO(text.substr(0, 80));
        const auto full = json::parse(text);
        const auto part = json::parse(text, {}, evenOffsetsOnly);
        REQUIRE(full.problems.size() == part.problems.size());
        for (std::size_t i = 0; i < full.problems.size(); ++i) {
            CHECK(full.problems[i].range == part.problems[i].range);
            CHECK(full.problems[i].message == part.problems[i].message);
        }
        CHECK(part.nodes.size() <= full.nodes.size());
        for (const auto& n : part.nodes) {
            if (!n.contentSkipped) continue;
            CHECK(n.childCount == 0);
            CHECK(n.firstChild == json::kNoNode);
            CHECK(n.range.begin % 2 == 1);
        }
        // What is stored reads exactly as in the full table.
        const json::Node* fr = full.root();
        const json::Node* pr = part.root();
        REQUIRE((fr == nullptr) == (pr == nullptr));
        if (fr) {
            CHECK(fr->range == pr->range);
            CHECK(fr->closed == pr->closed);
            CHECK(fr->childCount == pr->childCount);
        }
    }
}
