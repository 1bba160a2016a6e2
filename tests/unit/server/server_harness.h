// A Server wired to a vector instead of a transport, for driving it message by message.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "server/lsp/server.h"

namespace stackls::testing {

struct Harness {
    std::vector<nlohmann::json> sent;
    server::Server server{[this](const nlohmann::json& m) { sent.push_back(m); }};

    // Sends `message` and runs the queue dry; returns what the server sent meanwhile.
    std::vector<nlohmann::json> exchange(const nlohmann::json& message) { return exchangeRaw(message.dump()); }

    std::vector<nlohmann::json> exchangeRaw(const std::string& body) {
        sent.clear();
        server.receive(body);
        while (server.processNext()) {
        }
        return sent;
    }

    // initialize (with a workspace root when `rootUri` is given), then initialized; returns
    // what the server sent after initialized.
    std::vector<nlohmann::json> initialize(const nlohmann::json& capabilities = nlohmann::json::object(),
                                           const std::string& rootUri = "") {
        nlohmann::json params = {{"capabilities", capabilities}};
        if (!rootUri.empty()) params["rootUri"] = rootUri;
        exchange({{"jsonrpc", "2.0"}, {"id", 0}, {"method", "initialize"}, {"params", std::move(params)}});
        return exchange({{"jsonrpc", "2.0"}, {"method", "initialized"}, {"params", nlohmann::json::object()}});
    }

    static nlohmann::json request(int id, const std::string& method, nlohmann::json params = nullptr) {
        nlohmann::json m = {{"jsonrpc", "2.0"}, {"id", id}, {"method", method}};
        if (!params.is_null()) m["params"] = std::move(params);
        return m;
    }

    static nlohmann::json notification(const std::string& method, nlohmann::json params = nullptr) {
        nlohmann::json m = {{"jsonrpc", "2.0"}, {"method", method}};
        if (!params.is_null()) m["params"] = std::move(params);
        return m;
    }

    // The one reply to request `id` among `messages`; null if none.
    static nlohmann::json replyTo(const std::vector<nlohmann::json>& messages, const nlohmann::json& id) {
        nlohmann::json found = nullptr;
        for (const auto& m : messages) {
            if (m.contains("id") && m["id"] == id && !m.contains("method")) found = m;
        }
        return found;
    }

    static int errorCode(const nlohmann::json& reply) {
        return reply.is_object() && reply.contains("error") ? reply["error"]["code"].get<int>() : 0;
    }
};

}  // namespace stackls::testing
