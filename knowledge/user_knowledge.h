// A user's extra knowledge file: more packages and overridden fits, validated, applied over a knowledge base.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "knowledge/json_checker.h"
#include "knowledge/knowledge_base.h"

namespace stackls::knowledge {

// Format (every member optional):
// {
//   "packages": {"npm": [<catalogue entry>], "pypi": [<catalogue entry>]},
//   "fits": {"ai-ml": {"node": {"level": "fits", "reason": "we only run small pre-trained models"}}}
// }
// A catalogue entry is {name, role, summary, signals, equivalents?} as in packages-*.json.
// Added packages replace built-in ones of the same name. Returns the errors (with JSON
// paths into `fileName`); `kb` is changed only when there are none, so a broken file is
// reported and never half-applied.
std::vector<LoadError> applyUserKnowledge(KnowledgeBase& kb, std::string_view text, const std::string& fileName);

}  // namespace stackls::knowledge
