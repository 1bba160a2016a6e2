// Shared helpers for the knowledge tests: the fixture knowledge base, projects from text, range markers, applying fixes.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "knowledge/findings.h"
#include "knowledge/knowledge_base.h"
#include "knowledge/project_input.h"

namespace stackls::knowledge::test {

// The built-in technologies, dimensions and use cases with the small fixture catalogue
// from tests/data/knowledge/ (fixed weights, independent of the real catalogue's tuning).
const KnowledgeBase& fixtureKnowledge();

// Text with one `[[...]]` marker: the text without the brackets, and the marked byte range.
struct Marked {
    std::string text;
    manifest::ByteRange range;
};
Marked marked(const std::string& annotated);

// A project from texts; files are named "package.json", "requirements.txt", ".stackls.json".
struct ProjectTexts {
    std::optional<std::string> packageJson;
    std::vector<std::string> requirements;  // requirements.txt, requirements-2.txt, ...
    std::optional<std::string> config;
    std::optional<std::string> knowledge;   // the file named knowledge.json
};
ProjectInput makeProject(const ProjectTexts& texts);

// Applies a fix's edits to `text` (the content of `file`); edits for other files are ignored.
std::string applyFix(const Fix& fix, const std::string& file, std::string text);

std::vector<std::string> ruleIds(const std::vector<Finding>& findings);
const Finding* findRule(const std::vector<Finding>& findings, std::string_view rule);

}  // namespace stackls::knowledge::test
