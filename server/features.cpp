// One line per feature file: each registers its handlers, capabilities and listeners.
#include "server/features.h"

#include "server/server.h"

namespace stackls::server {

void registerFeatures(Server& server) {
    (void)server;  // features add `registerHover(server);` etc. here
}

}  // namespace stackls::server
