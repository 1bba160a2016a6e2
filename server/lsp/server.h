// The LSP server core: lifecycle, dispatch through typed handlers, the documents,
// settings and workspace folders, and the ways features talk back to the client.
// Features (hover.cpp, diagnostics.cpp, ...) register themselves in features.cpp.
#pragma once

#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include <nlohmann/json.hpp>

#include "protocol/jsonrpc.h"
#include "protocol/lsp_types.h"
#include "protocol/position.h"
#include "server/lsp/documents.h"
#include "server/lsp/reply.h"
#include "server/lsp/settings.h"

namespace stackls::server {

enum class LifecycleState { Uninitialized, Running, ShutDown };

// Turns a handler's result into JSON: json, numbers and strings as they are,
// optional -> null, vector -> array, anything else through its toJson (found by
// argument-dependent lookup).
template <typename T>
nlohmann::json toJsonValue(const T& value);

class Server {
public:
    using Sender = std::function<void(const nlohmann::json&)>;
    using ResponseHandler = std::function<void(const protocol::Response&)>;
    using CapabilityContributor = std::function<void(const protocol::ClientCapabilities&, nlohmann::json& capabilities)>;
    using CommandHandler = std::function<void(const nlohmann::json& arguments, Reply reply)>;

    static constexpr std::size_t kMaxOutstandingRequests = 1000;
    static constexpr std::size_t kMaxWorkspaceFolders = 1000;

    // `sender` writes one message to the client (the transport, or a test's vector).
    explicit Server(Sender sender);
    ~Server();
    Server(const Server&) = delete;
    Server& operator=(const Server&) = delete;

    // ------------------------------------------------------------ input
    // One message body off the wire. $/cancelRequest takes effect at once (so it can
    // overtake the request it cancels); everything else is queued in arrival order.
    // Pass the body as an rvalue: a large message's document text then reuses its buffer.
    void receive(std::string&& body);
    void receive(std::string_view body);
    void receiveFrameError(const std::string& reason);
    // Runs the oldest queued message, or with none queued one step of the idle work.
    // Returns false when nothing is left or after exit.
    bool processNext();
    std::size_t queued() const { return queue_.size(); }
    bool hasIdleWork() const { return !idleWork_.empty(); }
    // EOF: no more input will come. Queued messages may still be processed.
    void endOfInput();

    bool exited() const { return exited_; }
    // 0 after shutdown then exit (or EOF after shutdown); 1 otherwise.
    int exitCode() const { return state_ == LifecycleState::ShutDown ? 0 : 1; }

    // ------------------------------------------------------------ registration
    // Binds `method` to `handler`, decoding params with fromJson(json, Params&, error).
    // Params that do not decode are answered InvalidParams here, never in the handler.
    // The handler is either `Result(const Params&)` (answered with toJsonValue(result))
    // or `void(const Params&, Reply)` for answers that come later. A throw answers
    // InternalError. Params may be nlohmann::json to take them undecoded.
    template <typename Params, typename F>
    void registerRequest(const std::string& method, F handler);

    // `void(const Params&)`; undecodable params are logged and the notification dropped.
    template <typename Params, typename F>
    void registerNotification(const std::string& method, F handler);

    // workspace/executeCommand dispatch; registered names are advertised in
    // executeCommandProvider.commands (Neovim sends only those). `arguments` is always
    // an array (Eglot sends null when there are none).
    void registerCommand(const std::string& name, CommandHandler handler);

    // Called while answering initialize, to add server capabilities.
    void addCapabilities(CapabilityContributor contributor);

    // ------------------------------------------------------------ events
    // Runs while answering initialize, once folders, capabilities and initializationOptions
    // are known; the reply is sent right after (so listeners start work, they do not do it).
    void onInitialize(std::function<void()> listener);
    void onInitialized(std::function<void()> listener);
    void onDocumentChanged(std::function<void(const Document&)> listener);  // didOpen, didChange
    void onDocumentSaved(std::function<void(const Document&)> listener);
    void onDocumentClosed(std::function<void(const std::string& uri)> listener);
    void onSettingsChanged(std::function<void()> listener);
    void onWorkspaceFoldersChanged(std::function<void()> listener);
    // Work done a slice at a time while no message waits (the workspace prefetch's results
    // taken in): `step` runs once per idle turn of the loop until it returns false. A step
    // may wait a few milliseconds for another thread, never longer.
    void addIdleWork(std::function<bool()> step);

