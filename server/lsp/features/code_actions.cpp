// Answers textDocument/codeAction: the fixes of the findings the client points at, and a source action.
#include "server/lsp/features/code_actions.h"

#include <algorithm>
#include <set>

#include "server/lsp/analysis.h"
#include "server/lsp/diagnostics.h"
#include "server/lsp/fix_edits.h"
#include "server/lsp/server.h"

namespace stackls::server {

namespace kn = stackls::knowledge;

// Only the fields we act on. Diagnostics stay raw: clients send them back in their own
// shapes (Neovim with byte columns), and we match them by code and data.
struct CodeActionParams {
    protocol::TextDocumentIdentifier textDocument;
    protocol::Range range;
    nlohmann::json diagnostics = nlohmann::json::array();
    std::vector<std::string> only;
};

bool fromJson(const nlohmann::json& j, CodeActionParams& out, std::string& error) {
    if (!j.is_object()) {
        error = "params: expected an object";
        return false;
    }
    auto doc = j.find("textDocument");
    if (doc == j.end() || !protocol::fromJson(*doc, out.textDocument, error)) {
        if (error.empty()) error = "textDocument: missing";
        return false;
    }
    auto range = j.find("range");
    if (range == j.end() || !protocol::fromJson(*range, out.range, error)) {
        if (error.empty()) error = "range: missing";
        return false;
    }
    auto context = j.find("context");
    if (context != j.end() && context->is_object()) {
        auto d = context->find("diagnostics");
        if (d != context->end() && d->is_array()) out.diagnostics = *d;
        auto only = context->find("only");
        if (only != context->end() && only->is_array()) {
            for (const auto& k : *only)
                if (k.is_string() && !k.get<std::string>().empty()) out.only.push_back(k.get<std::string>());
        }
    }
    return true;
}

namespace {

constexpr std::size_t kMaxContextDiagnostics = 200;
constexpr const char* kRecommendTitle = "Recommend stack for this project";

bool kindWanted(const std::vector<std::string>& only, const std::string& kind) {
    if (only.empty()) return true;
    return std::any_of(only.begin(), only.end(), [&](const std::string& o) {
        return kind == o || (kind.size() > o.size() && kind.compare(0, o.size(), o) == 0 && kind[o.size()] == '.');
    });
}

}  // namespace

void registerCodeActions(Server& server, Analysis& analysis) {
    server.addCapabilities([](const protocol::ClientCapabilities& client, nlohmann::json& caps) {
        if (client.codeActionLiteralSupport) {
            caps["codeActionProvider"] = {{"codeActionKinds", {"quickfix", "source"}}};
        } else {
            caps["codeActionProvider"] = true;
        }
    });

    server.registerRequest<CodeActionParams>("textDocument/codeAction", [&server, &analysis](const CodeActionParams& p) -> nlohmann::json {
        nlohmann::json actions = nlohmann::json::array();
        const ProjectState* project = analysis.projectFor(p.textDocument.uri);
        const ProjectFile* file = project ? project->fileWithUri(p.textDocument.uri) : nullptr;
        if (!file) return actions;
        const auto enc = server.positionEncoding();
        const bool literals = server.clientCapabilities().codeActionLiteralSupport;

        if (literals && kindWanted(p.only, "quickfix")) {
            // The findings the client names (by code/data), then those under the cursor.
            std::vector<const kn::Finding*> findings;
            std::vector<nlohmann::json> echoed;  // the client's own diagnostic, sent back as is
            auto add = [&](const kn::Finding* f, nlohmann::json diagnostic) {
                if (!f || std::find(findings.begin(), findings.end(), f) != findings.end()) return;
                findings.push_back(f);
                echoed.push_back(std::move(diagnostic));
            };
            std::size_t seen = 0;
            for (const auto& d : p.diagnostics) {
                if (++seen > kMaxContextDiagnostics) break;
                if (!d.is_object()) continue;
                // Other servers' diagnostics share the request; one without a source may be ours.
                auto source = d.find("source");
                if (source != d.end() && *source != "stackls") continue;
                add(findingForDiagnostic(*project, *file, d, enc), d);
            }
            for (const auto& f : project->report.findings) {
                if (f.file != file->name || f.fixes.empty()) continue;
                if (!protocol::rangesTouch(file->range(f.range, enc), p.range)) continue;
                add(&f, diagnosticFor(server, *project, *file, f, f.severity));
            }
            const auto support = editSupport(server);
            bool preferredGiven = false;
            for (std::size_t i = 0; i < findings.size(); ++i) {
                const auto& f = *findings[i];
                for (const auto& fix : f.fixes) {
                    auto edit = workspaceEditFor(*project, fix, support);
                    if (!edit) continue;
                    nlohmann::json action = {{"title", fix.title}, {"kind", "quickfix"}, {"edit", std::move(*edit)}};
                    if (!echoed[i].is_null()) action["diagnostics"] = nlohmann::json::array({echoed[i]});
                    // One preferred action per request, so "apply the preferred fix" is unambiguous.
                    if (fix.preferred && !preferredGiven) {
                        action["isPreferred"] = true;
                        preferredGiven = true;
                    }
                    actions.push_back(std::move(action));
                }
            }
        }

        nlohmann::json command = {{"title", kRecommendTitle},
                                  {"command", "stackls.recommendStack"},
                                  {"arguments", nlohmann::json::array({{{"root", project->rootUri}}})}};
        if (!literals) {
            actions.push_back(command);
        } else if (kindWanted(p.only, "source")) {
            actions.push_back({{"title", kRecommendTitle}, {"kind", "source"}, {"command", command}});
        }
        return actions;
    });
}

}  // namespace stackls::server
