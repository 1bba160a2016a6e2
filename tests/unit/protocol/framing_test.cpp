// Unit tests for FrameReader: header variants, caps, resynchronisation, byte-by-byte input.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "protocol/framing.h"

using stackls::protocol::FrameBody;
using stackls::protocol::FrameError;
using stackls::protocol::FrameReader;
using stackls::protocol::frameMessage;

namespace {

struct Collected {
    std::vector<std::string> bodies;
    std::vector<std::string> errors;
};

Collected drain(FrameReader& reader) {
    Collected out;
    while (reader.hasEvent()) {
        auto event = reader.takeEvent();
        if (auto* body = std::get_if<FrameBody>(&event)) {
            out.bodies.push_back(body->body);
        } else {
            out.errors.push_back(std::get<FrameError>(event).reason);
        }
    }
    return out;
}

Collected feedAll(std::string_view bytes, std::size_t maxBody = FrameReader::kDefaultMaxBody) {
    FrameReader reader(maxBody);
    reader.feed(bytes);
    return drain(reader);
}

}  // namespace

TEST_CASE("A framed message round-trips", "[framing]") {
    const auto got = feedAll(frameMessage("{\"a\":1}") + frameMessage("[]"));
    REQUIRE(got.errors.empty());
    CHECK(got.bodies == std::vector<std::string>{"{\"a\":1}", "[]"});
}

TEST_CASE("Headers in any order and case, with Content-Type and bare LF", "[framing]") {
    const auto got = feedAll(
        "content-type: application/vscode-jsonrpc; charset=utf-8\r\nCONTENT-LENGTH:  2 \r\n\r\n{}"
        "X-Other: 1\nContent-Length: 3\n\n[1]");
    REQUIRE(got.errors.empty());
    CHECK(got.bodies == std::vector<std::string>{"{}", "[1]"});
}

TEST_CASE("Input split at every byte gives the same messages", "[framing]") {
    const std::string stream = frameMessage("{\"x\":\"\xF0\x9F\x98\x80\"}") + frameMessage("null");
    FrameReader reader;
    for (char c : stream) reader.feed(std::string_view(&c, 1));
    const auto got = drain(reader);
    CHECK(got.bodies.size() == 2);
    CHECK(got.bodies[1] == "null");
    CHECK(reader.buffered() == 0);
}

TEST_CASE("A frame without Content-Length is dropped and the next one still arrives", "[framing]") {
    const auto got = feedAll("Content-Type: x\r\n\r\n" + frameMessage("{}"));
    CHECK(got.errors.size() == 1);
    CHECK(got.bodies == std::vector<std::string>{"{}"});
}

TEST_CASE("Unreadable Content-Length values are rejected", "[framing]") {
    for (const char* value : {"-5", "abc", "12abc", "", "99999999999999999999999999"}) {
        INFO(value);
        const auto got = feedAll(std::string("Content-Length: ") + value + "\r\n\r\n" + frameMessage("1"));
        CHECK(got.errors.size() == 1);
        CHECK(got.bodies == std::vector<std::string>{"1"});
    }
}

TEST_CASE("A Content-Length over the cap is skipped without being buffered", "[framing]") {
    FrameReader reader(/*maxBody=*/100);
    reader.feed("Content-Length: 1000\r\n\r\n");
    auto got = drain(reader);
    REQUIRE(got.errors.size() == 1);
    CHECK(got.errors[0].find("exceeds the cap") != std::string::npos);
    // Stream the oversized body in pieces: nothing accumulates.
    for (int i = 0; i < 10; ++i) {
        reader.feed(std::string(100, 'x'));
        CHECK(reader.buffered() <= FrameReader::kResyncTail);
    }
    reader.feed(frameMessage("{}"));
    got = drain(reader);
    CHECK(got.bodies == std::vector<std::string>{"{}"});
}

TEST_CASE("An absurd Content-Length at the default cap allocates nothing", "[framing]") {
    FrameReader reader;
    reader.feed("Content-Length: 18446744073709551615\r\n\r\n{}");
    const auto got = drain(reader);
    CHECK(got.errors.size() == 1);
    CHECK(reader.buffered() <= FrameReader::kResyncTail);
}

