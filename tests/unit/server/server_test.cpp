// Unit tests for the Server core: lifecycle codes, binder, reply handles, cancellation.
#include <catch2/catch.hpp>

#include "server_harness.h"

using stackls::testing::Harness;
using namespace stackls;
using nlohmann::json;

TEST_CASE("Requests before initialize get -32002; notifications are ignored", "[server]") {
    Harness h;
    auto out = h.exchange(Harness::request(1, "textDocument/hover", json::object()));
    CHECK(Harness::errorCode(Harness::replyTo(out, 1)) == -32002);
    out = h.exchange(Harness::notification("textDocument/didOpen",
                                           {{"textDocument", {{"uri", "file:///p"}, {"text", "x"}}}}));
    CHECK(out.empty());
    CHECK(h.server.documents().size() == 0);
}

TEST_CASE("initialize answers once with capabilities and serverInfo", "[server]") {
    Harness h;
    auto out = h.exchange(Harness::request(1, "initialize", {{"capabilities", json::object()}}));
    const json reply = Harness::replyTo(out, 1);
    REQUIRE(reply.contains("result"));
    CHECK(reply["result"]["serverInfo"]["name"] == "stackls");
    CHECK(reply["result"]["capabilities"]["textDocumentSync"]["change"] == 2);
    CHECK(reply["result"]["capabilities"]["positionEncoding"] == "utf-16");
    out = h.exchange(Harness::request(2, "initialize", {{"capabilities", json::object()}}));
    CHECK(Harness::errorCode(Harness::replyTo(out, 2)) == -32600);
}

TEST_CASE("utf-8 is chosen when the client offers it", "[server]") {
    Harness h;
    auto out = h.exchange(Harness::request(1, "initialize", {{"capabilities", {{"general", {{"positionEncodings", {"utf-16", "utf-8"}}}}}}}));
    CHECK(Harness::replyTo(out, 1)["result"]["capabilities"]["positionEncoding"] == "utf-8");
    CHECK(h.server.positionEncoding() == protocol::PositionEncoding::Utf8);
}

TEST_CASE("Unknown requests get -32601, unknown notifications nothing", "[server]") {
    Harness h;
    h.initialize();
    CHECK(Harness::errorCode(Harness::replyTo(h.exchange(Harness::request(5, "no/such")), 5)) == -32601);
    CHECK(h.exchange(Harness::notification("$/setTrace", {{"value", "off"}})).empty());
    CHECK(h.exchange(Harness::notification("no/such")).empty());
}

TEST_CASE("Malformed JSON is -32700 with id null; non-objects are -32600", "[server]") {
    Harness h;
    auto out = h.exchangeRaw("{\"id\":1,");
    REQUIRE(out.size() == 1);
    CHECK(out[0]["id"].is_null());
    CHECK(Harness::errorCode(out[0]) == -32700);
    out = h.exchangeRaw("[1]");
    CHECK(Harness::errorCode(out.at(0)) == -32600);
    out = h.exchangeRaw(R"({"jsonrpc":"2.0","id":7})");
    CHECK(Harness::errorCode(out.at(0)) == -32600);
    CHECK(out[0]["id"] == 7);
}

TEST_CASE("shutdown accepts absent and null params, then requests get -32600", "[server]") {
    Harness h;
    h.initialize();
    auto out = h.exchangeRaw(R"({"jsonrpc":"2.0","id":8,"method":"shutdown","params":null})");
    CHECK(Harness::replyTo(out, 8).contains("result"));
    out = h.exchange(Harness::request(9, "shutdown"));
    CHECK(Harness::errorCode(Harness::replyTo(out, 9)) == -32600);
    h.exchange(Harness::notification("exit"));
    CHECK(h.server.exited());
    CHECK(h.server.exitCode() == 0);
}

TEST_CASE("exit without shutdown means exit code 1 and stops processing", "[server]") {
    Harness h;
    h.initialize();
    h.server.receive(Harness::notification("exit").dump());
    h.server.receive(Harness::request(3, "shutdown").dump());
    while (h.server.processNext()) {
    }
    CHECK(h.server.exited());
    CHECK(h.server.exitCode() == 1);
}

namespace {

struct EchoParams {
    std::string word;
};

bool fromJson(const json& j, EchoParams& out, std::string& error) {
    if (!j.is_object() || !j.contains("word") || !j["word"].is_string()) {
        error = "word: expected a string";
        return false;
    }
    out.word = j["word"];
    return true;
}

}  // namespace

TEST_CASE("The binder answers -32602 for params of the wrong shape, once", "[server][binder]") {
    Harness h;
    int calls = 0;
    h.server.registerRequest<EchoParams>("test/echo", [&](const EchoParams& p) {
        ++calls;
        return json(p.word);
    });
    h.initialize();
    auto out = h.exchange(Harness::request(1, "test/echo", {{"word", 5}}));
    REQUIRE(out.size() == 1);
    CHECK(Harness::errorCode(out[0]) == -32602);
    CHECK(out[0]["error"]["message"].get<std::string>().find("word") != std::string::npos);
    CHECK(calls == 0);
    out = h.exchange(Harness::request(2, "test/echo", {{"word", "hi"}}));
    CHECK(Harness::replyTo(out, 2)["result"] == "hi");
    // Missing params are null, which EchoParams refuses.
    CHECK(Harness::errorCode(Harness::replyTo(h.exchange(Harness::request(3, "test/echo")), 3)) == -32602);
}

