// One line per feature file: each registers its handlers, capabilities and listeners.
#include "server/features.h"

#include "server/analysis.h"
#include "server/code_actions.h"
#include "server/commands.h"
#include "server/diagnostics.h"
#include "server/document_links.h"
#include "server/code_lens.h"
#include "server/completion.h"
#include "server/hover.h"
#include "server/inlay_hints.h"
#include "server/server.h"
#include "server/watched_files.h"

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
