// SARIF 2.1.0 output for `stackls check --format sarif`, shaped for GitHub code scanning.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "knowledge/advisor.h"
#include "knowledge/project_input.h"

namespace stackls::server {

// One run with every rule in tool.driver.rules (a name distinct from the id, descriptions,
// help, helpUri into docs/rules.md, default level, tags) and one result per finding:
// ruleId, ruleIndex, level, message, a physical location and partialFingerprints.
// Relative file names (relative to `srcRoot`, where check ran) get uriBaseId "%SRCROOT%",
// declared in originalUriBaseIds; absolute ones become file: URIs. Regions are 1-based with
// UTF-16 columns (columnKind). Levels: error → error, warning → warning, information →
// note, hint → none.
nlohmann::ordered_json toSarif(const std::vector<knowledge::ProjectInput>& inputs,
                               const std::vector<knowledge::ProjectReport>& reports,
                               const std::filesystem::path& srcRoot);

// Percent-encodes a relative path for a SARIF uri ('/' kept); absolute paths become file: URIs.
std::string sarifUri(const std::string& path);

}  // namespace stackls::server