    // ------------------------------------------------------------ state
    LifecycleState state() const { return state_; }
    const DocumentStore& documents() const { return documents_; }
    const Settings& settings() const { return settings_; }
    // A workspace folder's own settings (workspace/configuration with its scopeUri), else
    // the global ones: each folder of a multi-root workspace may set its own stackls.useCase.
    const Settings& settingsFor(const std::string& folderUri) const;
    // Every settings section in force, global ("") and per folder, to tell whether reports
    // computed earlier are still current.
    nlohmann::json settingsSnapshot() const;
    const std::vector<protocol::WorkspaceFolder>& workspaceFolders() const { return folders_; }
    const protocol::ClientCapabilities& clientCapabilities() const { return clientCapabilities_; }
    const std::string& clientName() const { return clientName_; }
    protocol::PositionEncoding positionEncoding() const { return encoding_; }

    // ------------------------------------------------------------ output
    void sendNotification(std::string_view method, nlohmann::json params);
    // The same with params already serialised (one JSON value, protocol/json_text.h): sent
    // as text through the text sender when there is one, else parsed for `sender`.
    void sendNotificationText(std::string_view method, std::string_view paramsJson);
    // Where serialised message bodies go (the transport); without one, everything goes to `sender`.
    void setTextSender(std::function<void(std::string body)> textSender);
    // Server-to-client request; `onResponse` runs when the answer arrives (never if the
    // client never answers; at most kMaxOutstandingRequests wait at once).
    void sendRequest(std::string_view method, nlohmann::json params, ResponseHandler onResponse);
    // window/logMessage: for what a user may want to read in the editor's log.
    void logMessage(protocol::MessageType type, std::string_view text);
    // window/showMessage: for what a user must see now.
    void showMessage(protocol::MessageType type, std::string_view text);

private:
    using RawRequestHandler = std::function<void(const nlohmann::json& params, Reply reply)>;
    // Takes the params by reference to move out of: a notification is not read again.
    using RawNotificationHandler = std::function<void(nlohmann::json& params)>;

    struct Queued {
        std::string method;
        nlohmann::json params;
        std::optional<Reply> reply;  // set for requests
        std::optional<protocol::Response> response;  // set for responses to our requests
        // An error reply to a message that could not be read; queued like the rest so
        // replies leave in the order their messages came.
        std::optional<nlohmann::json> errorReply;
    };

    void send(const nlohmann::json& message);
    void dispatchRequest(const std::string& method, const nlohmann::json& params, const Reply& reply);
    void dispatchNotification(const std::string& method, nlohmann::json& params);
    void dispatchResponse(const protocol::Response& response);
    void cancel(const nlohmann::json& id);

    template <typename... Args, typename L>
    void fire(const std::vector<L>& listeners, const char* event, const Args&... args);

    // The built-in parts, each in its own file.
    void registerLifecycle();      // lifecycle.cpp: initialize, initialized, shutdown, commands
    void registerTextSync();       // text_sync.cpp
    void registerConfiguration();  // configuration.cpp
    void registerWorkspaceFolders();  // workspace_folders.cpp
    void pullConfiguration();
    bool runIdleStep();
    void applySettings(nlohmann::json section, const char* source);
    void setInitialFolders(const protocol::InitializeParams& params);

    Sender sender_;
    std::function<void(std::string)> textSender_;
    std::shared_ptr<detail::ReplySink> replySink_;
    std::map<std::string, RawRequestHandler> requestHandlers_;
    std::map<std::string, RawNotificationHandler> notificationHandlers_;
    std::map<std::string, CommandHandler> commands_;
    std::vector<CapabilityContributor> capabilityContributors_;

    std::vector<std::function<void()>> initializeListeners_;
    std::vector<std::function<void()>> initializedListeners_;
    std::vector<std::function<void(const Document&)>> documentChangedListeners_;
    std::vector<std::function<void(const Document&)>> documentSavedListeners_;
    std::vector<std::function<void(const std::string&)>> documentClosedListeners_;
    std::vector<std::function<void()>> settingsChangedListeners_;
    std::vector<std::function<void()>> foldersChangedListeners_;
    std::deque<std::function<bool()>> idleWork_;

