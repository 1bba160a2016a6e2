// Patches a project after an edit inside one string of its package.json or one line of a
// requirements file.
#include "server/lsp/project_patch.h"

#include <functional>

#include "knowledge/manifest/package_json_patch.h"
#include "knowledge/manifest/requirements_patch.h"

namespace stackls::server {

bool patchManifestEdit(ProjectState& state, const Document& doc, const knowledge::KnowledgeBase& kb,
                       const knowledge::AdviceOptions& options) {
    if (!doc.lastEdit) return false;
    const Document::Edit& edit = *doc.lastEdit;
    ProjectFile* file = nullptr;
    for (auto& f : state.files)
        if (f.uri == doc.uri) file = &f;
    // The state must hold exactly the text the edit was made to.
    if (!file || file->revision != edit.fromRevision) return false;
    // The manifest the file is, with its model's patch.
    const knowledge::TextFile* source = inputFiles(state.input).at(file->source);
    knowledge::TextFile* manifestFile = nullptr;
    std::function<bool(std::string_view, const manifest::TextChange&)> patch;
    if (state.input.packageJson && source == &state.input.packageJson->file) {
        manifestFile = &state.input.packageJson->file;
        patch = [&](std::string_view old, const manifest::TextChange& c) {
            return manifest::patchPackageJson(state.input.packageJson->model, old, doc.text, c);
        };
    }
    for (auto& r : state.input.requirements)
        if (source == &r.file) {
            manifestFile = &r.file;
            patch = [&](std::string_view old, const manifest::TextChange& c) {
                return manifest::patchRequirements(r.model, old, doc.text, c);
            };
        }
    if (!manifestFile) return false;
    std::string& text = manifestFile->text;
    if (edit.begin > edit.end || edit.end > text.size() ||
        text.size() - (edit.end - edit.begin) + edit.insertedLength != doc.text.size())
        return false;
    const manifest::TextChange change{edit.begin, edit.end,
                                      std::string_view(doc.text).substr(edit.begin, edit.insertedLength)};
    const bool patched = patch(text, change);
    if (!patched) return false;
    text.replace(edit.begin, edit.end - edit.begin, change.inserted);
    file->text = text;
    file->lines = doc.lines;
    file->version = doc.version;
    file->revision = doc.revision;
    state.report = knowledge::advise(kb, state.input, options, std::move(state.report));
    return true;
}

}  // namespace stackls::server
