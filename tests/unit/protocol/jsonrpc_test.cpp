// Unit tests for depth-limited JSON parsing and JSON-RPC message classification.
#include <catch2/catch.hpp>

#include <string>

#include "protocol/json_parse.h"
#include "protocol/jsonrpc.h"

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
    CHECK(jsonNestingDepth(text, 10) == 1);
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
