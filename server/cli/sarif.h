// SARIF 2.1.0 output for `stackls check --format sarif`, shaped for GitHub code scanning.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "knowledge/advisor.h"
#include "knowledge/project_input.h"

namespace stackls::server {

// One run with every rule in tool.driver.rules and one result per finding: ruleId,
// ruleIndex, level (error/warning/note), message and a physical location whose
// artifactLocation.uri is the file relative to the invocation directory (percent-encoded)
// and whose region is 1-based with UTF-16 columns, as SARIF's default columnKind says.
nlohmann::ordered_json toSarif(const std::vector<knowledge::ProjectInput>& inputs,
                               const std::vector<knowledge::ProjectReport>& reports);

// Percent-encodes a relative path for a SARIF uri ('/' kept); absolute paths become file: URIs.
std::string sarifUri(const std::string& path);

}  // namespace stackls::server
