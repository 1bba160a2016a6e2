// One line per feature file: each registers its handlers, capabilities and listeners.
#include "server/features.h"

#include "server/analysis.h"
#include "server/code_lens.h"
#include "server/completion.h"
#include "server/hover.h"
#include "server/inlay_hints.h"
#include "server/server.h"

namespace stackls::server {

void registerFeatures(Server& server) {
    registerAnalysis(server);  // first: the features below read its reports
    registerHover(server);
    registerInlayHints(server);
    registerCodeLens(server);
    registerCompletion(server);
}

}  // namespace stackls::server
