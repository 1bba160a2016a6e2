// Workspaces with many projects: every one is analysed up to stackls.maxProjects, in the
// background, a document opened meanwhile first; the limit, when reached, is shown in the
// editor once with its setting's name.
#include <catch2/catch.hpp>

#include <set>
#include <string>
#include <vector>

#include "server/lsp/analysis.h"
#include "server/lsp/features.h"
#include "server/lsp/uri.h"
#include "server_harness.h"
#include "temp_tree.h"

using nlohmann::json;
using stackls::testing::Harness;
using stackls::testing::TempTree;

namespace {

// A project whose requirements the advisor has findings on: real-time packages in Python.
const char* kLimitRequirements = "python-socketio\nflask-socketio\nchannels\n";

std::string memberName(int i) {
    std::string digits = std::to_string(i);
    return "packages/m" + std::string(4 - digits.size(), '0') + digits;
}

void writeMembers(const TempTree& t, int count) {
    for (int i = 0; i < count; ++i) t.file(memberName(i) + "/requirements.txt", kLimitRequirements);
}

std::vector<json> limitMessages(const std::vector<json>& messages, const std::string& method) {
    std::vector<json> out;
    for (const auto& m : messages)
        if (m.value("method", "") == method) out.push_back(m);
    return out;
}

// initialize with `options` as initializationOptions, then initialized: what was sent after
// initialized (the idle work, the prefetch taken in, runs before exchange returns).
std::vector<json> initializeWith(Harness& h, const TempTree& t, const json& options, const json& capabilities) {
    h.exchange(Harness::request(0, "initialize",
                                {{"rootUri", stackls::server::pathToUri(t.root.generic_string())},
                                 {"capabilities", capabilities},
                                 {"initializationOptions", options}}));
    return h.exchange(Harness::notification("initialized", json::object()));
}

json openMember(Harness& h, const TempTree& t, int i) {
    const auto uri = stackls::server::pathToUri((t.root / memberName(i) / "requirements.txt").generic_string());
    const auto sent = h.exchange(Harness::notification(
        "textDocument/didOpen",
        {{"textDocument", {{"uri", uri}, {"languageId", "pip-requirements"}, {"version", 1}, {"text", kLimitRequirements}}}}));
    for (const auto& m : limitMessages(sent, "textDocument/publishDiagnostics"))
        if (m["params"]["uri"] == uri) return m;
    return nullptr;
}

}  // namespace

TEST_CASE("a workspace over 500 projects is analysed to its last project, without opening any", "[limits]") {
    TempTree t("stackls-limit-");
    writeMembers(t, 600);
    Harness h;
    stackls::server::Analysis analysis(h.server);
    stackls::server::registerFeatures(h.server, analysis);
    std::set<std::string> announced;
    analysis.onProjectUpdated([&](const stackls::server::ProjectState& p) { announced.insert(p.root.filename().string()); });

    const auto sent = initializeWith(h, t, json::object(), json::object());
    CHECK(announced.size() == 600);
    CHECK(announced.count("m0599") == 1);
    CHECK(limitMessages(sent, "window/showMessage").empty());
    // The 600th project was analysed by the prefetch: its report is there, with findings.
    const auto* last = analysis.projectAt((t.root / memberName(599)).string());
    REQUIRE(last != nullptr);
    CHECK(last->report.findings.size() == analysis.projectAt((t.root / memberName(0)).string())->report.findings.size());
    CHECK_FALSE(last->report.findings.empty());
}

TEST_CASE("stackls.maxProjects lowers the limit; reaching it is shown once, with the setting's name", "[limits]") {
    TempTree t("stackls-limit-");
    writeMembers(t, 5);
    Harness h;
    stackls::server::Analysis analysis(h.server);
    stackls::server::registerFeatures(h.server, analysis);

    const auto sent = initializeWith(h, t, {{"maxProjects", 3}}, json::object());
    const auto shown = limitMessages(sent, "window/showMessage");
    REQUIRE(shown.size() == 1);
    CHECK(shown[0]["params"] == json{{"type", 2},
                                     {"message", "stackls analyses at most 3 projects (stackls.maxProjects, up to 50000); this "
                                                 "workspace has more, and the others get no diagnostics."}});
    CHECK(analysis.projects().size() == 3);

    // A document of a project over the limit gets no diagnostics, and no second warning.
    CHECK(openMember(h, t, 4).is_null());
    CHECK(limitMessages(h.sent, "window/showMessage").empty());
    CHECK(analysis.projects().size() == 3);
    // One within the limit does.
    CHECK_FALSE(openMember(h, t, 1).is_null());
}

TEST_CASE("the setting is bounded: zero or less means one project, more than the ceiling means the ceiling", "[limits]") {
    TempTree t("stackls-limit-");
    writeMembers(t, 2);
    Harness h;
    stackls::server::Analysis analysis(h.server);
    stackls::server::registerFeatures(h.server, analysis);
    const auto shown = limitMessages(initializeWith(h, t, {{"maxProjects", -7}}, json::object()), "window/showMessage");
    REQUIRE(shown.size() == 1);
    CHECK(shown[0]["params"]["message"].get<std::string>().rfind("stackls analyses at most 1 projects ", 0) == 0);
    CHECK(analysis.projects().size() == 1);
}

TEST_CASE("a document opened before the prefetch is taken in gets its diagnostics first; progress then covers every project",
          "[limits][progress]") {
    TempTree t("stackls-limit-");
    writeMembers(t, 600);
    Harness h;
    stackls::server::Analysis analysis(h.server);
    stackls::server::registerFeatures(h.server, analysis);
    std::set<std::string> announced;
    analysis.onProjectUpdated([&](const stackls::server::ProjectState& p) { announced.insert(p.root.filename().string()); });
    const auto afterInitialized = initializeWith(h, t, json::object(), {{"window", {{"workDoneProgress", true}}}});
    const auto create = limitMessages(afterInitialized, "window/workDoneProgress/create");
    REQUIRE(create.size() == 1);

    // The client has not answered the token yet: nothing of the workspace is announced, but
    // the opened document is analysed at once (on its own, the prefetch has not reached it).
    const json published = openMember(h, t, 599);
    REQUIRE(published.is_object());
    CHECK_FALSE(published["params"]["diagnostics"].empty());
    CHECK(announced == std::set<std::string>{"m0599"});

    const auto rest = h.exchange({{"jsonrpc", "2.0"}, {"id", create[0]["id"]}, {"result", nullptr}});
    const auto progress = limitMessages(rest, "$/progress");
    REQUIRE(progress.size() >= 3);
    CHECK(progress.front()["params"]["value"]["kind"] == "begin");
    CHECK(progress.back()["params"]["value"] == json{{"kind", "end"}, {"message", "projects found: 600"}});
    std::vector<int> percentages;
    for (std::size_t i = 1; i + 1 < progress.size(); ++i) {
        CHECK(progress[i]["params"]["value"]["kind"] == "report");
        percentages.push_back(progress[i]["params"]["value"]["percentage"].get<int>());
    }
    // One report per percentage point: 600 projects, 100 reports, the last at 100%.
    CHECK(percentages.size() == 100);
    CHECK(percentages.front() == 1);
    CHECK(percentages.back() == 100);
    CHECK(announced.size() == 600);
    CHECK(analysis.projects().size() == 600);
}
