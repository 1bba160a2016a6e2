// `stackls recommend`: a stack recommendation for given use cases or for a workspace, as Markdown or JSON.
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace stackls::server {

// args are the words after "recommend": [PATH] [--use-case ID[,ID…]]… [--format markdown|json] [--knowledge FILE]
// With --use-case the recommendation is for those use cases (PATH, when given, only tells
// which stack is current); without, it is for the use cases declared or inferred across
// the workspace's projects. Exit codes: 0 done, 2 bad input or nothing to go on.
int runRecommend(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace stackls::server
