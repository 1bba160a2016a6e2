// Reads a project's .stackls.json ({useCase, ignore, rules, exclude, knowledge}) with byte ranges, never failing.
#pragma once

#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "knowledge/manifest/model.h"

namespace stackls::knowledge {

struct StacklsConfig {
    std::optional<manifest::UseCaseDeclaration> useCase;  // a string or an array of strings
    std::vector<manifest::Located> ignore;                 // rule ids to silence
    std::optional<manifest::ByteRange> ignoreArray;        // '[' through ']' of "ignore"
    std::vector<manifest::RuleSetting> rules;              // "rules": {"<rule-id>": "<severity>"}
    std::vector<manifest::Located> exclude;                // globs relative to the file's folder
    std::optional<manifest::Located> knowledge;            // path of an extra knowledge file, relative to the project
    std::optional<manifest::ObjectSpan> root;              // absent when the text holds no object
    std::vector<manifest::Problem> problems;               // syntax errors, wrong types, unknown members
};

StacklsConfig parseStacklsConfig(std::string_view text);

// The members .stackls.json may hold, as schemas/stackls.schema.json lists them (a test
// checks that the two agree); "$schema" is allowed too.
std::span<const std::string_view> stacklsConfigMembers();

// The severity names a "rules" entry may give: severityName() of each Severity, then "off".
std::span<const std::string_view> ruleLevelNames();

}  // namespace stackls::knowledge
