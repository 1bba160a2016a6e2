// textDocument/codeLens: the project's fit summary above each dependency block, running stackls.recommendStack (for editors without inlay hints).
#pragma once

#include <string>

#include "knowledge/advisor.h"
#include "knowledge/knowledge_base.h"

namespace stackls::server {

class Analysis;
class Server;

// "ai-ml · Node.js: weak fit · Python: strong fit" for one use case; for several, the ids
// and the recommended stack. Empty when the report has no use case to go on.
std::string codeLensTitle(const knowledge::KnowledgeBase& kb, const knowledge::ProjectReport& report);

void registerCodeLens(Server& server, Analysis& analysis);

}  // namespace stackls::server
