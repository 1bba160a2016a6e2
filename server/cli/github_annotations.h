// `stackls check --format github`: one GitHub Actions workflow command per finding, which
// GitHub shows as an annotation on the file and line.
#pragma once

#include <string>
#include <string_view>

#include "knowledge/advisor.h"
#include "knowledge/project_input.h"

namespace stackls::server {

// `::error file=F,line=L,col=C,endLine=L2,endColumn=C2,title=RULE::MESSAGE` lines for one
// project (1-based lines, UTF-16 columns). Levels: error → error, warning → warning,
// information and hint → notice.
std::string githubAnnotations(const knowledge::ProjectInput& input, const knowledge::ProjectReport& report);

// GitHub's escaping: in the message, %, CR and LF; in a property value also ':' and ','.
std::string escapeWorkflowData(std::string_view text);
std::string escapeWorkflowProperty(std::string_view text);

}  // namespace stackls::server
