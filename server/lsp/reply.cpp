// Exactly-once reply bookkeeping: refusing double answers, answering dropped requests.
#include "server/lsp/reply.h"

#include <spdlog/spdlog.h>

namespace stackls::server {

using protocol::ErrorCode;

namespace detail {

ReplyState::~ReplyState() {
    if (isAnswered) return;
    if (!sink || !sink->send) {
        // The server has stopped (exit): nobody is listening, so this is expected.
        spdlog::debug("request {} ({}) left unanswered at exit", protocol::describe(id), method);
        return;
    }
    spdlog::error("request {} ({}) was dropped without an answer; replying InternalError",
                  protocol::describe(id), method);
    answer(protocol::makeError(id, ErrorCode::InternalError, "the server dropped this request without answering"),
           "dropped");
}

bool ReplyState::deliver(const char* what, const std::function<void()>& send) {
    if (isAnswered) {
        if (isCancelled) {
            spdlog::debug("request {} ({}) was cancelled; discarding its late {}", protocol::describe(id), method, what);
        } else {
            spdlog::error("request {} ({}) answered twice; refusing the second {}", protocol::describe(id), method, what);
        }
        return false;
    }
    isAnswered = true;
    if (!sink || !sink->send) {
        spdlog::warn("request {} ({}) answered after the server stopped; not sent", protocol::describe(id), method);
        return true;
    }
    send();
    if (sink->done) sink->done(id);
    return true;
}

bool ReplyState::answer(nlohmann::json message, const char* what) {
    return deliver(what, [&] { sink->send(message); });
}

bool ReplyState::answerText(std::string body, const char* what) {
    return deliver(what, [&] {
        if (sink->sendText) {
            sink->sendText(std::move(body));
        } else {
            sink->send(nlohmann::json::parse(body));
        }
    });
}

void ReplyState::cancel() {
    if (isAnswered) return;
    answer(protocol::makeError(id, ErrorCode::RequestCancelled, "request cancelled"), "cancellation");
    isCancelled = true;
}

}  // namespace detail

void Reply::result(nlohmann::json value) const {
    state_->answer(protocol::makeResult(state_->id, std::move(value)), "result");
}

void Reply::resultText(std::string_view resultJson) const {
    // The members in the order makeResult's tree prints them.
    std::string body;
    body.reserve(resultJson.size() + 64);
    body += "{\"id\":";
    body += protocol::serialize(state_->id);
    body += ",\"jsonrpc\":\"2.0\",\"result\":";
    body += resultJson;
    body += '}';
    state_->answerText(std::move(body), "result");
}

void Reply::error(protocol::ErrorCode code, std::string_view message) const {
    state_->answer(protocol::makeError(state_->id, code, message), "error");
}

bool Reply::answered() const { return state_->isAnswered; }
bool Reply::cancelled() const { return state_->isCancelled; }
const protocol::RequestId& Reply::id() const { return state_->id; }
const std::string& Reply::method() const { return state_->method; }

}  // namespace stackls::server
