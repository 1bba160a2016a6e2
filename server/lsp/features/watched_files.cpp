// Registers file watchers for manifests (when the client allows dynamic registration) and feeds changes to the analysis.
#include "server/lsp/features/watched_files.h"

#include <filesystem>
#include <vector>

#include <spdlog/spdlog.h>

#include "server/lsp/analysis.h"
#include "server/lsp/server.h"
#include "server/lsp/uri.h"

namespace stackls::server {

namespace {

constexpr std::size_t kMaxChangesPerNotification = 10'000;

bool dynamicRegistration(const nlohmann::json& raw) {
    const nlohmann::json* node = &raw;
    for (const char* key : {"workspace", "didChangeWatchedFiles", "dynamicRegistration"}) {
        if (!node->is_object()) return false;
        auto it = node->find(key);
        if (it == node->end()) return false;
        node = &*it;
    }
    return node->is_boolean() && node->get<bool>();
}

// The manifest names manifestKindForPath recognises.
nlohmann::json watchers() {
    nlohmann::json list = nlohmann::json::array();
    for (const char* glob : {"**/package.json", "**/*requirements*.txt", "**/requirements/*.txt", "**/constraints*.txt",
                             "**/*.in", "**/pyproject.toml", "**/Pipfile", "**/setup.cfg", "**/.stackls.json"}) {
        list.push_back({{"globPattern", glob}});
    }
    return list;
}

}  // namespace

void registerWatchedFiles(Server& server, Analysis& analysis) {
    server.onInitialized([&server] {
        if (!dynamicRegistration(server.clientCapabilities().raw)) return;
        nlohmann::json registration = {{"id", "stackls-watched-files"},
                                       {"method", "workspace/didChangeWatchedFiles"},
                                       {"registerOptions", {{"watchers", watchers()}}}};
        server.sendRequest("client/registerCapability", {{"registrations", {registration}}},
                           [](const protocol::Response& r) {
                               if (!r.ok) spdlog::warn("the client refused file watching: {}", r.error.message);
                           });
    });
    server.registerNotification<nlohmann::json>("workspace/didChangeWatchedFiles", [&analysis](const nlohmann::json& p) {
        if (!p.is_object() || !p.contains("changes") || !p["changes"].is_array()) return;
        std::vector<std::filesystem::path> paths;
        std::size_t seen = 0;
        for (const auto& change : p["changes"]) {
            if (++seen > kMaxChangesPerNotification) {
                spdlog::warn("didChangeWatchedFiles: more than {} changes; the rest are ignored", kMaxChangesPerNotification);
                break;
            }
            if (!change.is_object() || !change.contains("uri") || !change["uri"].is_string()) continue;
            auto path = uriToPath(change["uri"].get<std::string>());
            if (!path || !std::filesystem::path(*path).has_root_directory()) continue;
            paths.emplace_back(*path);
        }
        analysis.filesChangedOnDisk(paths);
    });
}

}  // namespace stackls::server
