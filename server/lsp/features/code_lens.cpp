// Code lenses above package.json dependency sections and the first requirement line.
#include "server/lsp/features/code_lens.h"

#include <algorithm>
#include <map>
#include <memory>
#include <set>
#include <vector>

#include "knowledge/recommendation.h"
#include "server/lsp/hover_content.h"
#include "server/lsp/presentation_context.h"
#include "server/lsp/server.h"

namespace stackls::server {

namespace {

// Where the blocks start: each dependency section's opening brace, the first requirement, or
// the first dependency of each section of a pyproject.toml, Pipfile or setup.cfg.
std::vector<std::size_t> blockStarts(const ProjectState& project, const ProjectFile& file) {
    std::vector<std::size_t> starts;
    const auto& input = project.input;
    if (input.packageJson && input.packageJson->file.path == file.name) {
        for (const auto& [section, span] : input.packageJson->model.sections) starts.push_back(span.range.begin);
    }
    for (const auto& r : input.requirements) {
        if (r.file.path != file.name) continue;
        for (const auto& e : r.model.entries) {
            if (e.kind == manifest::RequirementKind::Requirement || e.kind == manifest::RequirementKind::Editable) {
                starts.push_back(e.range.begin);
                break;
            }
        }
    }
    if (const auto* m = pythonManifestIn(project, file)) {
        std::set<std::string_view> sections;
        for (const auto& d : m->dependencies)
            if (sections.insert(d.section).second) starts.push_back(d.range.begin);
    }
    std::sort(starts.begin(), starts.end());  // the sections map is ordered by kind, not by place
    return starts;
}

}  // namespace

std::string codeLensTitle(const knowledge::KnowledgeBase& kb, const knowledge::ProjectReport& report) {
    std::vector<std::string> known;
    for (const auto& id : report.basis) {
        if (kb.useCase(id)) known.push_back(id);
    }
    if (known.empty()) return "";
    std::string title;
    for (const auto& id : known) title += (title.empty() ? "" : ", ") + id;
    if (report.declaredUseCases.empty()) title += " (inferred)";
    if (known.size() == 1) return title + " · " + fitSummary(kb, known.front());
    if (!report.recommendation) return title;
    const auto& rec = *report.recommendation;
    title += " · recommended: ";
    title += rec.stack == knowledge::StackChoice::Split ? std::string("split Node.js + Python")
                                                        : std::string(knowledge::techTitle(rec.stack == knowledge::StackChoice::Node
                                                                                               ? knowledge::Tech::Node
                                                                                               : knowledge::Tech::Python));
    return title;
}

void registerCodeLens(Server& server, Analysis& analysis) {
    server.addCapabilities([](const protocol::ClientCapabilities&, nlohmann::json& caps) {
        caps["codeLensProvider"] = {{"resolveProvider", false}};
    });
    server.registerRequest<protocol::TextDocumentParams>("textDocument/codeLens", [&server, &analysis](const protocol::TextDocumentParams& p) {
        nlohmann::json out = nlohmann::json::array();
        if (!server.settings().getBool("codeLens.enable", true)) return out;
        auto ctx = documentInProject(server, analysis, p.textDocument.uri);
        if (!ctx) return out;
        const auto& project = *ctx->project;
        std::string title = codeLensTitle(analysis.knowledge(), project.report);
        if (title.empty()) return out;
        const auto enc = server.positionEncoding();
        std::set<int> lines;  // one lens per line, even when two sections open on the same line
        for (std::size_t start : blockStarts(project, *ctx->file)) {
            auto pos = ctx->file->lines.toPosition(ctx->file->text, start, enc);
            if (!lines.insert(pos.line).second) continue;
            protocol::Range range{pos, pos};
            out.push_back({{"range", protocol::toJson(range)},
                           {"command",
                            {{"title", title},
                             {"command", "stackls.recommendStack"},
                             {"arguments", nlohmann::json::array({{{"root", project.rootUri}}})}}}});
        }
        return out;
    });
    // Lenses change with the project's report; clients that support it re-request when a
    // project's title changes (not on every keystroke: positions they track themselves).
    struct RefreshState {
        std::map<std::string, std::string> titles;  // by project root
        bool enabled = true;
    };
    auto state = std::make_shared<RefreshState>();
    auto refresh = [&server] {
        if (clientFlag(server, "/workspace/codeLens/refreshSupport"))
            server.sendRequest("workspace/codeLens/refresh", nullptr, [](const protocol::Response&) {});
    };
    // As for inlay hints: only projects with an open file, and not when first seen.
    analysis.onProjectUpdated([&server, &analysis, state, refresh](const ProjectState& project) {
        const std::string root = project.root.string();
        if (!hasOpenFile(project)) {
            state->titles.erase(root);
            return;
        }
        auto title = codeLensTitle(analysis.knowledge(), project.report);
        auto [known, first] = state->titles.try_emplace(root, title);
        if (first || known->second == title) return;
        known->second = std::move(title);
        if (server.settings().getBool("codeLens.enable", true)) refresh();
    });
    server.onSettingsChanged([&server, state, refresh] {
        bool enabled = server.settings().getBool("codeLens.enable", true);
        if (enabled == state->enabled) return;
        state->enabled = enabled;
        refresh();
    });
}

}  // namespace stackls::server