TEST_CASE("A throwing handler answers -32603 and the server lives on", "[server]") {
    Harness h;
    h.server.registerRequest<json>("test/throw", [](const json&) -> json { throw std::runtime_error("boom"); });
    h.initialize();
    auto out = h.exchange(Harness::request(1, "test/throw"));
    CHECK(Harness::errorCode(Harness::replyTo(out, 1)) == -32603);
    CHECK(Harness::errorCode(Harness::replyTo(h.exchange(Harness::request(2, "no/such")), 2)) == -32601);
}

TEST_CASE("A dropped reply becomes -32603; a second answer is refused", "[server][reply]") {
    Harness h;
    std::optional<server::Reply> kept;
    h.server.registerRequest<json>("test/drop", [](const json&, server::Reply) {});
    h.server.registerRequest<json>("test/twice", [](const json&, server::Reply reply) {
        reply.result(1);
        reply.result(2);
        reply.error(protocol::ErrorCode::InternalError, "late");
    });
    h.server.registerRequest<json>("test/later", [&](const json&, server::Reply reply) { kept = reply; });
    h.initialize();
    auto out = h.exchange(Harness::request(1, "test/drop"));
    REQUIRE(out.size() == 1);
    CHECK(Harness::errorCode(out[0]) == -32603);
    out = h.exchange(Harness::request(2, "test/twice"));
    REQUIRE(out.size() == 1);
    CHECK(out[0]["result"] == 1);
    out = h.exchange(Harness::request(3, "test/later"));
    CHECK(out.empty());
    REQUIRE(kept);
    h.sent.clear();
    kept->result("done");
    REQUIRE(h.sent.size() == 1);
    CHECK(h.sent[0]["result"] == "done");
}

TEST_CASE("$/cancelRequest answers a pending request -32800 exactly once", "[server][cancel]") {
    Harness h;
    std::optional<server::Reply> kept;
    h.server.registerRequest<json>("test/later", [&](const json&, server::Reply reply) { kept = reply; });
    h.initialize();
    h.exchange(Harness::request(4, "test/later"));
    REQUIRE(kept);
    auto out = h.exchange(Harness::notification("$/cancelRequest", {{"id", 4}}));
    REQUIRE(out.size() == 1);
    CHECK(Harness::errorCode(out[0]) == -32800);
    CHECK(kept->cancelled());
    h.sent.clear();
    kept->result("too late");
    CHECK(h.sent.empty());
    // Cancelling something already answered does nothing.
    CHECK(h.exchange(Harness::notification("$/cancelRequest", {{"id", 4}})).empty());
}

TEST_CASE("A cancel that overtakes a queued request stops it from running", "[server][cancel]") {
    Harness h;
    int calls = 0;
    h.server.registerRequest<json>("test/count", [&](const json&) { return ++calls; });
    h.initialize();
    h.sent.clear();
    h.server.receive(Harness::request(10, "test/count").dump());
    h.server.receive(Harness::notification("$/cancelRequest", {{"id", 10}}).dump());
    while (h.server.processNext()) {
    }
    REQUIRE(h.sent.size() == 1);
    CHECK(Harness::errorCode(h.sent[0]) == -32800);
    CHECK(calls == 0);
}

TEST_CASE("Server-to-client requests route their responses", "[server]") {
    Harness h;
    h.initialize();
    json got;
    h.sent.clear();
    h.server.sendRequest("workspace/applyEdit", {{"edit", json::object()}},
                         [&](const protocol::Response& r) { got = r.result; });
    REQUIRE(h.sent.size() == 1);
    const json id = h.sent[0]["id"];
    h.exchange({{"jsonrpc", "2.0"}, {"id", id}, {"result", {{"applied", true}}}});
    CHECK(got["applied"] == true);
    // A response nobody asked for is ignored.
    CHECK(h.exchange({{"jsonrpc", "2.0"}, {"id", 12345}, {"result", nullptr}}).empty());
}

TEST_CASE("Commands are advertised and receive an array", "[server]") {
    Harness h;
    json seen;
    h.server.registerCommand("stackls.test", [&](const json& args, server::Reply reply) {
        seen = args;
        reply.result(nullptr);
    });
    auto out = h.exchange(Harness::request(1, "initialize", {{"capabilities", json::object()}}));
    CHECK(Harness::replyTo(out, 1)["result"]["capabilities"]["executeCommandProvider"]["commands"] ==
          json::array({"stackls.test"}));
    out = h.exchangeRaw(R"({"jsonrpc":"2.0","id":2,"method":"workspace/executeCommand","params":{"command":"stackls.test","arguments":null}})");
    CHECK(Harness::replyTo(out, 2).contains("result"));
    CHECK(seen == json::array());
    out = h.exchange(Harness::request(3, "workspace/executeCommand", {{"command", "nope"}}));
    CHECK(Harness::errorCode(Harness::replyTo(out, 3)) == -32602);
}
