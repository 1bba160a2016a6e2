// Diagnostics: the advisor's findings for each open manifest, pushed (or pulled when the client supports pull).
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "knowledge/findings.h"
#include "server/lsp/analysis.h"

namespace stackls::server {

class Server;

// The finding a diagnostic the client sent back refers to in the current report: by `data`
// when present, else by `code` and an overlapping range in `file`. nullptr when none.
const knowledge::Finding* findingForDiagnostic(const ProjectState& project, const ProjectFile& file,
                                               const nlohmann::json& diagnostic, protocol::PositionEncoding enc);

// One finding as an LSP Diagnostic at the severity the settings give it (for a code
// action's context), written by the same writer as the published ones. Its `data` holds
// rule, file, use case, dependency and its ordinal among findings sharing those, so a code
// action finds the finding again after edits moved it (clients send ranges back
// converted, Neovim in bytes).
nlohmann::json diagnosticFor(const Server& server, const ProjectState& project, const ProjectFile& file,
                             const knowledge::Finding& finding, knowledge::Severity severity);

// The params of a textDocument/publishDiagnostics for `file`: uri, version when open, and
// diagnosticFor() of every finding in it that the settings do not turn off, written as JSON
// text (pushed after every edit, so no tree is built).
std::string publishParamsText(const Server& server, const ProjectState& project, const ProjectFile& file);

void registerDiagnostics(Server& server, Analysis& analysis);

}  // namespace stackls::server
