// workspace/executeCommand commands: stackls.recommendStack, stackls.declareUseCase, stackls.explain.
#pragma once

namespace stackls::server {

class Analysis;
class Server;

void registerCommands(Server& server, Analysis& analysis);

}  // namespace stackls::server
