// One keystroke in an open package.json, applied to its project without reading the file
// again: the model is patched (knowledge/manifest/package_json_patch.h) and advised anew.
#pragma once

#include "knowledge/advisor.h"
#include "knowledge/knowledge_base.h"
#include "server/lsp/documents.h"
#include "server/lsp/project_state.h"

namespace stackls::server {

// `doc` is the project's package.json, whose last change (Document::lastEdit) was made to the
// very text `state` holds. When the change stays inside a string the model stores, updates
// the state's text, model, line index, version and report to what a recompute from `doc`
// would give, and answers true; otherwise answers false with `state` unchanged.
bool patchPackageJsonEdit(ProjectState& state, const Document& doc, const knowledge::KnowledgeBase& kb,
                          const knowledge::AdviceOptions& options);

}  // namespace stackls::server
