// Settings: initializationOptions, pushed didChangeConfiguration, and the
// workspace/configuration pull for clients that support it. Latest answer wins.
#include <spdlog/spdlog.h>

#include "server/lsp/server.h"

namespace stackls::server {

using nlohmann::json;

void Server::applySettings(json section, const char* source) {
    if (!section.is_null() && !section.is_object()) {
        spdlog::warn("settings from {} are not an object; using defaults", source);
    }
    settings_.replace(std::move(section));
    spdlog::debug("settings from {}: {}", source, protocol::describe(settings_.section(), 400));
}

void Server::pullConfiguration() {
    if (!clientCapabilities_.workspaceConfiguration) return;
    sendRequest("workspace/configuration", {{"items", {{{"section", "stackls"}}}}},
                [this](const protocol::Response& response) {
                    if (!response.ok) return;  // keep what we had; already logged
                    // Eglot answers null for sections it does not know: defaults.
                    const json section =
                        response.result.is_array() && !response.result.empty() ? response.result[0] : json(nullptr);
                    applySettings(section, "workspace/configuration");
                    fire(settingsChangedListeners_, "settings changed");
                });
}

void Server::registerConfiguration() {
    registerNotification<protocol::DidChangeConfigurationParams>(
        "workspace/didChangeConfiguration", [this](const protocol::DidChangeConfigurationParams& params) {
            if (clientCapabilities_.workspaceConfiguration) {
                // Pull-model clients often push null here; what they answer is the truth.
                pullConfiguration();
                return;
            }
            // {} and {"settings": {}} mean "nothing configured": defaults, not "off".
            applySettings(Settings::sectionFrom(params.settings), "workspace/didChangeConfiguration");
            fire(settingsChangedListeners_, "settings changed");
        });
}

}  // namespace stackls::server
