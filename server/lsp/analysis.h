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
#include "server/lsp/settings.h"

namespace stackls::server {

class Server;

// One file the report was computed from: the name findings use, the URI the client knows
// it by, and the exact text (so byte ranges convert against what the advisor saw).
struct ProjectFile {
    std::string name;                // as in findings/fixes: relative to the project root ("requirements/dev.txt")
    std::filesystem::path path;      // absolute
    std::string uri;                 // the open document's URI as the client spelled it, else file:// of path
    std::optional<int> version;      // the open document's version; nullopt when read from disk
    std::uint64_t revision = 0;      // the open document's Document::revision; 0 when read from disk
    // The text in the owning ProjectState's input, not a copy of it: a 5 MB manifest is
    // held once by the report. Valid as long as that state; see ProjectState::addFile.
    std::string_view text;
    protocol::LineIndex lines{""};
    std::size_t source = 0;          // index into inputFiles(state.input), to re-point `text` on a move

    protocol::Range range(manifest::ByteRange r, protocol::PositionEncoding enc) const {
        return {lines.toPosition(text, r.begin, enc), lines.toPosition(text, r.end, enc)};
    }
};

// Every text file of an input, in a fixed order: package.json, requirements files, the
// config, the knowledge file.
std::vector<const knowledge::TextFile*> inputFiles(const knowledge::ProjectInput& input);

struct ProjectState {
    std::filesystem::path root;       // absolute, canonical
    std::string rootUri;
    knowledge::ProjectInput input;
    knowledge::ProjectReport report;
    std::vector<ProjectFile> files;   // every file the report read (manifests, .stackls.json, knowledge file)
    std::uint64_t generation = 0;     // grows with every recompute of this project

    ProjectState() = default;
    // Moving re-points the files' texts at the moved input (a short string's characters
    // live inside the string object and move with it). No copies: one would double the
    // memory of a large manifest for nothing.
    ProjectState(ProjectState&& other) noexcept;
    ProjectState& operator=(ProjectState&& other) noexcept;
    ProjectState(const ProjectState&) = delete;
    ProjectState& operator=(const ProjectState&) = delete;

    // Appends a file viewing inputFiles(input)[source] (input must be filled in first and
    // not changed afterwards), with its line index; name and path are taken from it.
    ProjectFile& addFile(std::size_t source);

    // By the name findings use; nullptr for a name the report does not know.
    const ProjectFile* fileNamed(const std::string& name) const;
    // By URI (client spelling or file:// of the path); nullptr when not part of this project.
    const ProjectFile* fileWithUri(const std::string& uri) const;
    // The URI for a file name; for a name not read (a .stackls.json to create) the file:// URI
    // of root/name; empty when the name is not inside the root.
    std::string uriFor(const std::string& name) const;
};

class Analysis {
public:
    // Bounds on what a workspace may make the server hold.
    static constexpr std::size_t kMaxProjects = 500;
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
    // runs at `initialized` and when the folders change.
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
