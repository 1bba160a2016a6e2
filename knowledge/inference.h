// Infers what a project is for from its dependencies and its own words (name, description,
// keywords, Trove classifiers) in package.json, requirements files and Python manifests.
#pragma once

#include <string>
#include <vector>

#include "knowledge/knowledge_base.h"
#include "knowledge/manifest/model.h"
#include "knowledge/project_input.h"

namespace stackls::knowledge {

struct Evidence {
    enum class Kind { Dependency, Keyword, Description, Name, Classifier };
    Kind kind = Kind::Dependency;
    std::string text;            // the dependency name, keyword, matched phrase or classifier
    std::string file;
    manifest::ByteRange range;   // where it stands in that file
    double weight = 0;           // its contribution before combining, in (0, 1]
};

// "dependency" | "keyword" | "description" | "name" | "classifier"
std::string_view evidenceKindName(Evidence::Kind kind);

struct InferredUseCase {
    std::string id;
    double confidence = 0;           // 0..1: 1 - Π(1 - weight) over the evidence
    std::vector<Evidence> evidence;  // strongest first
};

// Backend and web: the source says both technologies aim at them first of all, so they say
// least about which one fits. They rank first only when no specific use case has comparable
// evidence.
bool isGenericUseCase(std::string_view id);

// Ranked most telling first; use cases without evidence are left out.
// Weights: a catalogue signal as given (halved for development-only and optional
// dependencies, whose code does not ship with the project); the project's own name when the
// catalogue knows it (the project is that package) with that package's signals; a keyword
// naming a use case 0.5; a Trove classifier naming one 0.6 (an "Intended Audience" one 0.3);
// a phrase of the description 0.3; a word of the name 0.2.
// Rank: confidence, a generic use case's scaled by 0.6; then the sum of the evidence's squared
// weights, the project's own words counting twice (a dependency may serve a side job; the
// project's words say what it is for).
std::vector<InferredUseCase> inferUseCases(const KnowledgeBase& kb, const ProjectInput& project);

}  // namespace stackls::knowledge
