// What hover, inlay hints, code lens and completion need about one open document: its project, the file as analysed, its declaration.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "knowledge/manifest/manifest_kind.h"
#include "knowledge/manifest/model.h"
#include "server/lsp/analysis.h"
#include "server/lsp/documents.h"

namespace stackls::server {

class Server;

struct DocumentInProject {
    const Document* document = nullptr;
    const ProjectState* project = nullptr;
    const ProjectFile* file = nullptr;  // the same text as `document`
    manifest::ManifestKind kind = manifest::ManifestKind::PackageJson;
};

// nullopt when the document is not open, names no manifest, belongs to no project, or the
// project's report was computed from other text than the client's latest version (results
// for an older version must never be served).
std::optional<DocumentInProject> documentInProject(Server& server, Analysis& analysis, const std::string& uri);

// The use-case declaration written in `file`, whether or not it is the one that won.
std::optional<manifest::UseCaseDeclaration> declarationIn(const ProjectState& project, const ProjectFile& file,
                                                          manifest::ManifestKind kind);

// The model of a pyproject.toml, Pipfile or setup.cfg of the project; nullptr for other files.
const manifest::PythonManifest* pythonManifestIn(const ProjectState& project, const ProjectFile& file);

// Whether the client shows anything of `project`: one of its files is open. Hints and lenses
// of a project with none are never on screen, so its updates ask for no refresh.
bool hasOpenFile(const ProjectState& project);

// A boolean client capability at a JSON pointer ("/workspace/inlayHint/refreshSupport");
// false when absent or of another type.
bool clientFlag(const Server& server, std::string_view pointer);

// True when `offset` lies in [range.begin, range.end]: an editor's cursor right after a
// token still counts as on it.
inline bool touches(manifest::ByteRange range, std::size_t offset) { return range.begin <= offset && offset <= range.end; }

}  // namespace stackls::server
