// initialize / initialized / shutdown, capability negotiation, and command dispatch.
#include <spdlog/spdlog.h>

#include "server/lsp/server.h"
#include "server/lsp/uri.h"

namespace stackls::server {

using nlohmann::json;
using protocol::ErrorCode;

namespace {

protocol::PositionEncoding negotiateEncoding(const protocol::ClientCapabilities& caps) {
    for (const auto& encoding : caps.positionEncodings) {
        if (encoding == "utf-8") return protocol::PositionEncoding::Utf8;
    }
    return protocol::PositionEncoding::Utf16;
}

}  // namespace

void Server::registerLifecycle() {
    registerRequest<protocol::InitializeParams>("initialize", [this](const protocol::InitializeParams& params) {
        clientCapabilities_ = params.capabilities;
        clientName_ = params.clientName;
        encoding_ = negotiateEncoding(clientCapabilities_);
        setInitialFolders(params);
        if (params.initializationOptions.is_object()) {
            // Either {"stackls": {...}} or the section itself.
            json section = Settings::sectionFrom(params.initializationOptions);
            applySettings(section.is_null() ? params.initializationOptions : section, "initializationOptions");
        }

        json capabilities = {
            {"positionEncoding", encoding_ == protocol::PositionEncoding::Utf8 ? "utf-8" : "utf-16"},
            {"textDocumentSync", {{"openClose", true}, {"change", 2}, {"save", {{"includeText", false}}}}},
            {"workspace", {{"workspaceFolders", {{"supported", true}, {"changeNotifications", true}}}}},
        };
        if (!commands_.empty()) {
            json names = json::array();
            for (const auto& [name, handler] : commands_) names.push_back(name);
            capabilities["executeCommandProvider"] = {{"commands", std::move(names)}};
        }
        for (const auto& contribute : capabilityContributors_) contribute(clientCapabilities_, capabilities);

        state_ = LifecycleState::Running;
        spdlog::info("initialized by {} (positions in {})", clientName_.empty() ? "an unnamed client" : clientName_,
                     encoding_ == protocol::PositionEncoding::Utf8 ? "utf-8" : "utf-16");
        fire(initializeListeners_, "initialize");
        return json{{"capabilities", std::move(capabilities)},
                    {"serverInfo", {{"name", "stackls"}, {"version", STACKLS_VERSION}}}};
    });

    registerNotification<json>("initialized", [this](const json&) {
        if (clientCapabilities_.workspaceConfiguration && clientCapabilities_.didChangeConfigurationDynamic) {
            // Without this registration VS Code does not tell a pull-model server that
            // settings changed.
            sendRequest("client/registerCapability",
                        {{"registrations",
                          {{{"id", "stackls.didChangeConfiguration"},
                            {"method", "workspace/didChangeConfiguration"},
                            {"registerOptions", {{"section", "stackls"}}}}}}},
                        nullptr);
        }
        pullConfiguration();
        logMessage(protocol::MessageType::Info, std::string("stackls ") + STACKLS_VERSION + " ready");
        fire(initializedListeners_, "initialized");
    });

    registerRequest<protocol::NoParams>("shutdown", [this](const protocol::NoParams&) {
        state_ = LifecycleState::ShutDown;
        spdlog::info("shutdown requested");
        return json(nullptr);
    });

    registerRequest<protocol::ExecuteCommandParams>(
        "workspace/executeCommand", [this](const protocol::ExecuteCommandParams& params, Reply reply) {
            const auto it = commands_.find(params.command);
            if (it == commands_.end()) {
                reply.error(ErrorCode::InvalidParams, "unknown command: " + params.command);
                return;
            }
            it->second(params.arguments, std::move(reply));
        });
}

}  // namespace stackls::server
