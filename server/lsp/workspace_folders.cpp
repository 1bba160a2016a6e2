// Workspace folders: from initialize (folders, rootUri or rootPath) and later changes.
#include <algorithm>

#include <spdlog/spdlog.h>

#include "server/lsp/server.h"
#include "server/lsp/uri.h"

namespace stackls::server {
namespace {

// Eglot sends root URIs with a trailing slash; compare folders without it.
std::string normalizeFolderUri(std::string uri) {
    while (uri.size() > 8 && uri.back() == '/') uri.pop_back();
    return uri;
}

void addFolder(std::vector<protocol::WorkspaceFolder>& folders, protocol::WorkspaceFolder folder, std::size_t max) {
    folder.uri = normalizeFolderUri(std::move(folder.uri));
    if (folder.name.empty()) folder.name = uriFileName(folder.uri);
    const bool known = std::any_of(folders.begin(), folders.end(),
                                   [&](const protocol::WorkspaceFolder& f) { return f.uri == folder.uri; });
    if (known) return;
    if (folders.size() >= max) {
        spdlog::warn("ignoring workspace folder {}: more than {} folders", folder.uri, max);
        return;
    }
    folders.push_back(std::move(folder));
}

}  // namespace

void Server::setInitialFolders(const protocol::InitializeParams& params) {
    folders_.clear();
    if (params.workspaceFolders) {
        for (const auto& folder : *params.workspaceFolders) addFolder(folders_, folder, kMaxWorkspaceFolders);
    } else if (params.rootUri) {
        addFolder(folders_, {*params.rootUri, ""}, kMaxWorkspaceFolders);
    } else if (params.rootPath && !params.rootPath->empty()) {
        addFolder(folders_, {pathToUri(*params.rootPath), ""}, kMaxWorkspaceFolders);
    }
}

void Server::registerWorkspaceFolders() {
    registerNotification<protocol::DidChangeWorkspaceFoldersParams>(
        "workspace/didChangeWorkspaceFolders", [this](const protocol::DidChangeWorkspaceFoldersParams& params) {
            for (const auto& removed : params.removed) {
                const std::string uri = normalizeFolderUri(removed.uri);
                std::erase_if(folders_, [&](const protocol::WorkspaceFolder& f) { return f.uri == uri; });
            }
            for (const auto& folder : params.added) addFolder(folders_, folder, kMaxWorkspaceFolders);
            fire(foldersChangedListeners_, "workspace folders changed");
            pullConfiguration();  // the new folders' own settings
        });
}

}  // namespace stackls::server
