// The recommendation as JSON: one shape for `stackls recommend --format json`, the
// `recommendation` of each project in `stackls check --format json`, and the LSP command
// stackls.recommendStack (which adds a "source" line to each reason).
#pragma once

#include <nlohmann/json.hpp>

#include "knowledge/knowledge_base.h"
#include "knowledge/recommendation.h"
#include "support/json_writer.h"

namespace stackls::knowledge {

// Streamed, for the CLI's large outputs.
void writeRecommendation(support::JsonWriter& w, const KnowledgeBase& kb, const Recommendation& rec);
// The same members as a tree, for a language server reply.
nlohmann::json recommendationToJson(const KnowledgeBase& kb, const Recommendation& rec);

}  // namespace stackls::knowledge
