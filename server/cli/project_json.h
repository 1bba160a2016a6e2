// The JSON schema of one project in `stackls check --format json`, and byte ranges as positions.
#pragma once

#include <functional>
#include <map>
#include <string>
#include <string_view>

#include "knowledge/advisor.h"
#include "knowledge/knowledge_base.h"
#include "knowledge/project_input.h"
#include "protocol/position.h"
#include "support/json_writer.h"

namespace stackls::server {

// Converts byte ranges of a project's files to line/character positions (UTF-16, 0-based).
class ProjectPositions {
public:
    explicit ProjectPositions(const knowledge::ProjectInput& input);
    // Not copied: the lookup cache points into this object's own map.
    ProjectPositions(const ProjectPositions&) = delete;
    ProjectPositions& operator=(const ProjectPositions&) = delete;
    // Position of a byte offset in `file`; {0,0} for files the project does not hold.
    protocol::Position at(const std::string& file, std::size_t offset) const;
    // The line holding the byte offset, without its line break; empty for unknown files.
    std::string_view lineText(const std::string& file, std::size_t offset) const;
    // {"start": {"line", "character"}, "end": {...}}
    void writeRange(support::JsonWriter& w, const std::string& file, manifest::ByteRange r) const;

private:
    struct Indexed {
        std::string_view text;
        protocol::LineIndex index;
    };
    std::map<std::string, Indexed, std::less<>> files_;
    mutable const std::pair<const std::string, Indexed>* last_ = nullptr;  // the file of the previous lookup
};

// One project as `stackls check --format json` prints it (ranges LSP-style, plus byte offsets).
void writeProjectReport(support::JsonWriter& w, const knowledge::KnowledgeBase& kb, const knowledge::ProjectInput& input,
                        const knowledge::ProjectReport& report);
void writeFinding(support::JsonWriter& w, const knowledge::Finding& finding, const ProjectPositions& positions);

}  // namespace stackls::server
