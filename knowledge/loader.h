// Loads and validates the knowledge base from its JSON data files; also gives the built-in base.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "knowledge/json_checker.h"
#include "knowledge/knowledge_base.h"

namespace stackls::knowledge {

struct DataFile {
    std::string name;  // technologies.json, dimensions.json, use-cases.json, packages-npm.json, packages-pypi.json
    std::string_view text;
};

struct LoadResult {
    KnowledgeBase kb;               // everything that validated; invalid entries are left out
    std::vector<LoadError> errors;  // each with file and JSON path
    bool ok() const { return errors.empty(); }
};

// Validates every file against the schema in docs/knowledge.md. The three core files are
// required; the package catalogues are optional (an absent one is an empty catalogue).
// Cross-references are checked too: reason refs must name existing entries, package
// signals must name use cases, equivalents must exist in the other catalogue.
LoadResult loadKnowledge(const std::vector<DataFile>& files);

// The knowledge base validated from knowledge/data/*.json at build time, read from its
// embedded snapshot on first use (builtin_knowledge.cpp). The build fails on invalid data.
const KnowledgeBase& builtinKnowledge();

// Reads a `packages` array in catalogue format into `out` (shared with user knowledge files).
// Use-case ids are checked against `kb`.
void readPackageList(const nlohmann::json& packages, const std::string& path, Tech ecosystem,
                     const KnowledgeBase& kb, const std::string& origin, JsonChecker& check,
                     std::vector<Package>& out);

// Drops equivalents that do not exist in the other catalogue, recording an error for each.
void checkEquivalents(KnowledgeBase& kb, std::vector<LoadError>& errors);

}  // namespace stackls::knowledge
