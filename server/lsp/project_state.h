// One project as the language server holds it: its input, its advisor report, and each file
// the report was computed from with the text, URI and line index that ranges convert against.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "knowledge/advisor.h"
#include "knowledge/project_input.h"
#include "protocol/position.h"

namespace stackls::server {

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

// Every text file of an input, in a fixed order: package.json, requirements files,
// pyproject.toml / Pipfile / setup.cfg, the config, the knowledge file.
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

}  // namespace stackls::server
