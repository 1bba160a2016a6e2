// Builds the text edits behind code actions: declare use cases, ignore a rule, replace a token.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "knowledge/findings.h"
#include "knowledge/project_input.h"
#include "knowledge/stackls_config.h"

namespace stackls::knowledge {

// `"a"` for one id, `["a", "b"]` for several: the value of a useCase member.
std::string useCaseJsonValue(const std::vector<std::string>& ids);
// `# stackls: use-case=a,b`: the requirements-file declaration line (no line break).
std::string useCaseComment(const std::vector<std::string>& ids);

// Declares `ids` in the project's most specific place: package.json's "stackls" block
// (created when missing), else pyproject.toml's [tool.stackls] (created when missing; the
// edited file is parsed again and must stay valid TOML), else the first requirements file's
// comment line, else .stackls.json (created when missing). An existing declaration there is
// replaced. nullopt when the target file is too broken to edit safely (an unclosed object).
std::optional<Fix> declareUseCasesFix(const ProjectInput& project, const StacklsConfig* config,
                                      const std::vector<std::string>& ids, std::string title);

// Adds `ruleId` to the ignore list: package.json's stackls.ignore when the project has a
// package.json, else pyproject.toml's [tool.stackls] ignore, else .stackls.json's "ignore"
// (the file is created when missing).
std::optional<Fix> ignoreRuleFix(const ProjectInput& project, const StacklsConfig* config, std::string_view ruleId);

Fix replaceFix(std::string title, std::string file, manifest::ByteRange range, std::string newText);

}  // namespace stackls::knowledge
