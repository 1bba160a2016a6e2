// The handle through which a request is answered: exactly once, or the server notices.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "protocol/jsonrpc.h"

namespace stackls::server {

namespace detail {
struct ReplyState;
}

// Copies share one answer: the first result() or error() sends it, later ones are
// refused and logged. When the last copy goes away unanswered, the client gets an
// InternalError and the log says which handler dropped it. A request cancelled by the
// client has already been answered with RequestCancelled; a late answer is then
// discarded quietly, since racing a cancel is normal.
class Reply {
public:
    explicit Reply(std::shared_ptr<detail::ReplyState> state) : state_(std::move(state)) {}

    void result(nlohmann::json value) const;
    // The same with the result already serialised (one JSON value, protocol/json_text.h):
    // a large answer (a document's diagnostics) then skips building a tree only to print it.
    void resultText(std::string_view resultJson) const;
    void error(protocol::ErrorCode code, std::string_view message) const;

    bool answered() const;
    // True once the client cancelled the request; long work may check and stop early.
    bool cancelled() const;
    const protocol::RequestId& id() const;
    const std::string& method() const;

private:
    std::shared_ptr<detail::ReplyState> state_;
};

namespace detail {

// Where replies go; the server disconnects it before it is destroyed so replies that
// outlive it are logged instead of written to a dead transport.
struct ReplySink {
    std::function<void(const nlohmann::json&)> send;
    // A whole message body already serialised; without it, text is parsed for `send`.
    std::function<void(std::string body)> sendText;
    // Called once a request is answered, so the server can forget it as pending.
    std::function<void(const protocol::RequestId&)> done;
};

struct ReplyState {
    ReplyState(protocol::RequestId id, std::string method, std::shared_ptr<ReplySink> sink)
        : id(std::move(id)), method(std::move(method)), sink(std::move(sink)) {}
    ~ReplyState();
    ReplyState(const ReplyState&) = delete;
    ReplyState& operator=(const ReplyState&) = delete;

    // Sends `message` (or the serialised `body`) unless already answered; false when it was.
    bool answer(nlohmann::json message, const char* what);
    bool answerText(std::string body, const char* what);
    // Answers RequestCancelled if still open; later answers are discarded silently.
    void cancel();

    protocol::RequestId id;
    std::string method;
    std::shared_ptr<ReplySink> sink;
    bool isAnswered = false;
    bool isCancelled = false;

private:
    // The bookkeeping both answers share; `send` writes to the sink, which is connected.
    bool deliver(const char* what, const std::function<void()>& send);
};

}  // namespace detail
}  // namespace stackls::server