TEST_CASE("A header block that never ends is discarded once it passes the limit", "[framing]") {
    FrameReader reader;
    reader.feed(std::string(FrameReader::kMaxHeaderBlock + 10, 'h'));
    const auto got = drain(reader);
    CHECK(got.errors.size() == 1);
    CHECK(reader.buffered() <= FrameReader::kResyncTail);
    reader.feed("\r\n" + frameMessage("[]"));
    CHECK(drain(reader).bodies == std::vector<std::string>{"[]"});
}

TEST_CASE("A truncated body waits for more bytes", "[framing]") {
    FrameReader reader;
    reader.feed("Content-Length: 10\r\n\r\n12345");
    CHECK_FALSE(reader.hasEvent());
    reader.feed("67890");
    CHECK(drain(reader).bodies == std::vector<std::string>{"1234567890"});
}

TEST_CASE("A lying Content-Length over the cap ends at the next header line", "[framing]") {
    const auto got = feedAll("Content-Length: 99999999999\r\n\r\n" + frameMessage("{\"after\":1}"), /*maxBody=*/1000);
    CHECK(got.bodies == std::vector<std::string>{"{\"after\":1}"});
    CHECK(got.errors.size() == 2);
}

TEST_CASE("A header glued to the garbage of a dropped frame is still found", "[framing]") {
    const auto got = feedAll("Content-Type: x\r\n\r\n{\"lost\":1}" + frameMessage("{\"kept\":1}"));
    CHECK(got.bodies == std::vector<std::string>{"{\"kept\":1}"});
}

TEST_CASE("A real header at the end of a long garbage run survives the discard", "[framing]") {
    FrameReader reader;
    reader.feed(std::string(FrameReader::kMaxHeaderBlock + 100, 'g') + "\nContent-Length: 2\r\n");
    reader.feed("\r\n{}");
    const auto got = drain(reader);
    CHECK(got.bodies == std::vector<std::string>{"{}"});
}

TEST_CASE("Skipping an oversized body split across feeds finds a split header", "[framing]") {
    FrameReader reader(/*maxBody=*/100);
    reader.feed("Content-Length: 5000\r\n\r\n" + std::string(300, 'x') + "\nConte");
    reader.feed("nt-Length: 2\r\n\r\n[]");
    const auto got = drain(reader);
    CHECK(got.bodies == std::vector<std::string>{"[]"});
}

TEST_CASE("A large body arriving in reads of any size is delivered whole, and the next frame after it", "[framing]") {
    std::string body = "{\"text\":\"";
    for (int i = 0; i < 50000; ++i) body += static_cast<char>('a' + i % 26);
    body += "\"}";
    const std::string stream = frameMessage(body) + frameMessage("{}") + frameMessage("[1]");
    for (std::size_t chunk : {std::size_t{1}, std::size_t{7}, std::size_t{4096}, std::size_t{65536}}) {
        INFO(chunk);
        FrameReader reader;
        std::vector<std::size_t> bufferedAlong;
        for (std::size_t at = 0; at < stream.size(); at += chunk) {
            reader.feed(std::string_view(stream).substr(at, chunk));
            bufferedAlong.push_back(reader.buffered());
        }
        const auto got = drain(reader);
        REQUIRE(got.errors.empty());
        REQUIRE(got.bodies.size() == 3);
        CHECK(got.bodies[0] == body);
        CHECK(got.bodies[1] == "{}");
        CHECK(got.bodies[2] == "[1]");
        CHECK(reader.buffered() == 0);
        // While the big body streams in, buffered() counts it (the transport warns with it).
        if (chunk < body.size()) CHECK(*std::max_element(bufferedAlong.begin(), bufferedAlong.end()) >= chunk);
    }
}

TEST_CASE("An empty body is a message", "[framing]") {
    const auto got = feedAll("Content-Length: 0\r\n\r\nContent-Length: 2\r\n\r\n{}");
    REQUIRE(got.errors.empty());
    CHECK(got.bodies == std::vector<std::string>{"", "{}"});
}
