// `stackls check`: runs the advisor over workspaces on disk and prints findings as text, JSON, SARIF or GitHub annotations.
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace stackls::server {

// args are the words after "check":
//   [PATH…] [--use-case ID[,ID…]]… [--format text|json|sarif|github]
//   [--fail-on error|warning|information|never] [--knowledge FILE]
//   [--select RULE[,RULE…]]… [--ignore RULE[,RULE…]]… [--exclude GLOB]… [--config FILE]
// Exit codes: 0 no finding at or above --fail-on (default error); 1 there is one;
// 2 usage or input error (unknown id, missing path, no manifests, broken --knowledge file).
int runCheck(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace stackls::server
