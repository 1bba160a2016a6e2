// JSON-RPC 2.0 messages: classifying an incoming value, and building outgoing ones.
#pragma once

#include <string>
#include <string_view>
#include <variant>

#include <nlohmann/json.hpp>

namespace stackls::protocol {

enum class ErrorCode : int {
    ParseError = -32700,
    InvalidRequest = -32600,
    MethodNotFound = -32601,
    InvalidParams = -32602,
    InternalError = -32603,
    ServerNotInitialized = -32002,
    RequestFailed = -32803,
    RequestCancelled = -32800,
};

// A request id: an integer or a string (null only in error replies to unreadable requests).
using RequestId = nlohmann::json;

struct Request {
    RequestId id;
    std::string method;
    nlohmann::json params;  // null when absent
};

struct Notification {
    std::string method;
    nlohmann::json params;  // null when absent
};

struct ResponseError {
    int code = 0;
    std::string message;
    nlohmann::json data;  // null when absent
};

struct Response {
    RequestId id;
    bool ok = true;
    nlohmann::json result;  // when ok
    ResponseError error;    // when !ok
};

// A value that is not a usable JSON-RPC message. `id` is the request's id when one
// could be read (so the error reply can name it), else null.
struct InvalidMessage {
    RequestId id;
    std::string reason;
};

using Message = std::variant<Request, Notification, Response, InvalidMessage>;

// Classifies a parsed JSON value. The "jsonrpc" member is not enforced: some clients
// omit it, and refusing them would help nobody.
Message classifyMessage(nlohmann::json value);

bool isValidId(const nlohmann::json& id);

nlohmann::json makeResult(const RequestId& id, nlohmann::json result);
nlohmann::json makeError(const RequestId& id, ErrorCode code, std::string_view message);
nlohmann::json makeNotification(std::string_view method, nlohmann::json params);
nlohmann::json makeRequest(const RequestId& id, std::string_view method, nlohmann::json params);

// Serialises for the wire. Invalid UTF-8 (which cannot come from parsed input but can
// from file contents or our own formatting) is replaced rather than thrown on.
std::string serialize(const nlohmann::json& value);

// A short, bounded rendering of an id or value for logs.
std::string describe(const nlohmann::json& value, std::size_t maxChars = 80);

}  // namespace stackls::protocol
