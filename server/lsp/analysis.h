// The workspace's projects and each one's latest advisor report, kept current with the client's edits.
//
// Invariant: a ProjectState handed out was computed from the versions of the open documents
// the client last sent. Every edit, save, close, watched-file change or settings change
// marks the affected projects stale; the next projectFor()/projects() call recomputes them
// synchronously (it takes well under a millisecond for ordinary manifests), and the update
// listeners run right after each recompute triggered by an event.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "knowledge/advisor.h"
#include "knowledge/findings.h"
#include "knowledge/knowledge_base.h"
#include "knowledge/project_input.h"
#include "protocol/lsp_types.h"
#include "protocol/position.h"
#include "server/lsp/project_state.h"
#include "server/lsp/settings.h"

namespace stackls::server {

class Server;

class Analysis {
public:
    // Bounds on what a workspace may make the server hold. The project count is the setting
    // stackls.maxProjects (this default, at most the ceiling); reaching it is shown in the
    // editor once (window/showMessage), not only logged.
    static constexpr std::size_t kDefaultMaxProjects = 10000;
    static constexpr std::size_t kMaxProjectsCeiling = 50000;
    static constexpr std::uintmax_t kMaxKnowledgeBytes = 2u * 1024u * 1024u;
    // Unopened files up to this size stay cached until they change on disk; a large one is
    // read again when needed rather than held once more beside the report's copy.
    static constexpr std::size_t kMaxCachedFileBytes = 256u * 1024u;

    // Wires itself to the server's events: construct it before registering the features, so
    // their listeners see current reports. Must not outlive `server`.
    explicit Analysis(Server& server);
    ~Analysis();
    Analysis(const Analysis&) = delete;
    Analysis& operator=(const Analysis&) = delete;

    // The project a document belongs to, computed for the client's latest versions; nullptr
    // when the URI names no manifest (by file name) or cannot be mapped to a path. A manifest
    // outside every workspace folder becomes a project of its own folder.
    const ProjectState* projectFor(const std::string& uri);
    // A project by its root (path or file:// URI); nullptr when unknown.
    const ProjectState* projectAt(const std::string& rootOrUri);
    // Every known project, each current.
    std::vector<const ProjectState*> projects();

    // The knowledge base in effect: the built-in one, plus stackls.knowledgeFile when set and valid.
    const knowledge::KnowledgeBase& knowledge();

    // Walks every workspace folder for projects (reporting $/progress when the client allows);
    // runs when the folders change, and at `initialized` when there is no prefetch (a
    // knowledge file is set). Otherwise the prefetch's projects are taken in between
    // messages from `initialized` on, with $/progress, and documents opened meanwhile are
    // analysed at once, on their own.
    void scanWorkspace();
    // Files changed on disk (watched files): forget what was read, find new or vanished
    // projects, recompute the affected ones once. Paths under node_modules, .git, virtual
    // environments and the like are ignored unless a project read them.
    void filesChangedOnDisk(const std::vector<std::filesystem::path>& paths);

    // Runs after a project was recomputed because something changed (not on lazy reads).
    void onProjectUpdated(std::function<void(const ProjectState&)> listener);
    // Runs with the URIs of a document that left every project (closed, deleted), so
    // features can clear what they published for it.
    void onDocumentDropped(std::function<void(const std::string& uri)> listener);

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace stackls::server
