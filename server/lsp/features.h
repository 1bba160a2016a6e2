// The list of LSP features (hover, diagnostics, ...) wired onto a Server.
#pragma once

namespace stackls::server {

class Analysis;
class Server;

// Calls each feature's register function with the server and the project store they
// share; see features.cpp and docs/server-internals.md.
void registerFeatures(Server& server, Analysis& analysis);

}  // namespace stackls::server
