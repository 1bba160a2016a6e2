// The per-rule texts of rule_docs.h, kept next to nothing else so the rule table stays short.
#include "knowledge/rule_docs.h"

#include "knowledge/findings.h"

namespace stackls::knowledge {

namespace {

constexpr RuleDoc kRuleDocs[] = {
    {rule::kUseCaseMismatch, "UseCaseMismatch",
     "The project declares a use case that its single stack (Node.js or Python) is weak at while the other "
     "technology is strong at it. The verdicts follow the source comparison: Node.js's event loop suits "
     "real-time, streaming and many concurrent I/O-bound requests; Python's libraries suit numerical work, "
     "machine learning, recognition software and 3D modelling.",
     "Move the part that needs the other stack into a service of its own (Recommend Stack says which part "
     "goes where), or correct the declaration.",
     "stack-fit,use-case"},
    {rule::kDependencyAgainstStack, "DependencyAgainstStack",
     "A dependency strongly signals a use case that its own ecosystem is weak at and the other strong at, "
     "such as machine learning in Node.js or a real-time socket server in Python.",
     "Consider the named equivalent in the other stack for that part, or declare the project's use case.",
     "stack-fit,dependency"},
    {rule::kInferredUseCaseMismatch, "InferredUseCaseMismatch",
     "Nothing declares what the project is for, and the use case inferred from its dependencies, keywords "
     "and description fits its stack badly.",
     "Declare the use case; a declared use case replaces the guess.",
     "stack-fit,use-case,inferred"},
    {rule::kUseCaseTradeOff, "UseCaseTradeOff",
     "The project's stack fits its use case (declared, or the primary one inferred with confidence of at "
     "least 0.7), but the source names the other technology as better suited and rates it higher; the "
     "message says what each side brings and what helps on the project's own side.",
     "Nothing is wrong: keep the stack and use the mitigations the message names, or move the part that "
     "would gain most into a service on the other stack. Ignore the rule if the trade-off is known.",
     "stack-fit,use-case,trade-off"},
    {rule::kUnsupportedUseCase, "UnsupportedUseCase",
     "A use case is declared, the project has dependencies, and none of them is known to serve it; the "
     "declaration may be stale or meant another use case.",
     "Correct the declaration, or add the packages the project will use for it.",
     "use-case,declaration"},
    {rule::kUnknownUseCase, "UnknownUseCase",
     "A declared use-case id is not one stackls knows, so it declares nothing.",
     "Use one of the ids `stackls use-cases` lists; the message suggests the closest one.",
     "declaration,correctness"},
    {rule::kConflictingDeclarations, "ConflictingDeclarations",
     "Two files of one project declare different use cases; the one with higher precedence wins.",
     "Make the declarations agree, or delete one.",
     "declaration,configuration"},
    {rule::kInvalidConfig, "InvalidConfiguration",
     ".stackls.json, package.json's \"stackls\" block or a user knowledge file does not follow its schema, so "
     "part of it is not applied.",
     "Follow the message; schemas/stackls.schema.json describes every member.",
     "configuration,correctness"},
    {rule::kNoDependencies, "NoDependencies",
     "The project lists no dependencies and declares no use case, so there is nothing to advise on.",
     "Declare the use case if you want advice.",
     "configuration"},
    {rule::kManifestProblem, "ManifestProblem",
     "package.json or a requirements file holds something npm or pip would reject or read differently from "
     "what it seems to say.",
     "Follow the message.",
     "manifest,correctness"},
};

}  // namespace

const RuleDoc* ruleDoc(std::string_view id) {
    for (const auto& d : kRuleDocs)
        if (d.id == id) return &d;
    return nullptr;
}

}  // namespace stackls::knowledge
