// The rule table: every rule's stable id, category, default severity and one-line title.
#include "knowledge/findings.h"

namespace stackls::knowledge {

std::string_view severityName(Severity s) {
    switch (s) {
        case Severity::Error: return "error";
        case Severity::Warning: return "warning";
        case Severity::Information: return "information";
        case Severity::Hint: return "hint";
    }
    return "information";
}

std::optional<Severity> severityNamed(std::string_view name) {
    for (auto s : {Severity::Error, Severity::Warning, Severity::Information, Severity::Hint})
        if (severityName(s) == name) return s;
    return std::nullopt;
}

std::string_view categoryName(Category c) {
    switch (c) {
        case Category::Mismatch: return "mismatch";
        case Category::Hint: return "hint";
        case Category::Syntax: return "syntax";
        case Category::Config: return "config";
    }
    return "hint";
}

const std::vector<RuleInfo>& rules() {
    static const std::vector<RuleInfo> table = {
        {rule::kUseCaseMismatch, Category::Mismatch, Severity::Warning,
         "The declared use case fits this stack badly while the other technology fits it well."},
        {rule::kDependencyAgainstStack, Category::Hint, Severity::Hint,
         "A dependency serves a use case the other technology is better suited for."},
        {rule::kInferredUseCaseMismatch, Category::Mismatch, Severity::Information,
         "The use case inferred from the dependencies fits this stack badly."},
        {rule::kUseCaseTradeOff, Category::Mismatch, Severity::Information,
         "The stack fits the project's use case, but the source favours the other technology for it."},
        {rule::kUnsupportedUseCase, Category::Hint, Severity::Information,
         "No dependency supports the declared use case."},
        {rule::kUnknownUseCase, Category::Syntax, Severity::Error, "Unknown use-case id."},
        {rule::kConflictingDeclarations, Category::Config, Severity::Warning,
         "Two files declare different use cases for the same project."},
        {rule::kInvalidConfig, Category::Config, Severity::Error,
         "A .stackls.json or user knowledge file is malformed."},
        {rule::kNoDependencies, Category::Config, Severity::Information,
         "The project declares neither dependencies nor a use case, so there is nothing to advise on."},
        {rule::kManifestProblem, Category::Syntax, Severity::Error,
         "package.json or a requirements file cannot be read as npm or pip would."},
    };
    return table;
}

const RuleInfo* ruleInfo(std::string_view id) {
    for (const auto& r : rules()) {
        if (r.id == id) return &r;
    }
    return nullptr;
}

Finding makeFinding(std::string_view ruleId, std::string message, std::string file, manifest::ByteRange range) {
    Finding f;
    f.rule = std::string(ruleId);
    if (const auto* info = ruleInfo(ruleId)) {
        f.category = info->category;
        f.severity = info->severity;
    }
    f.message = std::move(message);
    f.file = std::move(file);
    f.range = range;
    return f;
}

}  // namespace stackls::knowledge
