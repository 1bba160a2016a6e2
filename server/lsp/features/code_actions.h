// Code actions: quick fixes from the advisor's fixes and the "Recommend stack for this project" source action.
#pragma once

namespace stackls::server {

class Analysis;
class Server;

void registerCodeActions(Server& server, Analysis& analysis);

}  // namespace stackls::server
