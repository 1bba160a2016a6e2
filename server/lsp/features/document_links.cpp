// Answers textDocument/documentLink for requirements files: include and constraint targets as file links.
#include "server/lsp/features/document_links.h"

#include <filesystem>

#include "knowledge/manifest/manifest_kind.h"
#include "knowledge/manifest/requirements.h"
#include "server/lsp/server.h"
#include "server/lsp/uri.h"

namespace stackls::server {

namespace fs = std::filesystem;

namespace {

constexpr std::size_t kMaxLinks = 1000;

// The entry records the target but not where it is written: find it on the entry's line
// (after the option, so "-r requirements.txt" inside a longer name is not mistaken).
std::optional<manifest::ByteRange> targetRange(const std::string& text, const manifest::RequirementEntry& e) {
    if (!e.path || e.path->empty() || e.range.end > text.size() || e.range.begin > e.range.end) return std::nullopt;
    std::string_view line(text.data() + e.range.begin, e.range.end - e.range.begin);
    auto at = line.rfind(*e.path);
    if (at == std::string_view::npos) return std::nullopt;  // written through ${VARIABLES}
    return manifest::ByteRange{e.range.begin + at, e.range.begin + at + e.path->size()};
}

}  // namespace

void registerDocumentLinks(Server& server) {
    server.addCapabilities([](const protocol::ClientCapabilities&, nlohmann::json& caps) {
        caps["documentLinkProvider"] = {{"resolveProvider", false}};
    });
    server.registerRequest<protocol::TextDocumentParams>(
        "textDocument/documentLink", [&server](const protocol::TextDocumentParams& p) -> nlohmann::json {
            nlohmann::json links = nlohmann::json::array();
            const Document* doc = server.documents().get(p.textDocument.uri);
            if (!doc) return links;
            auto path = uriToPath(doc->uri);
            if (!path) return links;  // untitled: no folder to resolve against
            // The whole path: requirements/dev.txt is a requirements file by its folder.
            if (manifest::manifestKindForPath(*path) != manifest::ManifestKind::Requirements) return links;
            const fs::path dir = fs::path(*path).parent_path();
            for (const auto& e : manifest::parseRequirements(doc->text).entries) {
                if (links.size() >= kMaxLinks) break;
                if (e.kind != manifest::RequirementKind::Include && e.kind != manifest::RequirementKind::Constraint) continue;
                auto range = targetRange(doc->text, e);
                if (!range) continue;
                // pip never fetches includes from URLs for us, and neither do we link them as files.
                if (e.path->find("://") != std::string::npos) continue;
                fs::path target = fs::path(*e.path).is_absolute() ? fs::path(*e.path) : dir / *e.path;
                std::string tooltip = e.kind == manifest::RequirementKind::Include ? "Open the included requirements"
                                                                                   : "Open the constraints file";
                links.push_back({{"range", protocol::toJson(doc->range(range->begin, range->end, server.positionEncoding()))},
                                 {"target", pathToUri(target.lexically_normal().generic_string())},
                                 {"tooltip", tooltip}});
            }
            return links;
        });
}

}  // namespace stackls::server
