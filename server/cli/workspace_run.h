// The projects under some paths, read and advised: what `check` and `recommend` share.
#pragma once

#include <array>
#include <functional>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "knowledge/advisor.h"
#include "knowledge/knowledge_base.h"
#include "knowledge/project_input.h"

namespace stackls::server {

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

}  // namespace stackls::server
