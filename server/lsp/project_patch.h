// One keystroke in an open package.json or requirements file, applied to its project without
// reading the file again: the model is patched (knowledge/manifest/*_patch.h) and advised anew.
#pragma once

#include "knowledge/advisor.h"
#include "knowledge/knowledge_base.h"
#include "server/lsp/documents.h"
#include "server/lsp/project_state.h"

namespace stackls::server {

// `doc` is one of the project's manifests, whose last change (Document::lastEdit) was made to
// the very text `state` holds. When the change is one the manifest's patch takes (inside one
// string of a package.json, inside one requirement line), updates the state's text, model,
// line index, version and report to what a recompute from `doc` would give, and answers true;
// otherwise answers false with `state` unchanged.
bool patchManifestEdit(ProjectState& state, const Document& doc, const knowledge::KnowledgeBase& kb,
                       const knowledge::AdviceOptions& options);

}  // namespace stackls::server
