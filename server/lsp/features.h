// The list of LSP features (hover, diagnostics, ...) wired onto a Server.
#pragma once

namespace stackls::server {

class Server;

// Calls each feature's register function; see features.cpp and docs/server-internals.md.
void registerFeatures(Server& server);

}  // namespace stackls::server
