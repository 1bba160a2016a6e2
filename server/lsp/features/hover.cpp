// textDocument/hover over manifests: what stands at the cursor (declared id, dependency, finding), rendered by hover_content.
#include "server/lsp/features/hover.h"

#include <optional>
#include <string>
#include <vector>

#include "knowledge/stackls_config.h"
#include "server/lsp/analysis.h"
#include "server/lsp/hover_content.h"
#include "server/lsp/presentation_context.h"
#include "server/lsp/server.h"

namespace stackls::server {

namespace {

// Sections of one hover, most specific first, and the range the hover is anchored to.
struct HoverParts {
    std::vector<std::string> sections;
    std::optional<manifest::ByteRange> range;

    void add(std::string text, manifest::ByteRange r) {
        if (text.empty()) return;
        sections.push_back(std::move(text));
        // The narrowest thing under the cursor is what the editor highlights.
        if (!range || r.end - r.begin < range->end - range->begin) range = r;
    }
};

// The rule ids a file silences: package.json "stackls".ignore, [tool.stackls] ignore in
// pyproject.toml or .stackls.json "ignore".
std::vector<manifest::Located> ignoredRulesIn(const ProjectState& project, const ProjectFile& file, manifest::ManifestKind kind) {
    if (kind == manifest::ManifestKind::StacklsConfig) return knowledge::parseStacklsConfig(file.text).ignore;
    const auto& pj = project.input.packageJson;
    if (kind == manifest::ManifestKind::PackageJson && pj && pj->file.path == file.name && pj->model.stackls)
        return pj->model.stackls->ignore;
    if (const auto* m = pythonManifestIn(project, file)) return m->ignore;
    return {};
}

nlohmann::json hoverAt(Server& server, Analysis& analysis, const protocol::TextDocumentPositionParams& p) {
    auto ctx = documentInProject(server, analysis, p.textDocument.uri);
    if (!ctx) return nullptr;
    const auto& file = *ctx->file;
    const auto enc = server.positionEncoding();
    // A position past the last line is outside the document; past a line's end clamps, as the spec asks.
    if (p.position.line < 0 || p.position.character < 0 ||
        static_cast<std::size_t>(p.position.line) >= file.lines.lineCount())
        return nullptr;
    const std::size_t offset = file.lines.toOffset(file.text, p.position, enc);

    const auto& kb = analysis.knowledge();
    const auto& report = ctx->project->report;
    const auto kind = hoverMarkupKind(server.clientCapabilities());
    HoverParts parts;

    if (auto decl = declarationIn(*ctx->project, file, ctx->kind)) {
        for (const auto& id : decl->ids) {
            if (touches(id.range, offset)) parts.add(useCaseHover(kb, id.text, report, kind), id.range);
        }
    }
    for (const auto& id : ignoredRulesIn(*ctx->project, file, ctx->kind)) {
        if (touches(id.range, offset)) parts.add(ruleHover(id.text, kind), id.range);
    }
    for (const auto& dep : report.dependencies) {
        if (dep.file == file.name && touches(dep.range, offset)) parts.add(dependencyHover(kb, dep, report, kind), dep.range);
    }
    for (const auto& finding : report.findings) {
        if (finding.file != file.name || !touches(finding.range, offset)) continue;
        parts.add(findingHover(kb, finding, kind), finding.range);
    }
    if (parts.sections.empty()) return nullptr;

    std::string value;
    for (const auto& s : parts.sections) {
        if (!value.empty()) value += kind == protocol::MarkupKind::Markdown ? "\n\n---\n\n" : "\n\n----\n\n";
        value += s;
    }
    return {{"contents", protocol::toJson(protocol::MarkupContent{kind, value})},
            {"range", protocol::toJson(file.range(*parts.range, enc))}};
}

}  // namespace

void registerHover(Server& server, Analysis& analysis) {
    server.addCapabilities([](const protocol::ClientCapabilities&, nlohmann::json& caps) { caps["hoverProvider"] = true; });
    server.registerRequest<protocol::TextDocumentPositionParams>(
        "textDocument/hover", [&server, &analysis](const protocol::TextDocumentPositionParams& p) { return hoverAt(server, analysis, p); });
}

}  // namespace stackls::server
