// Unit tests for Settings, URIs and the server's command-line flags.
#include <catch2/catch.hpp>

#include "server/lsp/serve_options.h"
#include "server/lsp/settings.h"
#include "server/lsp/uri.h"

#include "server_harness.h"

using namespace stackls::server;
using nlohmann::json;

TEST_CASE("Missing or mistyped settings fall back to defaults", "[settings]") {
    Settings s;
    s.replace(json::parse(R"({"inlayHints":{"enable":false},"useCase":"web-api","flat.key":3,"bad":"true"})"));
    CHECK_FALSE(s.getBool("inlayHints.enable", true));
    CHECK(s.getBool("hover.enable", true));
    CHECK(s.getBool("bad", true));
    CHECK(s.getString("useCase", "") == "web-api");
    CHECK(s.getInt("flat.key", 0) == 3);
    CHECK(s.getStringList("useCase") == std::vector<std::string>{"web-api"});
    s.replace(json::object());
    CHECK(s.getBool("inlayHints.enable", true));
    s.replace(nullptr);
    CHECK(s.section() == json::object());
}

TEST_CASE("didChangeConfiguration with {} means defaults, not off", "[settings][server]") {
    stackls::testing::Harness h;
    h.initialize();
    h.exchange(stackls::testing::Harness::notification("workspace/didChangeConfiguration",
                                                       {{"settings", {{"stackls", {{"inlayHints", {{"enable", false}}}}}}}}));
    CHECK_FALSE(h.server.settings().getBool("inlayHints.enable", true));
    h.exchange(stackls::testing::Harness::notification("workspace/didChangeConfiguration", {{"settings", json::object()}}));
    CHECK(h.server.settings().getBool("inlayHints.enable", true));
}

TEST_CASE("Clients with workspace/configuration are asked, and null answers mean defaults", "[settings][server]") {
    stackls::testing::Harness h;
    h.exchange(stackls::testing::Harness::request(0, "initialize", {{"capabilities", {{"workspace", {{"configuration", true}}}}}}));
    auto out = h.exchange(stackls::testing::Harness::notification("initialized", json::object()));
    json pull;
    for (const auto& m : out) {
        if (m.value("method", "") == "workspace/configuration") pull = m;
    }
    REQUIRE(pull.is_object());
    CHECK(pull["params"]["items"][0]["section"] == "stackls");
    int changes = 0;
    h.server.onSettingsChanged([&] { ++changes; });
    h.exchange({{"jsonrpc", "2.0"}, {"id", pull["id"]}, {"result", json::array({{{"useCase", "cli"}}})}});
    CHECK(h.server.settings().getString("useCase", "") == "cli");
    out = h.exchange(stackls::testing::Harness::notification("workspace/didChangeConfiguration", {{"settings", nullptr}}));
    REQUIRE(out.size() == 1);
    h.exchange({{"jsonrpc", "2.0"}, {"id", out[0]["id"]}, {"result", json::array({nullptr})}});
    CHECK(h.server.settings().getString("useCase", "none") == "none");
    CHECK(changes == 2);
}

TEST_CASE("Workspace folders come from initialize and change later", "[server]") {
    stackls::testing::Harness h;
    h.exchange(stackls::testing::Harness::request(0, "initialize",
                                                  {{"rootUri", "file:///home/me/proj/"}, {"capabilities", json::object()}}));
    REQUIRE(h.server.workspaceFolders().size() == 1);
    CHECK(h.server.workspaceFolders()[0].uri == "file:///home/me/proj");
    CHECK(h.server.workspaceFolders()[0].name == "proj");
    h.exchange(stackls::testing::Harness::notification("initialized", json::object()));
    h.exchange(stackls::testing::Harness::notification(
        "workspace/didChangeWorkspaceFolders",
        {{"event", {{"added", {{{"uri", "file:///b"}, {"name", "b"}}}}, {"removed", {{{"uri", "file:///home/me/proj/"}, {"name", "p"}}}}}}}));
    REQUIRE(h.server.workspaceFolders().size() == 1);
    CHECK(h.server.workspaceFolders()[0].uri == "file:///b");
}

TEST_CASE("file URIs convert to paths and back", "[uri]") {
    CHECK(uriToPath("file:///home/a%20b/package.json") == "/home/a b/package.json");
    CHECK(uriToPath("file://localhost/x/") == "/x");
    CHECK_FALSE(uriToPath("untitled:Untitled-1"));
    CHECK_FALSE(uriToPath("file://evil.example/x"));
    CHECK_FALSE(uriToPath("file:///a%00b"));
    CHECK_FALSE(uriToPath("file:///a%2"));
    CHECK(pathToUri("/home/a b/\xC3\xA9") == "file:///home/a%20b/%C3%A9");
    CHECK(uriToPath(pathToUri("/t/#x?y")) == "/t/#x?y");
    CHECK(uriFileName("file:///w/requirements%2Ddev.txt") == "requirements-dev.txt");
    CHECK(uriFileName("untitled:package.json") == "package.json");
}

TEST_CASE("--listen accepts loopback only", "[options]") {
    std::string error;
    auto ok = parseServeOptions({"--listen", "127.0.0.1:2087", "--log-level=debug"}, error);
    REQUIRE(ok);
    CHECK(ok->listen);
    CHECK(ok->listenPort == 2087);
    CHECK(ok->logLevel == "debug");
    CHECK(parseServeOptions({"--listen=[::1]:0"}, error));
    CHECK(parseServeOptions({"--listen", "localhost:9"}, error)->listenHost == "127.0.0.1");
    CHECK_FALSE(parseServeOptions({"--listen", "0.0.0.0:2087"}, error));
    CHECK(error.find("non-loopback") != std::string::npos);
    CHECK_FALSE(parseServeOptions({"--listen", "192.168.1.2:80"}, error));
    CHECK_FALSE(parseServeOptions({"--listen", "127.0.0.1:99999"}, error));
    CHECK_FALSE(parseServeOptions({"--log-level", "loud"}, error));
    CHECK_FALSE(parseServeOptions({"--bogus"}, error));
    CHECK(parseServeOptions({"--stdio", "--clientProcessId=12"}, error));
}
