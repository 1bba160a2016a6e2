// Infers what a project is for from its dependencies, package.json keywords, description and name.
#pragma once

#include <string>
#include <vector>

#include "knowledge/knowledge_base.h"
#include "knowledge/manifest/model.h"
#include "knowledge/project_input.h"

namespace stackls::knowledge {

struct Evidence {
    enum class Kind { Dependency, Keyword, Description, Name };
    Kind kind = Kind::Dependency;
    std::string text;            // the dependency name, keyword or matched phrase
    std::string file;
    manifest::ByteRange range;   // where it stands in that file
    double weight = 0;           // its contribution before combining, in (0, 1]
};

std::string_view evidenceKindName(Evidence::Kind kind);  // "dependency" | "keyword" | "description" | "name"

struct InferredUseCase {
    std::string id;
    double confidence = 0;           // 0..1: 1 - Π(1 - weight) over the evidence
    std::vector<Evidence> evidence;  // strongest first
};

// Ranked by confidence, highest first; use cases without evidence are left out.
// Weights: a catalogue signal as given (halved for devDependencies, whose code does not
// ship); a package.json keyword naming a use case 0.5; a phrase of the description 0.3;
// a word of the package name 0.2.
std::vector<InferredUseCase> inferUseCases(const KnowledgeBase& kb, const ProjectInput& project);

}  // namespace stackls::knowledge
