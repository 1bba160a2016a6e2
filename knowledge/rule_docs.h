// What each rule is for, in words for people: the name, description and advice that SARIF
// consumers and other reports show next to a finding. docs/rules.md says the same at length.
#pragma once

#include <string_view>

namespace stackls::knowledge {

struct RuleDoc {
    std::string_view id;           // a rule id from rules()
    std::string_view name;         // UpperCamelCase, distinct from the id
    std::string_view description;  // what the rule checks and why, a few sentences
    std::string_view fix;          // how to fix it
    std::string_view tags;         // comma-separated, for SARIF's properties.tags
};

// The entry for a rule id; nullptr for an unknown id. Every rule in rules() has one.
const RuleDoc* ruleDoc(std::string_view id);

}  // namespace stackls::knowledge
