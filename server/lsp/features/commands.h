// workspace/executeCommand commands: stackls.recommendStack, stackls.declareUseCase, stackls.explain.
#pragma once

#include <nlohmann/json.hpp>

namespace stackls::server {

class Server;

// The result of stackls.recommendStack for `arguments` (the command's argument array), or
// a -32602 message in `error`. Exposed for tests.
nlohmann::json recommendStack(Server& server, const nlohmann::json& arguments, std::string& error);

void registerCommands(Server& server);

}  // namespace stackls::server
