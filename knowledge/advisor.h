// The advisor: one project's manifests in, use cases, findings with fixes and a stack recommendation out.
//
// API boundary: plain structs, byte ranges, no I/O. Callers (the CLI, the language server)
// read files themselves — the server overlays the texts of open documents on disk — parse
// them with knowledge/manifest/, put them into a ProjectInput and call advise(). Findings
// name files exactly as the ProjectInput does, so a caller maps them back to its documents.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "knowledge/declarations.h"
#include "knowledge/findings.h"
#include "knowledge/inference.h"
#include "knowledge/knowledge_base.h"
#include "knowledge/project_input.h"
#include "knowledge/recommendation.h"

namespace stackls::knowledge {

// A rule's severity chosen outside the project's files; nullopt means "off".
using RuleLevels = std::map<std::string, std::optional<Severity>, std::less<>>;

struct AdviceOptions {
    std::vector<std::string> cliUseCases;      // `--use-case`; highest precedence
    std::vector<std::string> settingUseCases;  // the editor's stackls.useCase; lowest precedence
    // Rule severities, highest precedence first (docs/configuration.md): `--select` (when
    // set, only these rules are reported) and `--ignore`; then the project's files
    // (package.json's "stackls" block, then [tool.stackls], then .stackls.json); then the editor's stackls.rules;
    // then the rule's default.
    std::optional<std::vector<std::string>> cliSelect;
    RuleLevels cliRules;
    RuleLevels settingRules;
    // Inferred use cases at or above this confidence drive the recommendation.
    double inferenceThreshold = 0.5;
    // The primary inferred use case gets a mismatch or trade-off finding (information at most)
    // only at or above this confidence.
    double inferredFindingThreshold = 0.7;
    std::size_t maxInferred = 5;  // how many inferred use cases a report lists
};

// A dependency as the advisor saw it, with its catalogue entry (after user knowledge),
// for hovers and inlay hints.
struct DependencyInfo {
    Tech ecosystem = Tech::Node;
    std::string name;
    std::string file;
    manifest::ByteRange range;  // the name in the manifest
    bool dev = false;           // devDependencies
    // The catalogue entry, when the catalogue has one: shared, not copied, since a report
    // can list 100,000 dependencies and almost none of them are catalogued.
    std::shared_ptr<const Package> package;
};

struct ProjectReport {
    std::string root;
    std::vector<Tech> stacks;                     // node when there is a package.json, python with requirements
    // The stack whose code does the work: the only one, or with both, the one that is not just
    // development tooling (a package.json with only devDependencies beside Python code).
    // The rules and the recommendation judge this stack; none when both do work.
    std::optional<Tech> workingStack;
    std::vector<std::string> declaredUseCases;    // effective declared ids (empty when nothing valid is declared)
    std::optional<Declaration> declaration;       // where they were declared
    std::vector<InferredUseCase> inferredUseCases;
    std::vector<std::string> basis;               // the use cases the rules and recommendation used
    std::vector<Finding> findings;                // sorted by file and position; rules turned off removed
    std::optional<Recommendation> recommendation; // absent when there is no use case to go on
    std::vector<DependencyInfo> dependencies;
    std::vector<std::string> ignoredRules;        // rules turned off for this project, by any layer
};

// Never throws on any input. `kb` is usually builtinKnowledge(); a user knowledge file in
// the project (ProjectInput::userKnowledge) is validated and applied to a copy for this
// project only; when it is invalid, its errors become invalid-config findings and the
// built-in knowledge is used.
ProjectReport advise(const KnowledgeBase& kb, const ProjectInput& project, const AdviceOptions& options = {});
// The same answer, built in the storage of `previous` (any earlier report, usually this
// project's last one): its dependency list is updated in place rather than allocated anew,
// which is most of the cost of advising a manifest of 100,000 dependencies on a keystroke.
ProjectReport advise(const KnowledgeBase& kb, const ProjectInput& project, const AdviceOptions& options,
                     ProjectReport&& previous);

// The stack to recommend from when several projects are advised together (a workspace, a
// monorepo): their common working stack; none when they differ or one has none.
std::optional<Tech> commonWorkingStack(const std::vector<const ProjectReport*>& reports);

}  // namespace stackls::knowledge
