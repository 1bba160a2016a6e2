// `stackls check`: runs the advisor over workspaces on disk and prints findings as text, JSON or SARIF.
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace stackls::server {

// args are the words after "check":
//   [PATH…] [--use-case ID[,ID…]]… [--format text|json|sarif]
//   [--fail-on error|warning|information|never] [--knowledge FILE]
// Exit codes: 0 no finding at or above --fail-on (default error); 1 there is one;
// 2 usage or input error (unknown id, missing path, no manifests, broken --knowledge file).
int runCheck(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace stackls::server
