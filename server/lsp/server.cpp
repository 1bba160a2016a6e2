// Server core: message intake, lifecycle rules, dispatch, and client-facing output.
#include "server/lsp/server.h"

#include <spdlog/spdlog.h>

#include "protocol/json_parse.h"
#include "support/json_text.h"

namespace stackls::server {

using protocol::ErrorCode;
using nlohmann::json;

namespace detail {

void logBadNotification(const std::string& method, const std::string& error) {
    spdlog::warn("dropping {} notification with invalid params: {}", method, error);
}

void logListenerFailure(const char* event, const char* what) {
    spdlog::error("a {} listener failed: {}", event, what);
}

std::string invalidParamsMessage(const std::string& method, const std::string& error) {
    return "invalid params for " + method + ": " + error;
}

}  // namespace detail

Server::Server(Sender sender) : sender_(std::move(sender)), replySink_(std::make_shared<detail::ReplySink>()) {
    replySink_->send = [this](const json& message) { send(message); };
    replySink_->sendText = [this](std::string body) {
        if (textSender_) {
            textSender_(std::move(body));
        } else {
            send(json::parse(body));
        }
    };
    replySink_->done = [this](const protocol::RequestId& id) { pendingIncoming_.erase(protocol::serialize(id)); };
    registerLifecycle();
    registerTextSync();
    registerConfiguration();
    registerWorkspaceFolders();
}

Server::~Server() {
    // Replies still held by queued work or response callbacks must not reach a
    // transport that may already be gone.
    replySink_->send = nullptr;
    replySink_->sendText = nullptr;
    replySink_->done = nullptr;
}

void Server::send(const json& message) {
    if (sender_) sender_(message);
}

// ---------------------------------------------------------------- input

void Server::receive(std::string_view body) { receive(std::string(body)); }

void Server::receive(std::string&& body) {
    if (exited_) return;
    std::string error;
    const std::string head = body.substr(0, 80);  // parsing may reuse the body's buffer
    auto value = protocol::parseJson(std::move(body), error);
    if (!value) {
        spdlog::warn("unreadable message ({}): {}", error, protocol::describe(json(head)));
        queue_.push_back(Queued{{}, nullptr, {}, {}, protocol::makeError(nullptr, ErrorCode::ParseError, error)});
        return;
    }
    protocol::Message message = protocol::classifyMessage(std::move(*value));
    if (auto* invalid = std::get_if<protocol::InvalidMessage>(&message)) {
        spdlog::warn("invalid message: {}", invalid->reason);
        queue_.push_back(
            Queued{{}, nullptr, {}, {}, protocol::makeError(invalid->id, ErrorCode::InvalidRequest, invalid->reason)});
        return;
    }
    if (auto* notification = std::get_if<protocol::Notification>(&message)) {
        if (notification->method == "$/cancelRequest") {
            protocol::CancelParams params;
            if (protocol::fromJson(notification->params, params, error)) {
                cancel(params.id);
            } else {
                detail::logBadNotification(notification->method, error);
            }
            return;
        }
        queue_.push_back(Queued{std::move(notification->method), std::move(notification->params), {}, {}, {}});
        return;
    }
    if (auto* request = std::get_if<protocol::Request>(&message)) {
        auto state = std::make_shared<detail::ReplyState>(request->id, request->method, replySink_);
        pendingIncoming_[protocol::serialize(request->id)] = state;
        queue_.push_back(Queued{std::move(request->method), std::move(request->params), Reply(std::move(state)), {}, {}});
        return;
    }
    queue_.push_back(Queued{{}, nullptr, {}, std::get<protocol::Response>(std::move(message)), {}});
}

void Server::receiveFrameError(const std::string& reason) {
    // No id can be read from a broken frame, so there is nobody to answer.
    spdlog::warn("bad frame: {}", reason);
}

void Server::cancel(const json& id) {
    const auto it = pendingIncoming_.find(protocol::serialize(id));
    if (it == pendingIncoming_.end()) {
        spdlog::debug("$/cancelRequest for {} which is not pending", protocol::describe(id));
        return;
    }
    // Copy first: answering erases the map entry.
    std::shared_ptr<detail::ReplyState> state = it->second.lock();
    pendingIncoming_.erase(it);
    if (state) {
        spdlog::info("request {} ({}) cancelled by the client", protocol::describe(id), state->method);
        state->cancel();
    }
}

bool Server::processNext() {
    if (exited_) {
        queue_.clear();
        return false;
    }
    if (queue_.empty()) return runIdleStep();
    Queued item = std::move(queue_.front());
    queue_.pop_front();
    if (item.errorReply) {
        send(*item.errorReply);
    } else if (item.response) {
        dispatchResponse(*item.response);
    } else if (item.reply) {
        if (!item.reply->answered()) dispatchRequest(item.method, item.params, *item.reply);
    } else {
        dispatchNotification(item.method, item.params);
    }
    return !exited_;
}

void Server::endOfInput() { spdlog::info("input closed by the client"); }

// ---------------------------------------------------------------- dispatch

void Server::dispatchRequest(const std::string& method, const json& params, const Reply& reply) {
    if (state_ == LifecycleState::Uninitialized && method != "initialize") {
        reply.error(ErrorCode::ServerNotInitialized, "the server is not initialized yet");
        return;
    }
    if (state_ == LifecycleState::ShutDown) {
        reply.error(ErrorCode::InvalidRequest, "the server is shutting down");
        return;
    }
    if (state_ == LifecycleState::Running && method == "initialize") {
        reply.error(ErrorCode::InvalidRequest, "the server is already initialized");
        return;
    }
    const auto it = requestHandlers_.find(method);
    if (it == requestHandlers_.end()) {
        reply.error(ErrorCode::MethodNotFound, "method not found: " + method);
        return;
    }
    try {
        it->second(params, reply);
    } catch (const std::exception& e) {
        spdlog::error("{} handler failed: {}", method, e.what());
        if (!reply.answered()) reply.error(ErrorCode::InternalError, std::string("internal error: ") + e.what());
    }
}

void Server::dispatchNotification(const std::string& method, json& params) {
    if (method == "exit") {
        spdlog::info("exit received {} shutdown", state_ == LifecycleState::ShutDown ? "after" : "without");
        exited_ = true;
        return;
    }
    if (state_ == LifecycleState::Uninitialized) {
        spdlog::debug("ignoring {} before initialize", method);
        return;
    }
    if (state_ == LifecycleState::ShutDown) {
        spdlog::debug("ignoring {} after shutdown", method);
        return;
    }
    const auto it = notificationHandlers_.find(method);
    if (it == notificationHandlers_.end()) {
        spdlog::debug("ignoring unknown notification {}", method);
        return;
    }
    try {
        it->second(params);
    } catch (const std::exception& e) {
        spdlog::error("{} handler failed: {}", method, e.what());
    }
}

void Server::dispatchResponse(const protocol::Response& response) {
    const auto* key = response.id.get_ptr<const json::number_integer_t*>();
    std::int64_t id = 0;
    if (key) {
        id = *key;
    } else if (const auto* ukey = response.id.get_ptr<const json::number_unsigned_t*>()) {
        id = static_cast<std::int64_t>(*ukey);
    }
    const auto it = pendingOutgoing_.find(id);
    if (it == pendingOutgoing_.end()) {
        spdlog::warn("response to unknown request {}", protocol::describe(response.id));
        return;
    }
    ResponseHandler handler = std::move(it->second);
    pendingOutgoing_.erase(it);
    if (!response.ok) {
        spdlog::info("client answered request {} with error {}: {}", id, response.error.code, response.error.message);
    }
    try {
        if (handler) handler(response);
    } catch (const std::exception& e) {
        spdlog::error("response handler for request {} failed: {}", id, e.what());
    }
}

// ---------------------------------------------------------------- registration and events

void Server::registerCommand(const std::string& name, CommandHandler handler) {
    commands_[name] = std::move(handler);
}

void Server::addCapabilities(CapabilityContributor contributor) {
    capabilityContributors_.push_back(std::move(contributor));
}

void Server::onInitialize(std::function<void()> l) { initializeListeners_.push_back(std::move(l)); }
void Server::onInitialized(std::function<void()> l) { initializedListeners_.push_back(std::move(l)); }
void Server::onDocumentChanged(std::function<void(const Document&)> l) { documentChangedListeners_.push_back(std::move(l)); }
void Server::onDocumentSaved(std::function<void(const Document&)> l) { documentSavedListeners_.push_back(std::move(l)); }
void Server::onDocumentClosed(std::function<void(const std::string&)> l) { documentClosedListeners_.push_back(std::move(l)); }
void Server::onSettingsChanged(std::function<void()> l) { settingsChangedListeners_.push_back(std::move(l)); }
void Server::onWorkspaceFoldersChanged(std::function<void()> l) { foldersChangedListeners_.push_back(std::move(l)); }
void Server::addIdleWork(std::function<bool()> step) { idleWork_.push_back(std::move(step)); }

bool Server::runIdleStep() {
    if (idleWork_.empty()) return false;
    bool more = false;
    try {
        more = idleWork_.front()();
    } catch (const std::exception& e) {
        spdlog::error("idle work failed: {}", e.what());
    }
    if (!more) idleWork_.pop_front();
    return !exited_;
}

// ---------------------------------------------------------------- output

void Server::sendNotification(std::string_view method, json params) {
    send(protocol::makeNotification(method, std::move(params)));
}

void Server::sendNotificationText(std::string_view method, std::string_view paramsJson) {
    if (!textSender_) {
        sendNotification(method, json::parse(paramsJson));
        return;
    }
    std::string body;
    body.reserve(paramsJson.size() + method.size() + 40);
    body += "{\"jsonrpc\":\"2.0\",\"method\":";
    support::appendJsonString(body, method);
    body += ",\"params\":";
    body += paramsJson;
    body += '}';
    textSender_(std::move(body));
}

void Server::setTextSender(std::function<void(std::string)> textSender) { textSender_ = std::move(textSender); }

void Server::sendRequest(std::string_view method, json params, ResponseHandler onResponse) {
    if (pendingOutgoing_.size() >= kMaxOutstandingRequests) {
        spdlog::warn("not sending {}: {} requests to the client are still unanswered", method, pendingOutgoing_.size());
        return;
    }
    const std::int64_t id = nextOutgoingId_++;
    pendingOutgoing_[id] = std::move(onResponse);
    send(protocol::makeRequest(id, method, std::move(params)));
}

void Server::logMessage(protocol::MessageType type, std::string_view text) {
    sendNotification("window/logMessage", {{"type", static_cast<int>(type)}, {"message", std::string(text)}});
}

void Server::showMessage(protocol::MessageType type, std::string_view text) {
    sendNotification("window/showMessage", {{"type", static_cast<int>(type)}, {"message", std::string(text)}});
}

}  // namespace stackls::server
