// Unit tests for depth-limited JSON parsing and JSON-RPC message classification.
#include <catch2/catch.hpp>

#include <string>

#include "protocol/json_parse.h"
#include "protocol/jsonrpc.h"
#include "support/json_scan.h"

using namespace stackls::protocol;
using nlohmann::json;

TEST_CASE("Nesting deeper than the limit is refused before parsing", "[json]") {
    std::string error;
    const std::string deep(200'000, '[');
    CHECK_FALSE(parseJson(deep, error).has_value());
    CHECK(error.find("nested deeper") != std::string::npos);

    const std::string ok = std::string(kMaxJsonDepth, '[') + std::string(kMaxJsonDepth, ']');
    CHECK(parseJson(ok, error).has_value());
    const std::string tooDeep = std::string(kMaxJsonDepth + 1, '[') + std::string(kMaxJsonDepth + 1, ']');
    CHECK_FALSE(parseJson(tooDeep, error).has_value());
}

TEST_CASE("Brackets inside strings do not count as nesting", "[json]") {
    std::string error;
    const std::string text = "{\"s\":\"" + std::string(1000, '[') + "\\\"[[\"}";
    CHECK(stackls::support::jsonNestingDepth(text, 10) == 1);
    CHECK(parseJson(text, error).has_value());
}

TEST_CASE("Malformed JSON is reported, not thrown", "[json]") {
    std::string error;
    for (const char* text : {"", "{", "{\"a\":}", "[1,]", "\xFF", "nul"}) {
        INFO(text);
        CHECK_FALSE(parseJson(text, error).has_value());
    }
}

TEST_CASE("Messages are classified as requests, notifications, responses or invalid", "[jsonrpc]") {
    auto kind = [](const char* text) { return classifyMessage(json::parse(text)).index(); };
    CHECK(kind(R"({"jsonrpc":"2.0","id":1,"method":"a"})") == 0);
    CHECK(kind(R"({"jsonrpc":"2.0","id":"x","method":"a","params":{}})") == 0);
    CHECK(kind(R"({"jsonrpc":"2.0","method":"a"})") == 1);
    CHECK(kind(R"({"jsonrpc":"2.0","id":null,"method":"a"})") == 1);
    CHECK(kind(R"({"jsonrpc":"2.0","id":3,"result":null})") == 2);
    CHECK(kind(R"({"jsonrpc":"2.0","id":3,"error":{"code":-1,"message":"m"}})") == 2);
    CHECK(kind("[1,2]") == 3);
    CHECK(kind("42") == 3);
    CHECK(kind(R"({"jsonrpc":"2.0","id":1})") == 3);
    CHECK(kind(R"({"jsonrpc":"2.0","id":1,"method":7})") == 3);
    CHECK(kind(R"({"jsonrpc":"2.0","id":1.5,"method":"a"})") == 3);
    CHECK(kind(R"({"jsonrpc":"2.0","id":{},"method":"a"})") == 3);
}

TEST_CASE("An invalid message keeps its id when it has a usable one", "[jsonrpc]") {
    const auto message = classifyMessage(json::parse(R"({"id":9})"));
    REQUIRE(std::holds_alternative<InvalidMessage>(message));
    CHECK(std::get<InvalidMessage>(message).id == 9);
    const auto badId = classifyMessage(json::parse(R"({"id":[1],"method":"m"})"));
    CHECK(std::get<InvalidMessage>(badId).id.is_null());
}

TEST_CASE("Error responses carry code and message; serialisation survives bad UTF-8", "[jsonrpc]") {
    const auto response = std::get<Response>(classifyMessage(json::parse(R"({"id":3,"error":{"code":-32601,"message":"no"}})")));
    CHECK_FALSE(response.ok);
    CHECK(response.error.code == -32601);
    const json reply = makeError(1, ErrorCode::InvalidParams, "bad \xFF byte");
    const std::string text = serialize(reply);
    CHECK(text.find("-32602") != std::string::npos);
    CHECK(json::parse(text)["id"] == 1);
}

TEST_CASE("Invalid UTF-8 inside strings is replaced, one U+FFFD per bad byte", "[json]") {
    std::string error;
    const auto value = parseJson("{\"t\":\"a\xFF\xC3" "b\xF0\x9F\x98\x80\"}", error);
    REQUIRE(value.has_value());
    CHECK((*value)["t"] == "a\xEF\xBF\xBD\xEF\xBF\xBD" "b\xF0\x9F\x98\x80");
}

TEST_CASE("parseJson builds the same value as nlohmann's parser, long strings included", "[json]") {
    const std::string longText(100'000, 'x');
    const std::string longKey(5000, 'k');
    for (const std::string& text :
         {std::string(R"({"a":[1,-2,3.5,true,false,null,"s",{}],"b":{"c":[]},"a2":18446744073709551615})"),
          std::string(R"({"dup":1,"dup":"second"})"), std::string(R"("top")"), std::string("[[],[[]],{}]"),
          "{\"params\":{\"textDocument\":{\"text\":\"" + longText + "\",\"uri\":\"file:///p\"}},\"" + longKey +
              "\":[\"" + longText + "\",\"" + longText + "\"]}"}) {
        INFO(text.substr(0, 60));
        std::string error;
        const auto value = parseJson(text, error);
        REQUIRE(value.has_value());
        CHECK(*value == json::parse(text));
    }
}

TEST_CASE("parseJson refuses trailing content like nlohmann's parser", "[json]") {
    std::string error;
    CHECK_FALSE(parseJson("{} {}", error).has_value());
    CHECK_FALSE(parseJson("[1] x", error).has_value());
    CHECK(parseJson(" [1] \n", error).has_value());
}

TEST_CASE("Long strings (escapes, surrogate pairs, as keys) parse as nlohmann parses them", "[json]") {
    std::string content;
    for (int i = 0; i < 20000; ++i) content += i % 7 == 0 ? "\\n\\u00e9\\ud83d\\ude00\\\"\\\\\\/" : "ab";
    const std::string plain(70'000, 'p');
    for (const std::string& text : {
             "{\"textDocument\":{\"text\":\"" + content + "\"},\"after\":\"short\",\"n\":[1,\"" + plain + "\"]}",
             "{\"" + plain + "\":\"" + content + "\",\"" + plain + "\":2}",
             "[\"" + plain + "\",\"\",\"" + content + "\",\"x\"]",
         }) {
        INFO(text.size());
        std::string error;
        const auto value = parseJson(text, error);
        REQUIRE(value.has_value());
        CHECK(*value == json::parse(text));
    }
}

TEST_CASE("Long strings nlohmann refuses are refused", "[json]") {
    const std::string plain(70'000, 'p');
    for (const std::string& bad : {std::string("\\x"), std::string("\\u12"), std::string("\\ud800"),
                                   std::string("\\ud800\\u0041"), std::string("\\udc00"), std::string("\t"),
                                   std::string(1, '\0')}) {
        INFO(bad);
        const std::string text = "{\"text\":\"" + plain + bad + plain + "\"}";
        CHECK_FALSE(json::accept(text));
        std::string error;
        CHECK_FALSE(parseJson(text, error).has_value());
    }
    std::string error;
    CHECK_FALSE(parseJson("{\"text\":\"" + plain, error).has_value());
    CHECK_FALSE(parseJson("{\"text\" \"" + plain + "\"}", error).has_value());
    CHECK_FALSE(parseJson("[\"" + plain + "\"] x", error).has_value());
}
