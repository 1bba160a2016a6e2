// Watched files: asks the client to report manifest changes on disk, and re-reads them.
#pragma once

namespace stackls::server {

class Analysis;
class Server;

void registerWatchedFiles(Server& server, Analysis& analysis);

}  // namespace stackls::server
