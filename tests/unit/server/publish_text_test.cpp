// Diagnostics written as text, pushed or pulled, carry exactly each finding of the report, in LSP shape.
#include <catch2/catch.hpp>

#include <string>

#include "server/lsp/analysis.h"
#include "server/lsp/diagnostics.h"
#include "server/lsp/features.h"
#include "server_harness.h"

using nlohmann::json;
using stackls::testing::Harness;

namespace {

// Several findings share a rule and a use case (ordinals above 0), a message quotes a
// dependency name with a quote and a tab in it, and an emoji shifts UTF-16 columns.
const char* kPublishUri = "untitled:requirements.txt";
const std::string kPublishText =
    "# \xF0\x9F\x98\x80 realtime\npython-socketio\nflask-socketio\nchannels\nweird\"na\tme==1\n!!also bad\ndjango-channels\n";

// The oracle, built here from the report without the server's writer: every finding of
// `file` (the advisor has applied the settings' rule levels), as an LSP Diagnostic; `data.ordinal` counts the earlier findings
// with the same rule, file, use case and dependency. relatedInformation is left out.
json expectedDiagnostics(const stackls::server::Server& server, const stackls::server::ProjectState& project,
                         const stackls::server::ProjectFile& file) {
    json out = json::array();
    const auto& findings = project.report.findings;
    for (std::size_t i = 0; i < findings.size(); ++i) {
        const auto& f = findings[i];
        if (f.file != file.name) continue;
        int ordinal = 0;
        for (std::size_t k = 0; k < i; ++k) {
            const auto& e = findings[k];
            if (e.rule == f.rule && e.file == f.file && e.useCase == f.useCase && e.dependency == f.dependency) ++ordinal;
        }
        json data = {{"rule", f.rule}, {"file", f.file}, {"ordinal", ordinal}};
        if (!f.useCase.empty()) data["useCase"] = f.useCase;
        if (!f.dependency.empty()) data["dependency"] = f.dependency;
        const auto range = file.range(f.range, server.positionEncoding());
        out.push_back({{"range", {{"start", {{"line", range.start.line}, {"character", range.start.character}}},
                                  {"end", {{"line", range.end.line}, {"character", range.end.character}}}}},
                       {"severity", static_cast<int>(f.severity)},
                       {"code", f.rule},
                       {"source", "stackls"},
                       {"message", f.message},
                       {"data", data}});
    }
    return out;
}

json withoutRelated(json diagnostics) {
    for (auto& d : diagnostics) d.erase("relatedInformation");
    return diagnostics;
}

void open(Harness& h, const std::string& text) {
    h.exchange(Harness::notification(
        "textDocument/didOpen", {{"textDocument", {{"uri", kPublishUri}, {"languageId", "text"}, {"version", 3}, {"text", text}}}}));
}

}  // namespace

TEST_CASE("publish params as text hold each finding as a diagnostic; the code-action form is the same") {
    for (bool related : {false, true}) {
        INFO("relatedInformation: " << related);
        Harness h;
        stackls::server::Analysis analysis(h.server);
        stackls::server::registerFeatures(h.server, analysis);
        json caps = json::object();
        if (related) caps = {{"textDocument", {{"publishDiagnostics", {{"relatedInformation", true}}}}}};
        h.initialize(caps);
        open(h, kPublishText);
        const auto* project = analysis.projectFor(kPublishUri);
        REQUIRE(project);
        const auto* file = project->fileWithUri(kPublishUri);
        REQUIRE(file);

        json text = json::parse(stackls::server::publishParamsText(h.server, *project, *file));
        CHECK(text["uri"] == kPublishUri);
        CHECK(text["version"] == 3);
        CHECK(withoutRelated(text["diagnostics"]) == expectedDiagnostics(h.server, *project, *file));
        // What a code action's context carries is the published diagnostic itself.
        json forActions = json::array();
        for (const auto& f : project->report.findings) {
            if (f.file == file->name) forActions.push_back(stackls::server::diagnosticFor(h.server, *project, *file, f, f.severity));
        }
        CHECK(forActions == text["diagnostics"]);
        REQUIRE(text["diagnostics"].size() >= 2);
        int maxOrdinal = 0;
        for (const auto& d : text["diagnostics"]) maxOrdinal = std::max(maxOrdinal, d["data"]["ordinal"].get<int>());
        CHECK(maxOrdinal >= 1);
        if (related) {
            bool any = false;
            for (const auto& d : text["diagnostics"]) any |= d.contains("relatedInformation");
            CHECK(any);
        }
    }
}

TEST_CASE("a pulled report holds each finding as a diagnostic; other documents get an empty one") {
    Harness h;
    stackls::server::Analysis analysis(h.server);
    stackls::server::registerFeatures(h.server, analysis);
    h.initialize({{"textDocument", {{"diagnostic", json::object()}}}});
    open(h, kPublishText);
    const auto* project = analysis.projectFor(kPublishUri);
    REQUIRE(project);
    const auto* file = project->fileWithUri(kPublishUri);
    REQUIRE(file);

    auto replies = h.exchange(Harness::request(7, "textDocument/diagnostic", {{"textDocument", {{"uri", kPublishUri}}}}));
    json reply = Harness::replyTo(replies, 7);
    REQUIRE(reply.contains("result"));
    CHECK(reply["result"] == json{{"kind", "full"}, {"items", expectedDiagnostics(h.server, *project, *file)}});
    CHECK(reply["result"]["items"].size() >= 2);

    replies = h.exchange(Harness::request(8, "textDocument/diagnostic", {{"textDocument", {{"uri", "untitled:notes.md"}}}}));
    CHECK(Harness::replyTo(replies, 8)["result"] == json{{"kind", "full"}, {"items", json::array()}});
}

TEST_CASE("without a text sender the pushed notification reaches the JSON sender whole") {
    Harness h;
    stackls::server::Analysis analysis(h.server);
    stackls::server::registerFeatures(h.server, analysis);
    h.initialize();
    auto sent = h.exchange(Harness::notification(
        "textDocument/didOpen", {{"textDocument", {{"uri", kPublishUri}, {"languageId", "text"}, {"version", 1}, {"text", kPublishText}}}}));
    int publishes = 0;
    for (const auto& m : sent) {
        if (m.value("method", "") != "textDocument/publishDiagnostics") continue;
        ++publishes;
        CHECK(m["jsonrpc"] == "2.0");
        CHECK(m["params"]["version"] == 1);
        CHECK(!m["params"]["diagnostics"].empty());
    }
    CHECK(publishes == 1);
}

TEST_CASE("with a text sender the notification goes out as one framed-ready body") {
    Harness h;
    std::vector<std::string> bodies;
    h.server.setTextSender([&](std::string body) { bodies.push_back(std::move(body)); });
    stackls::server::Analysis analysis(h.server);
    stackls::server::registerFeatures(h.server, analysis);
    h.initialize();
    open(h, kPublishText);
    REQUIRE(bodies.size() == 1);
    json m = json::parse(bodies[0]);
    CHECK(m["jsonrpc"] == "2.0");
    CHECK(m["method"] == "textDocument/publishDiagnostics");
    CHECK(m["params"]["uri"] == kPublishUri);
    CHECK(m["params"]["version"] == 3);
    CHECK(!m["params"]["diagnostics"].empty());
}
