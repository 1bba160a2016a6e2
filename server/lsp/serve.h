// Runs the language server with the given options: logging, transport, event loop.
#pragma once

#include "server/lsp/serve_options.h"

namespace stackls::server {

// Serves one client over stdio or one TCP connection; returns the process exit code
// (0 after shutdown+exit, 1 when the client exits without shutdown or disappears).
int serve(const ServeOptions& options);

}  // namespace stackls::server
