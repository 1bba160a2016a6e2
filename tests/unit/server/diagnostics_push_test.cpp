// Pushed diagnostics: related information only for clients that accept it, no republish when
// a settings answer changes nothing, and a file opened as it is on disk keeps its report.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <set>
#include <string>

#include <unistd.h>

#include "server/lsp/analysis.h"
#include "server/lsp/features.h"
#include "server/lsp/uri.h"
#include "server_harness.h"

using nlohmann::json;
using stackls::testing::Harness;

namespace {

// Three real-time packages: the use case is inferred from all of them, so each finding has
// evidence elsewhere in the file to relate to.
const char* kPushUri = "untitled:requirements.txt";
const char* kPushText = "python-socketio\nflask-socketio\nchannels\n";

std::vector<json> published(const std::vector<json>& messages) {
    std::vector<json> out;
    for (const auto& m : messages)
        if (m.value("method", "") == "textDocument/publishDiagnostics") out.push_back(m);
    return out;
}

std::vector<json> openPushed(Harness& h) {
    return h.exchange(Harness::notification(
        "textDocument/didOpen", {{"textDocument", {{"uri", kPushUri}, {"languageId", "text"}, {"version", 1}, {"text", kPushText}}}}));
}

std::size_t relatedCount(const json& publish) {
    std::size_t n = 0;
    for (const auto& d : publish["params"]["diagnostics"])
        if (d.contains("relatedInformation")) n += d["relatedInformation"].size();
    return n;
}

json configurationRequest(const std::vector<json>& messages) {
    for (const auto& m : messages)
        if (m.value("method", "") == "workspace/configuration") return m;
    return nullptr;
}

}  // namespace

TEST_CASE("related information goes only to clients that declare it") {
    for (bool declared : {false, true}) {
        Harness h;
        stackls::server::Analysis analysis(h.server);
        stackls::server::registerFeatures(h.server, analysis);
        json caps = json::object();
        if (declared) caps = {{"textDocument", {{"publishDiagnostics", {{"relatedInformation", true}}}}}};
        h.initialize(caps);
        auto pubs = published(openPushed(h));
        REQUIRE(pubs.size() == 1);
        REQUIRE(!pubs[0]["params"]["diagnostics"].empty());
        INFO("declared: " << declared);
        if (declared) CHECK(relatedCount(pubs[0]) > 0);
        else CHECK(relatedCount(pubs[0]) == 0);
    }
}

TEST_CASE("a settings answer that changes nothing republishes nothing; a real change does") {
    Harness h;
    stackls::server::Analysis analysis(h.server);
    stackls::server::registerFeatures(h.server, analysis);
    auto request = configurationRequest(h.initialize({{"workspace", {{"configuration", true}}}}));
    REQUIRE(request.is_object());
    REQUIRE(published(openPushed(h)).size() == 1);

    // The client's first answer: nothing configured, as before.
    CHECK(published(h.exchange({{"jsonrpc", "2.0"}, {"id", request["id"]}, {"result", json::array({nullptr})}})).empty());

    auto again = configurationRequest(h.exchange(Harness::notification("workspace/didChangeConfiguration", {{"settings", nullptr}})));
    REQUIRE(again.is_object());
    json off = json::array({{{"rules", {{"dependency-against-stack", "off"}}}}});
    auto pubs = published(h.exchange({{"jsonrpc", "2.0"}, {"id", again["id"]}, {"result", off}}));
    REQUIRE(pubs.size() == 1);
    for (const auto& d : pubs[0]["params"]["diagnostics"]) CHECK(d["code"] != "dependency-against-stack");
}

TEST_CASE("opening a scanned file as it is on disk publishes its report for the opened version") {
    namespace fs = std::filesystem;
    const fs::path root = fs::temp_directory_path() / ("stackls-adopt-" + std::to_string(::getpid()));
    fs::remove_all(root);
    fs::create_directories(root);
    const std::string onDisk = R"({"name": "churn", "stackls": {"useCase": "ai-ml"},
  "dependencies": {"@tensorflow/tfjs-node": "^4.20.0", "danfojs-node": "^1.1.2"}}
)";
    std::ofstream(root / "package.json") << onDisk;
    const std::string rootUri = stackls::server::pathToUri(fs::canonical(root).generic_string());
    const std::string uri = rootUri + "/package.json";

    Harness h;
    stackls::server::Analysis analysis(h.server);
    stackls::server::registerFeatures(h.server, analysis);
    h.initialize(json::object(), rootUri);

    auto doc = [&](int version, const std::string& text) {
        return json{{"textDocument", {{"uri", uri}, {"languageId", "json"}, {"version", version}, {"text", text}}}};
    };
    auto pubs = published(h.exchange(Harness::notification("textDocument/didOpen", doc(1, onDisk))));
    REQUIRE(pubs.size() == 1);
    CHECK(pubs[0]["params"]["version"] == 1);
    CHECK(pubs[0]["params"]["uri"] == uri);
    std::set<std::string> codes;
    for (const auto& d : pubs[0]["params"]["diagnostics"]) codes.insert(d["code"].get<std::string>());
    CHECK(codes.count("dependency-against-stack"));

    // A real edit still recomputes: the declaration now names an unknown use case.
    json change = {{"textDocument", {{"uri", uri}, {"version", 2}}},
                   {"contentChanges", json::array({{{"text", std::string(onDisk).replace(onDisk.find("ai-ml"), 5, "ai-mll")}}})}};
    pubs = published(h.exchange(Harness::notification("textDocument/didChange", change)));
    REQUIRE(pubs.size() == 1);
    CHECK(pubs[0]["params"]["version"] == 2);
    codes.clear();
    for (const auto& d : pubs[0]["params"]["diagnostics"]) codes.insert(d["code"].get<std::string>());
    CHECK(codes.count("unknown-use-case"));
    fs::remove_all(root);
}