    std::deque<Queued> queue_;
    // Requests received and not yet answered, by serialised id, for $/cancelRequest.
    std::map<std::string, std::weak_ptr<detail::ReplyState>> pendingIncoming_;
    std::map<std::int64_t, ResponseHandler> pendingOutgoing_;
    std::int64_t nextOutgoingId_ = 1;

    LifecycleState state_ = LifecycleState::Uninitialized;
    bool exited_ = false;
    protocol::ClientCapabilities clientCapabilities_;
    std::string clientName_;
    protocol::PositionEncoding encoding_ = protocol::PositionEncoding::Utf16;
    DocumentStore documents_;
    Settings settings_;
    std::map<std::string, Settings> folderSettings_;  // by workspace folder URI
    std::vector<protocol::WorkspaceFolder> folders_;
};

// ---------------------------------------------------------------- template definitions

namespace detail {
template <typename T>
struct IsOptional : std::false_type {};
template <typename T>
struct IsOptional<std::optional<T>> : std::true_type {};
template <typename T>
struct IsVector : std::false_type {};
template <typename T, typename A>
struct IsVector<std::vector<T, A>> : std::true_type {};

void logBadNotification(const std::string& method, const std::string& error);
void logListenerFailure(const char* event, const char* what);
std::string invalidParamsMessage(const std::string& method, const std::string& error);

template <typename Params>
bool decodeParams(const nlohmann::json& raw, Params& out, std::string& error) {
    if constexpr (std::is_same_v<Params, nlohmann::json>) {
        out = raw;
        return true;
    } else {
        using protocol::fromJson;
        return fromJson(raw, out, error);
    }
}

// For params read only once: decoders with an rvalue overload (didOpen, didChange) take
// the document texts out of `raw` instead of copying megabytes.
template <typename Params>
bool decodeParams(nlohmann::json&& raw, Params& out, std::string& error) {
    if constexpr (std::is_same_v<Params, nlohmann::json>) {
        out = std::move(raw);
        return true;
    } else {
        using protocol::fromJson;
        return fromJson(std::move(raw), out, error);
    }
}
}  // namespace detail

template <typename T>
nlohmann::json toJsonValue(const T& value) {
    if constexpr (std::is_same_v<T, nlohmann::json>) {
        return value;
    } else if constexpr (std::is_arithmetic_v<T> || std::is_convertible_v<T, std::string>) {
        return nlohmann::json(value);
    } else if constexpr (detail::IsOptional<T>::value) {
        return value ? toJsonValue(*value) : nlohmann::json(nullptr);
    } else if constexpr (detail::IsVector<T>::value) {
        nlohmann::json out = nlohmann::json::array();
        for (const auto& item : value) out.push_back(toJsonValue(item));
        return out;
    } else {
        using protocol::toJson;
        return toJson(value);
    }
}

template <typename Params, typename F>
void Server::registerRequest(const std::string& method, F handler) {
    requestHandlers_[method] = [method, handler = std::move(handler)](const nlohmann::json& raw, Reply reply) mutable {
        Params params{};
        std::string error;
        if (!detail::decodeParams(raw, params, error)) {
            reply.error(protocol::ErrorCode::InvalidParams, detail::invalidParamsMessage(method, error));
            return;
        }
        if constexpr (std::is_invocable_v<F&, const Params&, Reply>) {
            handler(params, std::move(reply));
        } else {
            reply.result(toJsonValue(handler(params)));
        }
    };
}

template <typename... Args, typename L>
void Server::fire(const std::vector<L>& listeners, const char* event, const Args&... args) {
    // A failing listener must not stop the others, nor the server.
    for (const auto& listener : listeners) {
        try {
            listener(args...);
        } catch (const std::exception& e) {
            detail::logListenerFailure(event, e.what());
        }
    }
}

template <typename Params, typename F>
void Server::registerNotification(const std::string& method, F handler) {
    notificationHandlers_[method] = [method, handler = std::move(handler)](nlohmann::json& raw) mutable {
        Params params{};
        std::string error;
        if (!detail::decodeParams(std::move(raw), params, error)) {
            detail::logBadNotification(method, error);
            return;
        }
        handler(params);
    };
}

}  // namespace stackls::server
