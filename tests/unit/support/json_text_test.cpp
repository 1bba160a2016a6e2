// The compact JSON text writer: what it writes parses back to the values given, escaped as nlohmann escapes.
#include <catch2/catch.hpp>

#include <string>

#include <nlohmann/json.hpp>

#include "support/json_text.h"
#include "support/utf8.h"

using nlohmann::json;
using stackls::support::appendJsonString;
using stackls::support::JsonTextWriter;

namespace {

std::string asJsonString(std::string_view s) {
    std::string out;
    appendJsonString(out, s);
    return out;
}

}  // namespace

TEST_CASE("strings are escaped exactly as nlohmann dumps them") {
    std::string every;
    for (int c = 1; c < 0x80; ++c) every.push_back(static_cast<char>(c));
    for (const std::string& s : {std::string(), std::string("plain"), every, std::string("a\0b", 3),
                                std::string("caf\xC3\xA9 \xF0\x9F\x98\x80 \xE2\x82\xAC")}) {
        INFO(s);
        CHECK(asJsonString(s) == json(s).dump());
    }
}

TEST_CASE("invalid UTF-8 becomes U+FFFD, one per bad byte, and the rest is kept") {
    const std::string bad = "a\xFF" "b\xC3" "c\xE2\x82" "\xED\xA0\x80" "\xF0\x9F\x98\x80";
    const std::string out = asJsonString(bad);
    json parsed = json::parse(out);  // throws on invalid JSON or UTF-8
    const std::string fffd = "\xEF\xBF\xBD";
    CHECK(parsed.get<std::string>() == "a" + fffd + "b" + fffd + "c" + fffd + fffd + fffd + fffd + fffd + "\xF0\x9F\x98\x80");
    // The same repair the server applies to message bodies it receives.
    CHECK(parsed.get<std::string>() == *stackls::support::repairUtf8(bad));
}

TEST_CASE("objects and arrays get their commas, nested or not") {
    std::string out;
    JsonTextWriter w(out);
    w.beginObject();
    w.key("empty").beginObject();
    w.endObject();
    w.key("list").beginArray();
    w.value(1);
    w.value(-9223372036854775807LL - 1);
    w.beginObject();
    w.key("k").value("v");
    w.endObject();
    w.beginArray();
    w.endArray();
    w.value(true);
    w.null();
    w.raw("{\"x\":[1,2]}");
    w.endArray();
    w.key("last").value(false);
    w.endObject();
    json expected = {{"empty", json::object()},
                     {"list", {1, -9223372036854775807LL - 1, {{"k", "v"}}, json::array(), true, nullptr, {{"x", {1, 2}}}}},
                     {"last", false}};
    CHECK(json::parse(out) == expected);
    CHECK(out == R"({"empty":{},"list":[1,-9223372036854775808,{"k":"v"},[],true,null,{"x":[1,2]}],"last":false})");
}

TEST_CASE("a byte needing care is found at any offset of a long plain run") {
    for (char special : {'"', '\\', '\n', '\x01', '\x1f', '\x7f', '\xC3'}) {
        for (std::size_t at = 0; at < 20; ++at) {
            std::string s(20, 'a');
            s[at] = special;
            if (special == '\xC3') s.insert(at + 1, "\xA9");  // keep the UTF-8 valid
            INFO("byte " << static_cast<int>(static_cast<unsigned char>(special)) << " at " << at);
            CHECK(asJsonString(s) == json(s).dump());
        }
    }
}
