// Finds an open document's project and declaration for the presentation features.
#include "server/lsp/presentation_context.h"

#include "knowledge/stackls_config.h"
#include "server/lsp/server.h"

namespace stackls::server {

std::optional<DocumentInProject> documentInProject(Server& server, Analysis& analysis, const std::string& uri) {
    const Document* doc = server.documents().get(uri);
    if (!doc) return std::nullopt;
    auto kind = manifest::manifestKindForPath(doc->fileName());
    if (!kind) return std::nullopt;
    const ProjectState* project = analysis.projectFor(uri);
    if (!project) return std::nullopt;
    const ProjectFile* file = project->fileWithUri(uri);
    // The revision, not the text: comparing a 5 MB text on every hover cost a millisecond.
    if (!file || file->revision != doc->revision) return std::nullopt;
    return DocumentInProject{doc, project, file, *kind};
}

bool hasOpenFile(const ProjectState& project) {
    for (const auto& f : project.files)
        if (f.version) return true;
    return false;
}

bool clientFlag(const Server& server, std::string_view pointer) {
    // Walked by hand: json_pointer lookups throw on a non-object midway, and clients send odd shapes.
    const nlohmann::json* node = &server.clientCapabilities().raw;
    while (!pointer.empty()) {
        pointer.remove_prefix(1);  // the leading '/'
        std::string_view key = pointer.substr(0, pointer.find('/'));
        pointer.remove_prefix(key.size());
        if (!node->is_object()) return false;
        auto it = node->find(key);
        if (it == node->end()) return false;
        node = &*it;
    }
    return node->is_boolean() && node->get<bool>();
}

const manifest::PythonManifest* pythonManifestIn(const ProjectState& project, const ProjectFile& file) {
    for (const auto& m : project.input.pythonManifests)
        if (m.file.path == file.name) return &m.model;
    return nullptr;
}

std::optional<manifest::UseCaseDeclaration> declarationIn(const ProjectState& project, const ProjectFile& file,
                                                          manifest::ManifestKind kind) {
    const auto& input = project.input;
    switch (kind) {
        case manifest::ManifestKind::PackageJson:
            if (input.packageJson && input.packageJson->file.path == file.name && input.packageJson->model.stackls)
                return input.packageJson->model.stackls->useCase;
            return std::nullopt;
        case manifest::ManifestKind::Requirements:
            for (const auto& r : input.requirements) {
                if (r.file.path == file.name) return r.model.useCase;
            }
            return std::nullopt;
        case manifest::ManifestKind::StacklsConfig:
            return knowledge::parseStacklsConfig(file.text).useCase;
        case manifest::ManifestKind::PyProject:
            if (const auto* m = pythonManifestIn(project, file)) return m->useCase;
            return std::nullopt;
        default:
            return std::nullopt;
    }
}

}  // namespace stackls::server
