// Inlay hints for manifests; planning is separate from placing so the refresh check can compare labels without positions.
#include "server/lsp/features/inlay_hints.h"

#include <algorithm>
#include <map>
#include <memory>

#include "server/lsp/hover_content.h"
#include "server/lsp/presentation_context.h"
#include "server/lsp/server.h"

namespace stackls::server {

namespace {

// Where each dependency's entry ends (after its version spec), by where its name begins, so a
// hint reads as a trailing note instead of splitting the name from its version. A map keeps
// manifests with thousands of dependencies linear.
// Where each dependency entry of `file` ends, by where its name begins, sorted: a hint goes
// after the whole entry. A flat vector, since a manifest can hold 100,000 entries.
std::vector<std::pair<std::size_t, std::size_t>> entryEnds(const ProjectState& project, const ProjectFile& file) {
    std::vector<std::pair<std::size_t, std::size_t>> ends;
    const auto& input = project.input;
    if (input.packageJson && input.packageJson->file.path == file.name) {
        ends.reserve(input.packageJson->model.dependencies.size());
        for (const auto& d : input.packageJson->model.dependencies) ends.emplace_back(d.keyRange.begin, d.memberRange.end);
    }
    for (const auto& r : input.requirements) {
        if (r.file.path != file.name) continue;
        for (const auto& e : r.model.entries) ends.emplace_back(e.nameRange.begin, e.range.end);
    }
    if (const auto* m = pythonManifestIn(project, file))
        for (const auto& d : m->dependencies) ends.emplace_back(d.nameRange.begin, d.range.end);
    // Usually in order already. Stable, so that of two entries starting at one offset the
    // first listed wins.
    auto byBegin = [](const auto& a, const auto& b) { return a.first < b.first; };
    if (!std::is_sorted(ends.begin(), ends.end(), byBegin)) std::stable_sort(ends.begin(), ends.end(), byBegin);
    return ends;
}

// "Node.js: weak fit" for a one-stack project; both sides when it has none or both.
std::string declarationLabel(const knowledge::UseCase& u, const std::vector<knowledge::Tech>& stacks) {
    std::string label;
    const bool both = stacks.size() != 1;
    for (auto t : knowledge::kTechs) {
        if (!both && t != stacks.front()) continue;
        if (!label.empty()) label += " · ";
        label += knowledge::techTitle(t);
        label += ": " + fitPhrase(u.fit[knowledge::idx(t)].level);
    }
    return label;
}

// What the client shows for a project, without positions: a change here is what makes
// hints in other open files stale.
std::string signature(const knowledge::KnowledgeBase& kb, const ProjectState& project) {
    std::string sig;
    for (const auto& f : project.files) {
        auto kind = manifest::manifestKindForPath(f.name);
        if (!kind) continue;
        sig += f.name + '\n';
        for (const auto& h : planInlayHints(kb, project, f, *kind)) sig += h.label + '\n';
    }
    return sig;
}

}  // namespace

std::vector<PlannedHint> planInlayHints(const knowledge::KnowledgeBase& kb, const ProjectState& project,
                                        const ProjectFile& file, manifest::ManifestKind kind) {
    std::vector<PlannedHint> hints;
    const auto ends = entryEnds(project, file);
    for (const auto& dep : project.report.dependencies) {
        if (dep.file != file.name || !dep.package || dep.package->signals.empty() || dep.package->role.empty()) continue;
        auto end = std::lower_bound(ends.begin(), ends.end(), dep.range.begin,
                                    [](const auto& e, std::size_t at) { return e.first < at; });
        const bool found = end != ends.end() && end->first == dep.range.begin;
        hints.push_back({found ? end->second : dep.range.end, dep.package->role, dep.package->summary});
    }
    if (auto decl = declarationIn(project, file, kind)) {
        for (const auto& id : decl->ids) {
            const auto* u = kb.useCase(id.text);
            if (!u) continue;  // unknown ids get a diagnostic instead
            hints.push_back({id.range.end, declarationLabel(*u, project.report.stacks), u->title + " — " + fitSummary(kb, u->id)});
        }
    }
    std::stable_sort(hints.begin(), hints.end(), [](const PlannedHint& a, const PlannedHint& b) { return a.offset < b.offset; });
    return hints;
}

void registerInlayHints(Server& server, Analysis& analysis) {
    server.addCapabilities([](const protocol::ClientCapabilities&, nlohmann::json& caps) { caps["inlayHintProvider"] = true; });

    server.registerRequest<protocol::TextDocumentRangeParams>(
        "textDocument/inlayHint", [&server, &analysis](const protocol::TextDocumentRangeParams& p) {
            nlohmann::json out = nlohmann::json::array();
            if (!server.settings().getBool("inlayHints.enable", true)) return out;
            auto ctx = documentInProject(server, analysis, p.textDocument.uri);
            if (!ctx) return out;
            const auto& file = *ctx->file;
            const auto enc = server.positionEncoding();
            const std::size_t from = file.lines.toOffset(file.text, p.range.start, enc);
            const std::size_t to = file.lines.toOffset(file.text, p.range.end, enc);
            for (const auto& h : planInlayHints(analysis.knowledge(), *ctx->project, file, ctx->kind)) {
                if (h.offset < from || h.offset > to) continue;
                nlohmann::json hint = {{"position", protocol::toJson(file.lines.toPosition(file.text, h.offset, enc))},
                                       {"label", h.label},
                                       {"paddingLeft", true}};
                if (!h.tooltip.empty()) hint["tooltip"] = h.tooltip;
                out.push_back(std::move(hint));
            }
            return out;
        });

    // Hints in one file depend on the others (editing requirements.txt can change what
    // package.json shows), so the client is asked to re-request when a project's hints change.
    struct RefreshState {
        std::map<std::string, std::string> signatures;  // by project root
        bool enabled = true;
    };
    auto state = std::make_shared<RefreshState>();
    auto refresh = [&server] {
        if (clientFlag(server, "/workspace/inlayHint/refreshSupport"))
            server.sendRequest("workspace/inlayHint/refresh", nullptr, [](const protocol::Response&) {});
    };
    // A project seen for the first time with an open file needs no refresh either: the client
    // asks for that document's hints when it opens it.
    analysis.onProjectUpdated([&server, &analysis, state, refresh](const ProjectState& project) {
        const std::string root = project.root.string();
        if (!hasOpenFile(project)) {
            state->signatures.erase(root);
            return;
        }
        auto sig = signature(analysis.knowledge(), project);
        auto [known, first] = state->signatures.try_emplace(root, sig);
        if (first || known->second == sig) return;
        known->second = std::move(sig);
        if (server.settings().getBool("inlayHints.enable", true)) refresh();
    });
    server.onSettingsChanged([&server, state, refresh] {
        bool enabled = server.settings().getBool("inlayHints.enable", true);
        if (enabled == state->enabled) return;
        state->enabled = enabled;
        refresh();
    });
}

}  // namespace stackls::server
