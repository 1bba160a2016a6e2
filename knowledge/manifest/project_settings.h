// Reads the members that .stackls.json and package.json's "stackls" block share beyond the
// use case: "rules" ({"<rule-id>": "<severity>"}) and "exclude" (globs). Ids and severities
// are kept as written; the advisor checks them against the rule table.
#pragma once

#include <string_view>
#include <vector>

#include "knowledge/manifest/json_reader.h"
#include "knowledge/manifest/model.h"

namespace stackls::manifest {

// `what` names the member in messages ("\"rules\"", "\"stackls.rules\"").
std::vector<RuleSetting> readRuleSettings(const json::Document& doc, const json::Node& rules, std::string_view what,
                                          std::vector<Problem>& problems);
std::vector<Located> readExcludeGlobs(const json::Document& doc, const json::Node& exclude, std::string_view what,
                                      std::vector<Problem>& problems);

}  // namespace stackls::manifest
