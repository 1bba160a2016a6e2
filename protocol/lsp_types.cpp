// JSON conversions for the LSP structures in lsp_types.h.
#include "protocol/lsp_types.h"

#include <utility>

#include "protocol/json_read.h"

namespace stackls::protocol {

using namespace json_read;

namespace {

bool expectObject(const nlohmann::json& j, std::string& error) {
    if (j.is_object()) return true;
    error = "expected an object";
    return false;
}

// A required nested struct: reads it, prefixing errors with its key.
template <typename T>
bool requiredStruct(const nlohmann::json& obj, const char* key, T& out, std::string& error) {
    const nlohmann::json* v = member(obj, key);
    if (!v) return fail(error, key, "missing");
    if (!fromJson(*v, out, error)) return nest(error, key);
    return true;
}

// Elements that cannot be read are an error for the whole array: silently skipping
// a content change would corrupt the document.
template <typename T>
bool requiredArray(const nlohmann::json& obj, const char* key, std::vector<T>& out, std::string& error) {
    const nlohmann::json* v = member(obj, key);
    if (!v) return fail(error, key, "missing");
    if (!v->is_array()) return fail(error, key, "expected an array");
    out.clear();
    out.reserve(v->size());
    for (std::size_t i = 0; i < v->size(); ++i) {
        T item;
        if (!fromJson((*v)[i], item, error)) {
            error = std::string(key) + "[" + std::to_string(i) + "]." + error;
            return false;
        }
        out.push_back(std::move(item));
    }
    return true;
}

}  // namespace

bool fromJson(const nlohmann::json& j, Position& out, std::string& error) {
    return expectObject(j, error) && required(j, "line", out.line, error) &&
           required(j, "character", out.character, error);
}

bool fromJson(const nlohmann::json& j, Range& out, std::string& error) {
    return expectObject(j, error) && requiredStruct(j, "start", out.start, error) &&
           requiredStruct(j, "end", out.end, error);
}

bool fromJson(const nlohmann::json& j, NoParams&, std::string& error) {
    if (j.is_null() || (j.is_object() && j.empty()) || (j.is_array() && j.empty())) return true;
    error = "this request takes no parameters";
    return false;
}

bool fromJson(const nlohmann::json& j, TextDocumentIdentifier& out, std::string& error) {
    return expectObject(j, error) && required(j, "uri", out.uri, error);
}

bool fromJson(const nlohmann::json& j, TextDocumentItem& out, std::string& error) {
    // languageId is unreliable across editors and unused; tolerate its absence.
    return expectObject(j, error) && required(j, "uri", out.uri, error) &&
           optional(j, "languageId", out.languageId, error) && optional(j, "version", out.version, error) &&
           required(j, "text", out.text, error);
}

bool fromJson(const nlohmann::json& j, DidOpenTextDocumentParams& out, std::string& error) {
    return expectObject(j, error) && requiredStruct(j, "textDocument", out.textDocument, error);
}

bool fromJson(const nlohmann::json& j, TextDocumentContentChangeEvent& out, std::string& error) {
    if (!expectObject(j, error) || !required(j, "text", out.text, error)) return false;
    if (member(j, "range")) {
        Range range;
        if (!requiredStruct(j, "range", range, error)) return false;
        out.range = range;
    }
    return true;
}

bool fromJson(const nlohmann::json& j, DidChangeTextDocumentParams& out, std::string& error) {
    if (!expectObject(j, error) || !requiredStruct(j, "textDocument", out.textDocument, error)) return false;
    if (!optional(j["textDocument"], "version", out.version, error)) return nest(error, "textDocument");
    return requiredArray(j, "contentChanges", out.contentChanges, error);
}

namespace {

// Moves the string at obj[key] out, leaving an empty string in its place so that the
// ordinary decoder still sees a string there and reports the same errors.
std::string takeString(nlohmann::json& obj, const char* key) {
    if (!obj.is_object()) return {};
    const auto it = obj.find(key);
    if (it == obj.end() || !it->is_string()) return {};
    return std::move(it->get_ref<std::string&>());
}

}  // namespace

bool fromJson(nlohmann::json&& j, DidOpenTextDocumentParams& out, std::string& error) {
    std::string text = j.is_object() && j.contains("textDocument") ? takeString(j["textDocument"], "text") : std::string();
    if (!fromJson(std::as_const(j), out, error)) return false;
    out.textDocument.text = std::move(text);
    return true;
}

bool fromJson(nlohmann::json&& j, DidChangeTextDocumentParams& out, std::string& error) {
    std::vector<std::string> texts;
    if (j.is_object() && j.contains("contentChanges") && j["contentChanges"].is_array()) {
        for (auto& change : j["contentChanges"]) texts.push_back(takeString(change, "text"));
    }
    if (!fromJson(std::as_const(j), out, error)) return false;
    for (std::size_t i = 0; i < out.contentChanges.size() && i < texts.size(); ++i)
        out.contentChanges[i].text = std::move(texts[i]);
    return true;
}

bool fromJson(const nlohmann::json& j, DidCloseTextDocumentParams& out, std::string& error) {
    return expectObject(j, error) && requiredStruct(j, "textDocument", out.textDocument, error);
}

bool fromJson(const nlohmann::json& j, DidSaveTextDocumentParams& out, std::string& error) {
    return expectObject(j, error) && requiredStruct(j, "textDocument", out.textDocument, error) &&
           optional(j, "text", out.text, error);
}

bool fromJson(const nlohmann::json& j, TextDocumentParams& out, std::string& error) {
    return expectObject(j, error) && requiredStruct(j, "textDocument", out.textDocument, error);
}

bool fromJson(const nlohmann::json& j, TextDocumentPositionParams& out, std::string& error) {
    return expectObject(j, error) && requiredStruct(j, "textDocument", out.textDocument, error) &&
           requiredStruct(j, "position", out.position, error);
}

bool fromJson(const nlohmann::json& j, TextDocumentRangeParams& out, std::string& error) {
    return expectObject(j, error) && requiredStruct(j, "textDocument", out.textDocument, error) &&
           requiredStruct(j, "range", out.range, error);
}

bool fromJson(const nlohmann::json& j, WorkspaceFolder& out, std::string& error) {
    return expectObject(j, error) && required(j, "uri", out.uri, error) && optional(j, "name", out.name, error);
}

nlohmann::json toJson(const WorkspaceFolder& f) { return {{"uri", f.uri}, {"name", f.name}}; }

bool fromJson(const nlohmann::json& j, DidChangeWorkspaceFoldersParams& out, std::string& error) {
    if (!expectObject(j, error)) return false;
    const nlohmann::json* event = member(j, "event");
    if (!event) return fail(error, "event", "missing");
    if (!event->is_object()) return fail(error, "event", "expected an object");
    if (!requiredArray(*event, "added", out.added, error)) return nest(error, "event");
    if (!requiredArray(*event, "removed", out.removed, error)) return nest(error, "event");
    return true;
}

bool fromJson(const nlohmann::json& j, DidChangeConfigurationParams& out, std::string& error) {
    if (j.is_null()) return true;  // treated like {"settings": null}: defaults
    return expectObject(j, error) && optional(j, "settings", out.settings, error);
}

bool fromJson(const nlohmann::json& j, CancelParams& out, std::string& error) {
    if (!expectObject(j, error) || !required(j, "id", out.id, error)) return false;
    if (!out.id.is_string() && !out.id.is_number_integer()) return fail(error, "id", "expected an integer or a string");
    return true;
}

ClientCapabilities parseClientCapabilities(const nlohmann::json& caps) {
    ClientCapabilities out;
    if (!caps.is_object()) return out;
    out.raw = caps;
    out.positionEncodings = strings(caps, {"general", "positionEncodings"});
    out.workspaceConfiguration = flag(caps, {"workspace", "configuration"});
    out.workspaceFolders = flag(caps, {"workspace", "workspaceFolders"});
    out.applyEdit = flag(caps, {"workspace", "applyEdit"});
    out.documentChanges = flag(caps, {"workspace", "workspaceEdit", "documentChanges"});
    out.didChangeConfigurationDynamic = flag(caps, {"workspace", "didChangeConfiguration", "dynamicRegistration"});
    out.hoverContentFormat = strings(caps, {"textDocument", "hover", "contentFormat"});
    out.codeActionLiteralSupport = present(caps, {"textDocument", "codeAction", "codeActionLiteralSupport"});
    out.pullDiagnostics = present(caps, {"textDocument", "diagnostic"});
    out.inlayHints = present(caps, {"textDocument", "inlayHint"});
    out.codeLens = present(caps, {"textDocument", "codeLens"});
    out.workDoneProgress = flag(caps, {"window", "workDoneProgress"});
    return out;
}

bool fromJson(const nlohmann::json& j, InitializeParams& out, std::string& error) {
    if (!expectObject(j, error)) return false;
    if (!optional(j, "rootUri", out.rootUri, error) || !optional(j, "rootPath", out.rootPath, error)) return false;
    if (member(j, "workspaceFolders")) {
        std::vector<WorkspaceFolder> folders;
        if (!requiredArray(j, "workspaceFolders", folders, error)) return false;
        out.workspaceFolders = std::move(folders);
    }
    if (const nlohmann::json* caps = member(j, "capabilities")) out.capabilities = parseClientCapabilities(*caps);
    if (const nlohmann::json* options = member(j, "initializationOptions")) out.initializationOptions = *options;
    if (const nlohmann::json* info = member(j, "clientInfo"); info && info->is_object()) {
        std::string ignored;
        optional(*info, "name", out.clientName, ignored);
        optional(*info, "version", out.clientVersion, ignored);
    }
    return true;
}

bool fromJson(const nlohmann::json& j, ExecuteCommandParams& out, std::string& error) {
    if (!expectObject(j, error) || !required(j, "command", out.command, error)) return false;
    const nlohmann::json* args = member(j, "arguments");
    if (!args) {
        out.arguments = nlohmann::json::array();
        return true;
    }
    if (!args->is_array()) return fail(error, "arguments", "expected an array");
    out.arguments = *args;
    return true;
}

nlohmann::json toJson(const TextEdit& e) { return {{"range", toJson(e.range)}, {"newText", e.newText}}; }

nlohmann::json toJson(const MarkupContent& m) {
    return {{"kind", m.kind == MarkupKind::Markdown ? "markdown" : "plaintext"}, {"value", m.value}};
}

}  // namespace stackls::protocol
