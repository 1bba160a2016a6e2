// Turns the advisor's fixes (byte-range edits and file creations, as data) into LSP WorkspaceEdits.
#pragma once

#include <optional>

#include <nlohmann/json.hpp>

#include "knowledge/findings.h"
#include "protocol/position.h"
#include "server/lsp/analysis.h"

namespace stackls::server {

class Server;

// What the client lets a WorkspaceEdit contain.
struct EditSupport {
    bool documentChanges = false;  // workspace.workspaceEdit.documentChanges
    bool createFiles = false;      // workspace.workspaceEdit.resourceOperations has "create"
    protocol::PositionEncoding encoding = protocol::PositionEncoding::Utf16;
};
EditSupport editSupport(const Server& server);

// nullopt when the fix cannot be offered safely: it edits a file the report did not read,
// an edit lies outside its file, it creates a file the client cannot create, or it would
// turn a valid JSON file (or a created .json file) into invalid JSON.
std::optional<nlohmann::json> workspaceEditFor(const ProjectState& project, const knowledge::Fix& fix,
                                               const EditSupport& support);

}  // namespace stackls::server
