// One line per feature file: each registers its handlers, capabilities and listeners on the
// server, and reads the projects through the Analysis it is given.
#include "server/lsp/features.h"

#include "server/lsp/analysis.h"
#include "server/lsp/diagnostics.h"
#include "server/lsp/features/code_actions.h"
#include "server/lsp/features/code_lens.h"
#include "server/lsp/features/commands.h"
#include "server/lsp/features/completion.h"
#include "server/lsp/features/document_links.h"
#include "server/lsp/features/hover.h"
#include "server/lsp/features/inlay_hints.h"
#include "server/lsp/features/watched_files.h"
#include "server/lsp/server.h"

namespace stackls::server {

void registerFeatures(Server& server, Analysis& analysis) {
    registerDiagnostics(server, analysis);
    registerCodeActions(server, analysis);
    registerCommands(server, analysis);
    registerDocumentLinks(server);
    registerWatchedFiles(server, analysis);
    registerHover(server, analysis);
    registerInlayHints(server, analysis);
    registerCodeLens(server, analysis);
    registerCompletion(server, analysis);
}

}  // namespace stackls::server
