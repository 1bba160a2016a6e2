// Builds WorkspaceEdits from fixes, checking each result before a client may apply it.
#include "server/lsp/fix_edits.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <system_error>

#include "protocol/json_parse.h"
#include "protocol/lsp_types.h"
#include "server/lsp/server.h"

namespace stackls::server {

namespace kn = stackls::knowledge;

namespace {

bool isJsonName(const std::string& name) {
    return name.size() >= 5 && name.compare(name.size() - 5, 5, ".json") == 0;
}

bool validJson(std::string_view text) {
    std::string error;
    return protocol::parseJson(text, error).has_value();
}

bool hasCreate(const nlohmann::json& raw) {
    const nlohmann::json* node = &raw;
    for (const char* key : {"workspace", "workspaceEdit", "resourceOperations"}) {
        if (!node->is_object()) return false;
        auto it = node->find(key);
        if (it == node->end()) return false;
        node = &*it;
    }
    if (!node->is_array()) return false;
    return std::any_of(node->begin(), node->end(), [](const nlohmann::json& v) { return v == "create"; });
}

}  // namespace

EditSupport editSupport(const Server& server) {
    EditSupport s;
    s.documentChanges = server.clientCapabilities().documentChanges;
    s.createFiles = s.documentChanges && hasCreate(server.clientCapabilities().raw);
    s.encoding = server.positionEncoding();
    return s;
}

std::optional<nlohmann::json> workspaceEditFor(const ProjectState& project, const kn::Fix& fix,
                                               const EditSupport& support) {
    // Edits grouped per file, in the order the files first appear.
    std::vector<const ProjectFile*> order;
    std::map<const ProjectFile*, std::vector<const kn::TextEdit*>> byFile;
    for (const auto& e : fix.edits) {
        const ProjectFile* f = project.fileNamed(e.file);
        if (!f || e.range.begin > e.range.end || e.range.end > f->text.size()) return std::nullopt;
        if (!byFile.count(f)) order.push_back(f);
        byFile[f].push_back(&e);
    }
    for (const auto* f : order) {
        auto edits = byFile[f];
        std::sort(edits.begin(), edits.end(), [](auto* a, auto* b) { return a->range.begin > b->range.begin; });
        std::string result(f->text);
        std::size_t limit = result.size();
        for (const auto* e : edits) {
            if (e->range.end > limit) return std::nullopt;  // overlapping edits
            result.replace(e->range.begin, e->range.end - e->range.begin, e->newText);
            limit = e->range.begin;
        }
        // A file that was valid JSON must stay valid; one that was broken is not made worse
        // by our checking, only by the edit, which we cannot judge then.
        if (isJsonName(f->name) && validJson(f->text) && !validJson(result)) return std::nullopt;
    }
    for (const auto& c : fix.creations) {
        if (!support.createFiles) return std::nullopt;
        if (isJsonName(c.file) && !validJson(c.content)) return std::nullopt;
        if (project.uriFor(c.file).empty()) return std::nullopt;
        // The advisor creates only missing files; one that appeared since would get the
        // content inserted into it.
        std::error_code ec;
        auto path = std::filesystem::path(c.file).is_absolute() ? std::filesystem::path(c.file) : project.root / c.file;
        if (std::filesystem::exists(path, ec) || project.fileNamed(c.file)) return std::nullopt;
    }

    auto editsJson = [&](const ProjectFile* f) {
        nlohmann::json list = nlohmann::json::array();
        for (const auto* e : byFile[f]) {
            list.push_back(protocol::toJson(protocol::TextEdit{f->range(e->range, support.encoding), e->newText}));
        }
        return list;
    };
    if (!support.documentChanges) {
        nlohmann::json changes = nlohmann::json::object();
        for (const auto* f : order) changes[f->uri] = editsJson(f);
        return nlohmann::json{{"changes", std::move(changes)}};
    }
    nlohmann::json documentChanges = nlohmann::json::array();
    for (const auto& c : fix.creations) {
        auto uri = project.uriFor(c.file);
        documentChanges.push_back({{"kind", "create"}, {"uri", uri}, {"options", {{"ignoreIfExists", true}}}});
        protocol::Range start{{0, 0}, {0, 0}};
        documentChanges.push_back({{"textDocument", {{"uri", uri}, {"version", nullptr}}},
                                   {"edits", {protocol::toJson(protocol::TextEdit{start, c.content})}}});
    }
    for (const auto* f : order) {
        nlohmann::json version = f->version ? nlohmann::json(*f->version) : nlohmann::json(nullptr);
        documentChanges.push_back({{"textDocument", {{"uri", f->uri}, {"version", version}}}, {"edits", editsJson(f)}});
    }
    return nlohmann::json{{"documentChanges", std::move(documentChanges)}};
}

}  // namespace stackls::server
