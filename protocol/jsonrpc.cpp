// Turns parsed JSON into JSON-RPC requests, notifications and responses, and back.
#include "protocol/jsonrpc.h"

namespace stackls::protocol {

bool isValidId(const nlohmann::json& id) { return id.is_string() || id.is_number_integer(); }

Message classifyMessage(nlohmann::json value) {
    if (!value.is_object()) return InvalidMessage{nullptr, "message is not a JSON object"};
    const auto idIt = value.find("id");
    const bool hasId = idIt != value.end() && !idIt->is_null();
    if (hasId && !isValidId(*idIt)) return InvalidMessage{nullptr, "id must be an integer or a string"};
    nlohmann::json id = hasId ? *idIt : nlohmann::json(nullptr);

    const auto methodIt = value.find("method");
    if (methodIt == value.end()) {
        const auto resultIt = value.find("result");
        const auto errorIt = value.find("error");
        if (hasId && (resultIt != value.end() || errorIt != value.end())) {
            Response response;
            response.id = std::move(id);
            if (errorIt != value.end() && !errorIt->is_null()) {
                response.ok = false;
                if (errorIt->is_object()) {
                    const auto code = errorIt->find("code");
                    const auto message = errorIt->find("message");
                    if (code != errorIt->end() && code->is_number_integer()) response.error.code = code->get<int>();
                    if (message != errorIt->end() && message->is_string()) response.error.message = *message;
                    if (const auto data = errorIt->find("data"); data != errorIt->end()) response.error.data = *data;
                }
            } else if (resultIt != value.end()) {
                response.result = std::move(*resultIt);
            }
            return response;
        }
        return InvalidMessage{std::move(id), "message has no method"};
    }
    if (!methodIt->is_string()) return InvalidMessage{std::move(id), "method must be a string"};
    std::string method = methodIt->get<std::string>();
    nlohmann::json params = nullptr;
    if (const auto paramsIt = value.find("params"); paramsIt != value.end()) params = std::move(*paramsIt);
    if (hasId) return Request{std::move(id), std::move(method), std::move(params)};
    return Notification{std::move(method), std::move(params)};
}

nlohmann::json makeResult(const RequestId& id, nlohmann::json result) {
    return {{"jsonrpc", "2.0"}, {"id", id}, {"result", std::move(result)}};
}

nlohmann::json makeError(const RequestId& id, ErrorCode code, std::string_view message) {
    return {{"jsonrpc", "2.0"},
            {"id", id},
            {"error", {{"code", static_cast<int>(code)}, {"message", std::string(message)}}}};
}

nlohmann::json makeNotification(std::string_view method, nlohmann::json params) {
    nlohmann::json out = {{"jsonrpc", "2.0"}, {"method", std::string(method)}};
    if (!params.is_null()) out["params"] = std::move(params);
    return out;
}

nlohmann::json makeRequest(const RequestId& id, std::string_view method, nlohmann::json params) {
    nlohmann::json out = {{"jsonrpc", "2.0"}, {"id", id}, {"method", std::string(method)}};
    if (!params.is_null()) out["params"] = std::move(params);
    return out;
}

std::string serialize(const nlohmann::json& value) {
    return value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string describe(const nlohmann::json& value, std::size_t maxChars) {
    std::string text = serialize(value);
    if (text.size() > maxChars) {
        text.resize(maxChars);
        text += "...";
    }
    return text;
}

}  // namespace stackls::protocol
