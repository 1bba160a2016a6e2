// Unit tests for the LSP struct conversions: required fields, error paths, lenient capabilities.
#include <catch2/catch.hpp>

#include "protocol/lsp_types.h"

using namespace stackls::protocol;
using nlohmann::json;

TEST_CASE("didChange params decode full and ranged changes", "[lsp]") {
    DidChangeTextDocumentParams params;
    std::string error;
    REQUIRE(fromJson(json::parse(R"({"textDocument":{"uri":"file:///a","version":4},
        "contentChanges":[{"text":"all"},{"range":{"start":{"line":0,"character":1},"end":{"line":0,"character":2}},"text":"x"}]})"),
                     params, error));
    CHECK(params.version == 4);
    REQUIRE(params.contentChanges.size() == 2);
    CHECK_FALSE(params.contentChanges[0].range.has_value());
    CHECK(params.contentChanges[1].range->end.character == 2);
}

TEST_CASE("Decoding errors name the offending field", "[lsp]") {
    DidChangeTextDocumentParams params;
    std::string error;
    CHECK_FALSE(fromJson(json::parse(R"({"textDocument":{"uri":"u"},"contentChanges":[{"range":{"start":{"line":"x","character":0},"end":{"line":0,"character":0}},"text":""}]})"),
                         params, error));
    CHECK(error == "contentChanges[0].range.start.line: expected an integer");

    TextDocumentPositionParams pos;
    CHECK_FALSE(fromJson(json::parse(R"({"textDocument":{}})"), pos, error));
    CHECK(error == "textDocument.uri: missing");
    CHECK_FALSE(fromJson(json(nullptr), pos, error));
}

TEST_CASE("shutdown accepts absent, null and empty params only", "[lsp]") {
    NoParams none;
    std::string error;
    CHECK(fromJson(json(nullptr), none, error));
    CHECK(fromJson(json::object(), none, error));
    CHECK_FALSE(fromJson(json::parse(R"({"a":1})"), none, error));
}

TEST_CASE("Client capabilities are read leniently", "[lsp]") {
    const auto caps = parseClientCapabilities(json::parse(R"({
        "general":{"positionEncodings":["utf-8","utf-16",3]},
        "workspace":{"configuration":true,"workspaceFolders":"yes"},
        "textDocument":{"hover":{"contentFormat":["plaintext"]},"diagnostic":{}}})"));
    CHECK(caps.positionEncodings == std::vector<std::string>{"utf-8", "utf-16"});
    CHECK(caps.workspaceConfiguration);
    CHECK_FALSE(caps.workspaceFolders);
    CHECK(caps.pullDiagnostics);
    CHECK_FALSE(caps.inlayHints);
    CHECK(caps.hoverContentFormat == std::vector<std::string>{"plaintext"});
    CHECK(parseClientCapabilities(json("junk")).positionEncodings.empty());
}

TEST_CASE("Huge integers clamp instead of failing", "[lsp]") {
    Position p;
    std::string error;
    REQUIRE(fromJson(json::parse(R"({"line":99999999999,"character":-99999999999})"), p, error));
    CHECK(p.line == INT_MAX);
    CHECK(p.character == INT_MIN);
}

TEST_CASE("executeCommand arguments are always an array", "[lsp]") {
    ExecuteCommandParams params;
    std::string error;
    REQUIRE(fromJson(json::parse(R"({"command":"c","arguments":null})"), params, error));
    CHECK(params.arguments == json::array());
    CHECK_FALSE(fromJson(json::parse(R"({"command":"c","arguments":{}})"), params, error));
}

TEST_CASE("Decoding an rvalue takes the document texts out; a const value is left as it was", "[lsp]") {
    const std::string big(20'000, 'z');
    const json open = {{"textDocument", {{"uri", "file:///p.json"}, {"languageId", "json"}, {"version", 3}, {"text", big}}}};
    std::string error;

    DidOpenTextDocumentParams copied;
    REQUIRE(fromJson(open, copied, error));
    CHECK(open["textDocument"]["text"] == big);

    json movable = open;
    DidOpenTextDocumentParams moved;
    REQUIRE(fromJson(std::move(movable), moved, error));
    CHECK(moved.textDocument.text == big);
    CHECK(moved.textDocument.uri == copied.textDocument.uri);
    CHECK(moved.textDocument.version == 3);
    CHECK(copied.textDocument.text == big);

    json change = {{"textDocument", {{"uri", "file:///p.json"}, {"version", 4}}},
                   {"contentChanges", json::array({{{"text", big}}, {{"text", "tail"}, {"range", {{"start", {{"line", 0}, {"character", 1}}}, {"end", {{"line", 0}, {"character", 1}}}}}}})}};
    DidChangeTextDocumentParams changed;
    REQUIRE(fromJson(std::move(change), changed, error));
    REQUIRE(changed.contentChanges.size() == 2);
    CHECK(changed.contentChanges[0].text == big);
    CHECK(changed.contentChanges[1].text == "tail");
    CHECK(changed.contentChanges[1].range.has_value());
}

TEST_CASE("Decoding an rvalue reports the same errors", "[lsp]") {
    std::string error;
    DidOpenTextDocumentParams open;
    CHECK_FALSE(fromJson(json::parse(R"({"textDocument":{"uri":"u","text":5}})"), open, error));
    CHECK(error == "textDocument.text: expected a string");
    CHECK_FALSE(fromJson(json::parse(R"({"textDocument":{"uri":"u"}})"), open, error));
    CHECK(error == "textDocument.text: missing");
    CHECK_FALSE(fromJson(json::parse(R"([1])"), open, error));
    DidChangeTextDocumentParams change;
    CHECK_FALSE(fromJson(json::parse(R"({"textDocument":{"uri":"u"},"contentChanges":[{"text":1}]})"), change, error));
    CHECK(error == "contentChanges[0].text: expected a string");
    CHECK_FALSE(fromJson(json::parse(R"({"textDocument":{"uri":"u"},"contentChanges":{"text":"x"}})"), change, error));
    CHECK(error == "contentChanges: expected an array");
}
