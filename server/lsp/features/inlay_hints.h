// textDocument/inlayHint: a dependency's role after it, the fit after each declared use case; refreshed when a project's hints change.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "knowledge/knowledge_base.h"
#include "knowledge/manifest/manifest_kind.h"
#include "server/lsp/analysis.h"

namespace stackls::server {

class Analysis;
class Server;

// One hint before it is placed: a byte offset into the file's text.
struct PlannedHint {
    std::size_t offset = 0;
    std::string label;
    std::string tooltip;
};

// The hints for one file of a project, in file order.
std::vector<PlannedHint> planInlayHints(const knowledge::KnowledgeBase& kb, const ProjectState& project,
                                        const ProjectFile& file, manifest::ManifestKind kind);

void registerInlayHints(Server& server, Analysis& analysis);

}  // namespace stackls::server
