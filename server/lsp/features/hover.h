// textDocument/hover: dependency cards, the use-case comparison on a declaration, and a finding's reasoning.
#pragma once

namespace stackls::server {

class Analysis;
class Server;

void registerHover(Server& server, Analysis& analysis);

}  // namespace stackls::server
