// Markdown renderings shared by the CLI and the language server: recommendation, use-case comparison, package card.
#pragma once

#include <string>
#include <string_view>

#include "knowledge/knowledge_base.h"
#include "knowledge/recommendation.h"

namespace stackls::knowledge {

// The whole recommendation: verdict, score table per use case and dimension, reasons with
// their sources, and what helps the weaker side.
std::string recommendationMarkdown(const KnowledgeBase& kb, const Recommendation& rec);

// A use case side by side: fit per technology with reasons, then each dimension that
// matters to it with both positions (for hovers over a declared use case).
std::string useCaseComparisonMarkdown(const KnowledgeBase& kb, std::string_view useCaseId);

// What stackls knows about one dependency (for hovers over a package name).
std::string packageMarkdown(const KnowledgeBase& kb, Tech ecosystem, const Package& package);

}  // namespace stackls::knowledge
