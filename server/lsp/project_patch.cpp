// Patches a project after an edit inside one string of its open package.json.
#include "server/lsp/project_patch.h"

#include "knowledge/manifest/package_json_patch.h"

namespace stackls::server {

bool patchPackageJsonEdit(ProjectState& state, const Document& doc, const knowledge::KnowledgeBase& kb,
                          const knowledge::AdviceOptions& options) {
    if (!doc.lastEdit || !state.input.packageJson) return false;
    const Document::Edit& edit = *doc.lastEdit;
    ProjectFile* file = nullptr;
    for (auto& f : state.files)
        if (f.source == 0 && f.uri == doc.uri) file = &f;
    // The state must hold exactly the text the edit was made to.
    if (!file || file->revision != edit.fromRevision) return false;
    std::string& text = state.input.packageJson->file.text;
    if (edit.begin > edit.end || edit.end > text.size() ||
        text.size() - (edit.end - edit.begin) + edit.insertedLength != doc.text.size())
        return false;
    const std::string_view inserted = std::string_view(doc.text).substr(edit.begin, edit.insertedLength);
    if (!manifest::patchPackageJson(state.input.packageJson->model, text, doc.text, {edit.begin, edit.end, inserted}))
        return false;
    text.replace(edit.begin, edit.end - edit.begin, inserted);
    file->text = text;
    file->lines = doc.lines;
    file->version = doc.version;
    file->revision = doc.revision;
    state.report = knowledge::advise(kb, state.input, options, std::move(state.report));
    return true;
}

}  // namespace stackls::server
