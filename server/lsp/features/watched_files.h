// Watched files: asks the client to report manifest changes on disk, and re-reads them.
#pragma once

namespace stackls::server {

class Server;

void registerWatchedFiles(Server& server);

}  // namespace stackls::server
