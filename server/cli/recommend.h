// `stackls recommend`: a stack recommendation for given use cases or for a workspace, as Markdown or JSON.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "knowledge/knowledge_base.h"
#include "knowledge/recommendation.h"
#include "server/cli/json_writer.h"

namespace stackls::server {

// args are the words after "recommend": [PATH] [--use-case ID[,ID…]]… [--format markdown|json] [--knowledge FILE]
// With --use-case the recommendation is for those use cases (PATH, when given, only tells
// which stack is current); without, it is for the use cases declared or inferred across
// the workspace's projects. Exit codes: 0 done, 2 bad input or nothing to go on.
int runRecommend(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

// The recommendation object shared by `stackls recommend --format json`, the `recommendation`
// of each project in `stackls check --format json`, and the LSP command stackls.recommendStack
// (which adds "markdown").
void writeRecommendation(JsonWriter& w, const knowledge::KnowledgeBase& kb, const knowledge::Recommendation& rec);
nlohmann::ordered_json recommendationToJson(const knowledge::KnowledgeBase& kb, const knowledge::Recommendation& rec);

}  // namespace stackls::server
