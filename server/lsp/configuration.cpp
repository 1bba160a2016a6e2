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

const Settings& Server::settingsFor(const std::string& folderUri) const {
    auto it = folderSettings_.find(folderUri);
    return it != folderSettings_.end() ? it->second : settings_;
}

json Server::settingsSnapshot() const {
    json out = {{"", settings_.section()}};
    for (const auto& [uri, s] : folderSettings_) out[uri] = s.section();
    return out;
}

void Server::pullConfiguration() {
    if (!clientCapabilities_.workspaceConfiguration) return;
    // One item without a scope (the global section), then one per workspace folder, so a
    // client answers each folder with that folder's settings.
    json items = json::array({{{"section", "stackls"}}});
    std::vector<std::string> folderUris;
    for (const auto& f : folders_) {
        items.push_back({{"scopeUri", f.uri}, {"section", "stackls"}});
        folderUris.push_back(f.uri);
    }
    sendRequest("workspace/configuration", {{"items", std::move(items)}},
                [this, folderUris = std::move(folderUris)](const protocol::Response& response) {
                    if (!response.ok) return;  // keep what we had; already logged
                    // Eglot answers null for sections it does not know: defaults.
                    const json none = nullptr;
                    auto answer = [&](std::size_t i) -> const json& {
                        return response.result.is_array() && i < response.result.size() ? response.result[i] : none;
                    };
                    applySettings(answer(0), "workspace/configuration");
                    folderSettings_.clear();
                    for (std::size_t i = 0; i < folderUris.size(); ++i) {
                        const json& section = answer(i + 1);
                        // A client that ignores scopes answers the global section again: no entry needed.
                        if (section.is_null() || section == settings_.section()) continue;
                        folderSettings_[folderUris[i]].replace(section);
                    }
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
