// One line per feature file: each registers its handlers, capabilities and listeners.
#include "server/lsp/features.h"

#include "server/lsp/analysis.h"
#include "server/lsp/features/code_actions.h"
#include "server/lsp/features/commands.h"
#include "server/lsp/diagnostics.h"
#include "server/lsp/features/document_links.h"
#include "server/lsp/features/code_lens.h"
#include "server/lsp/features/completion.h"
#include "server/lsp/features/hover.h"
#include "server/lsp/features/inlay_hints.h"
#include "server/lsp/server.h"
#include "server/lsp/features/watched_files.h"

namespace stackls::server {

void registerFeatures(Server& server) {
    registerAnalysis(server);  // first: the features below read its reports
    registerDiagnostics(server);
    registerCodeActions(server);
    registerCommands(server);
    registerDocumentLinks(server);
    registerWatchedFiles(server);
    registerHover(server);
    registerInlayHints(server);
    registerCodeLens(server);
    registerCompletion(server);
}

}  // namespace stackls::server
