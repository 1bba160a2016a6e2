// Document links: each -r/-c include of a requirements file opens the file it names.
#pragma once

namespace stackls::server {

class Server;

void registerDocumentLinks(Server& server);

}  // namespace stackls::server
