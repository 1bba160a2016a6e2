// Word-level matching of free text against use-case names, and "did you mean" for unknown ids.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "knowledge/knowledge_base.h"

namespace stackls::knowledge {

// Lower-case runs of letters and digits: "Next.js Dashboard!" → {"next", "js", "dashboard"}.
// At most maxWords words are kept (descriptions come from outside).
std::vector<std::string> words(std::string_view text, std::size_t maxWords = 400);

// Whether `phrase` (already split into words) occurs in `text` as consecutive whole words.
bool containsPhrase(const std::vector<std::string>& text, const std::vector<std::string>& phrase);

// The use case a mistyped or informal id most likely means: an exact synonym or title
// ("machine-learning" → ai-ml), else the closest id by edit distance when close enough.
std::optional<std::string> suggestUseCase(const KnowledgeBase& kb, std::string_view unknownId);

std::size_t editDistance(std::string_view a, std::string_view b);

}  // namespace stackls::knowledge
