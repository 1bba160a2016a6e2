// didOpen / didChange / didSave / didClose: keeps the document store in step with the client.
#include <spdlog/spdlog.h>

#include "server/lsp/server.h"

namespace stackls::server {

void Server::registerTextSync() {
    registerNotification<protocol::DidOpenTextDocumentParams>(
        "textDocument/didOpen", [this](protocol::DidOpenTextDocumentParams& params) {
            // The store takes the text over (it may be megabytes); the URI is still needed here.
            if (auto error = documents_.open({params.textDocument.uri, std::move(params.textDocument.languageId),
                                              params.textDocument.version, std::move(params.textDocument.text)})) {
                spdlog::warn("not opening {}: {}", params.textDocument.uri, *error);
                logMessage(protocol::MessageType::Warning, "stackls ignores " + params.textDocument.uri + ": " + *error);
                return;
            }
            fire(documentChangedListeners_, "document changed", *documents_.get(params.textDocument.uri));
        });

    registerNotification<protocol::DidChangeTextDocumentParams>(
        "textDocument/didChange", [this](protocol::DidChangeTextDocumentParams& params) {
            const std::string& uri = params.textDocument.uri;
            if (auto error = documents_.change(uri, params.version, std::move(params.contentChanges), encoding_)) {
                // The store kept the previous text: a half-applied batch would be worse.
                spdlog::warn("dropped didChange for {}: {}", uri, *error);
                logMessage(protocol::MessageType::Warning,
                           "stackls dropped an edit to " + uri + " (" + *error + "); reopen the file to resync");
                return;
            }
            fire(documentChangedListeners_, "document changed", *documents_.get(uri));
        });

    registerNotification<protocol::DidSaveTextDocumentParams>(
        "textDocument/didSave", [this](const protocol::DidSaveTextDocumentParams& params) {
            if (const Document* doc = documents_.get(params.textDocument.uri)) {
                fire(documentSavedListeners_, "document saved", *doc);
            }
        });

    registerNotification<protocol::DidCloseTextDocumentParams>(
        "textDocument/didClose", [this](const protocol::DidCloseTextDocumentParams& params) {
            if (!documents_.close(params.textDocument.uri)) {
                spdlog::debug("didClose for {} which is not open", params.textDocument.uri);
                return;
            }
            fire(documentClosedListeners_, "document closed", params.textDocument.uri);
        });
}

}  // namespace stackls::server
