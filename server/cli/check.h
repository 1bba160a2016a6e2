// `stackls check`: runs the advisor over workspaces on disk and prints findings as text, JSON or SARIF.
#pragma once

#include <array>
#include <functional>
#include <map>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "knowledge/advisor.h"
#include "knowledge/knowledge_base.h"
#include "knowledge/project_input.h"
#include "protocol/position.h"
#include "support/json_writer.h"

namespace stackls::server {

// args are the words after "check":
//   [PATH…] [--use-case ID[,ID…]]… [--format text|json|sarif|github]
//   [--fail-on error|warning|information|never] [--knowledge FILE]
//   [--select RULE[,RULE…]]… [--ignore RULE[,RULE…]]… [--exclude GLOB]… [--config FILE]
// Exit codes: 0 no finding at or above --fail-on (default error); 1 there is one;
// 2 usage or input error (unknown id, missing path, no manifests, broken --knowledge file).
int runCheck(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

// ---- shared with `stackls recommend` and the language server ----

// The projects found under some paths, their inputs and the advisor's reports.
struct WorkspaceRun {
    // Kept when no renderer was given; with one, each project's models are dropped on the
    // worker that rendered them (a monorepo's reports would otherwise wait in memory, and
    // be freed one by one on the main thread, for nothing).
    std::vector<knowledge::ProjectInput> inputs;
    std::vector<knowledge::ProjectReport> reports;   // same order as inputs
    std::vector<std::string> rendered;               // in project order, when a renderer was given
    std::size_t projects = 0;                        // projects analysed
    std::array<std::size_t, 5> findingsBySeverity{}; // summed over projects, indexed by Severity
    std::vector<std::string> warnings;               // skipped or unreadable files
};

// Turns one project's input and report into output text; runs on worker threads.
using ProjectRenderer = std::function<std::string(const knowledge::ProjectInput&, const knowledge::ProjectReport&)>;
// Receives rendered parts in project order on the calling thread while the workers go on,
// once the run can no longer fail (every path has a project); parts it received are not
// in WorkspaceRun::rendered.
using PartSink = std::function<void(std::string part)>;

// What the CLI's --exclude and --config change about finding and reading projects.
struct PathOptions {
    std::vector<std::string> exclude;  // globs relative to each checked folder
    std::string configFile;            // a .stackls.json used by every project instead of its own
};

// Discovers projects under each path (a directory, or a manifest file meaning its folder),
// reads and advises them. A project without a .stackls.json uses the nearest one above it,
// up to the current directory (or the checked folder, when that lies outside it). Prints a
// message and returns nullopt when a path does not exist or no project is found. File names
// are relative to the current directory.
std::optional<WorkspaceRun> analysePaths(const std::vector<std::string>& paths, const knowledge::KnowledgeBase& kb,
                                         const knowledge::AdviceOptions& options, std::string_view command,
                                         std::ostream& err, const ProjectRenderer& render = {},
                                         const PartSink& emit = {}, const PathOptions& pathOptions = {});

// Splits "a,b" and checks every id; on an unknown one prints "did you mean" and returns false.
bool addUseCaseIds(std::string_view value, const knowledge::KnowledgeBase& kb, std::vector<std::string>& ids,
                   std::string_view command, std::ostream& err);

// The built-in knowledge plus a user file given with --knowledge; prints its errors and
// returns nullopt when it is invalid or unreadable.
std::optional<knowledge::KnowledgeBase> knowledgeWithFile(const std::string& file, std::string_view command,
                                                          std::ostream& err);

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
