// Typed LSP structures stackls uses, with their JSON conversions in one place.
// Like clangd's Protocol.h this does not mirror the specification: it holds only the
// fields some part of stackls reads or writes. Add a field when a feature needs it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "protocol/position.h"

namespace stackls::protocol {

// ---------------------------------------------------------------- reading params
// Each fromJson returns false and sets `error` to "field.path: what is wrong".

bool fromJson(const nlohmann::json&, Position&, std::string& error);
bool fromJson(const nlohmann::json&, Range&, std::string& error);

// Params of requests that take none (shutdown): absent, null or an empty object.
struct NoParams {};
bool fromJson(const nlohmann::json&, NoParams&, std::string& error);

struct TextDocumentIdentifier {
    std::string uri;
};
bool fromJson(const nlohmann::json&, TextDocumentIdentifier&, std::string& error);

struct TextDocumentItem {
    std::string uri;
    std::string languageId;
    int version = 0;
    std::string text;
};

struct DidOpenTextDocumentParams {
    TextDocumentItem textDocument;
};
bool fromJson(const nlohmann::json&, DidOpenTextDocumentParams&, std::string& error);
// The same, taking the document text out of `j` instead of copying it (it may be megabytes).
bool fromJson(nlohmann::json&& j, DidOpenTextDocumentParams&, std::string& error);

struct TextDocumentContentChangeEvent {
    std::optional<Range> range;  // absent: the text replaces the whole document
    std::string text;
};

struct DidChangeTextDocumentParams {
    TextDocumentIdentifier textDocument;
    std::optional<int> version;
    std::vector<TextDocumentContentChangeEvent> contentChanges;
};
bool fromJson(const nlohmann::json&, DidChangeTextDocumentParams&, std::string& error);
// The same, taking the changes' texts out of `j` instead of copying them.
bool fromJson(nlohmann::json&& j, DidChangeTextDocumentParams&, std::string& error);

struct DidCloseTextDocumentParams {
    TextDocumentIdentifier textDocument;
};
bool fromJson(const nlohmann::json&, DidCloseTextDocumentParams&, std::string& error);

struct DidSaveTextDocumentParams {
    TextDocumentIdentifier textDocument;
    std::optional<std::string> text;
};
bool fromJson(const nlohmann::json&, DidSaveTextDocumentParams&, std::string& error);

// Params of requests that name only a document (codeLens, documentLink, diagnostic pull).
struct TextDocumentParams {
    TextDocumentIdentifier textDocument;
};
bool fromJson(const nlohmann::json&, TextDocumentParams&, std::string& error);

struct TextDocumentPositionParams {
    TextDocumentIdentifier textDocument;
    Position position;
};
bool fromJson(const nlohmann::json&, TextDocumentPositionParams&, std::string& error);

// Params of requests about a range of a document (inlayHint).
struct TextDocumentRangeParams {
    TextDocumentIdentifier textDocument;
    Range range;
};
bool fromJson(const nlohmann::json&, TextDocumentRangeParams&, std::string& error);

struct WorkspaceFolder {
    std::string uri;
    std::string name;
};
bool fromJson(const nlohmann::json&, WorkspaceFolder&, std::string& error);
nlohmann::json toJson(const WorkspaceFolder&);

struct DidChangeWorkspaceFoldersParams {
    std::vector<WorkspaceFolder> added;
    std::vector<WorkspaceFolder> removed;
};
bool fromJson(const nlohmann::json&, DidChangeWorkspaceFoldersParams&, std::string& error);

struct DidChangeConfigurationParams {
    nlohmann::json settings;  // anything; null when absent
};
bool fromJson(const nlohmann::json&, DidChangeConfigurationParams&, std::string& error);

struct CancelParams {
    nlohmann::json id;  // integer or string
};
bool fromJson(const nlohmann::json&, CancelParams&, std::string& error);

// The client capabilities stackls acts on. Reads are lenient: a malformed capability
// means "not supported", never an error. `raw` keeps the whole object for features that
// need one more flag before it earns a field here.
struct ClientCapabilities {
    std::vector<std::string> positionEncodings;    // general.positionEncodings
    bool workspaceConfiguration = false;           // workspace.configuration
    bool workspaceFolders = false;                 // workspace.workspaceFolders
    bool applyEdit = false;                        // workspace.applyEdit
    bool documentChanges = false;                  // workspace.workspaceEdit.documentChanges
    bool didChangeConfigurationDynamic = false;    // workspace.didChangeConfiguration.dynamicRegistration
    std::vector<std::string> hoverContentFormat;   // textDocument.hover.contentFormat
    bool codeActionLiteralSupport = false;         // textDocument.codeAction.codeActionLiteralSupport
    bool pullDiagnostics = false;                  // textDocument.diagnostic present
    bool inlayHints = false;                       // textDocument.inlayHint present
    bool codeLens = false;                         // textDocument.codeLens present
    bool workDoneProgress = false;                 // window.workDoneProgress
    nlohmann::json raw = nlohmann::json::object();
};
ClientCapabilities parseClientCapabilities(const nlohmann::json&);

struct InitializeParams {
    std::optional<std::string> rootUri;
    std::optional<std::string> rootPath;
    std::optional<std::vector<WorkspaceFolder>> workspaceFolders;
    ClientCapabilities capabilities;
    nlohmann::json initializationOptions;  // null when absent
    std::string clientName;                // empty when clientInfo is absent
    std::string clientVersion;
};
bool fromJson(const nlohmann::json&, InitializeParams&, std::string& error);

struct ExecuteCommandParams {
    std::string command;
    nlohmann::json arguments = nlohmann::json::array();  // always an array; null becomes []
};
bool fromJson(const nlohmann::json&, ExecuteCommandParams&, std::string& error);

// ---------------------------------------------------------------- writing results

struct TextEdit {
    Range range;
    std::string newText;
};
nlohmann::json toJson(const TextEdit&);

enum class MarkupKind { PlainText, Markdown };

struct MarkupContent {
    MarkupKind kind = MarkupKind::PlainText;
    std::string value;
};
nlohmann::json toJson(const MarkupContent&);

enum class MessageType { Error = 1, Warning = 2, Info = 3, Log = 4 };

}  // namespace stackls::protocol
