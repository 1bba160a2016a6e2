// A project's files view the texts of its input; moving the state re-points them.
#include "server/lsp/project_state.h"

#include "server/lsp/document_paths.h"
#include "server/lsp/uri.h"
#include "support/paths.h"

namespace stackls::server {

namespace fs = std::filesystem;
namespace kn = stackls::knowledge;

std::vector<const kn::TextFile*> inputFiles(const kn::ProjectInput& input) {
    std::vector<const kn::TextFile*> out;
    if (input.packageJson) out.push_back(&input.packageJson->file);
    for (const auto& r : input.requirements) out.push_back(&r.file);
    for (const auto& m : input.pythonManifests) out.push_back(&m.file);
    if (input.config) out.push_back(&*input.config);
    if (input.userKnowledge) out.push_back(&*input.userKnowledge);
    return out;
}

namespace {

void pointTextsAt(const kn::ProjectInput& input, std::vector<ProjectFile>& files) {
    const auto sources = inputFiles(input);
    for (auto& f : files) f.text = f.source < sources.size() ? std::string_view(sources[f.source]->text) : std::string_view();
}

}  // namespace

// Every member is listed: one left out here would silently not move.
ProjectState::ProjectState(ProjectState&& other) noexcept
    : root(std::move(other.root)),
      rootUri(std::move(other.rootUri)),
      input(std::move(other.input)),
      report(std::move(other.report)),
      files(std::move(other.files)),
      generation(other.generation) {
    pointTextsAt(input, files);
}

ProjectState& ProjectState::operator=(ProjectState&& other) noexcept {
    root = std::move(other.root);
    rootUri = std::move(other.rootUri);
    input = std::move(other.input);
    report = std::move(other.report);
    files = std::move(other.files);
    generation = other.generation;
    pointTextsAt(input, files);
    return *this;
}

ProjectFile& ProjectState::addFile(std::size_t source) {
    const kn::TextFile& f = *inputFiles(input).at(source);
    ProjectFile& pf = files.emplace_back();
    pf.name = f.path;
    pf.path = fs::path(f.path).is_absolute() ? fs::path(f.path) : (root / f.path).lexically_normal();
    pf.source = source;
    pf.text = f.text;
    pf.lines = protocol::LineIndex(pf.text);
    return pf;
}

const ProjectFile* ProjectState::fileNamed(const std::string& name) const {
    for (const auto& f : files)
        if (f.name == name) return &f;
    return nullptr;
}

const ProjectFile* ProjectState::fileWithUri(const std::string& uri) const {
    for (const auto& f : files)
        if (f.uri == uri) return &f;
    auto path = pathOfUri(uri);
    if (!path) return nullptr;
    for (const auto& f : files)
        if (f.path == *path) return &f;
    return nullptr;
}

std::string ProjectState::uriFor(const std::string& name) const {
    if (const auto* f = fileNamed(name)) return f->uri;
    if (isSynthetic(root)) return {};
    fs::path p = fs::path(name).is_absolute() ? fs::path(name) : root / name;
    p = p.lexically_normal();
    if (!support::isInside(p, root)) return {};
    return pathToUri(p.generic_string());
}

}  // namespace stackls::server
