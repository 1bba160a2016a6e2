// What the advisor reports: findings with stable rule ids, and the fixes a code action can apply, as data.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "knowledge/manifest/model.h"

namespace stackls::knowledge {

// Ordered from most to least severe, like LSP's DiagnosticSeverity.
enum class Severity { Error = 1, Warning = 2, Information = 3, Hint = 4 };
enum class Category { Mismatch, Hint, Syntax, Config };

std::string_view severityName(Severity s);  // "error" | "warning" | "information" | "hint"
std::optional<Severity> severityNamed(std::string_view name);  // the inverse of severityName
std::string_view categoryName(Category c);  // "mismatch" | "hint" | "syntax" | "config"

// Replace [range) of `file` with newText (an insertion when the range is empty).
struct TextEdit {
    std::string file;
    manifest::ByteRange range;
    std::string newText;
};

// Create `file` (which does not exist yet) with `content`.
struct FileCreation {
    std::string file;
    std::string content;
};

// One code action. Edits of one fix never overlap; each leaves its file valid JSON when it was valid.
struct Fix {
    std::string title;
    std::vector<TextEdit> edits;
    std::vector<FileCreation> creations;
    bool preferred = false;
};

struct Finding {
    std::string rule;  // a stable id from rules()
    Category category = Category::Hint;
    Severity severity = Severity::Information;
    std::string message;
    std::string file;            // as named in the ProjectInput; empty when there is no file to point at
    manifest::ByteRange range;   // byte range into that file's text
    std::vector<Fix> fixes;
    // What the finding is about, for hovers and for matching code-action requests.
    std::string useCase;         // a use-case id, when the finding concerns one
    std::string dependency;      // a package name, when the finding concerns one
    std::vector<std::string> refs;  // knowledge refs the message rests on ("dimension:speed", ...)
};

struct RuleInfo {
    std::string_view id;
    Category category;
    Severity severity;
    std::string_view title;  // one line, for SARIF rule descriptions and docs
};

// Every rule the advisor can report, in a fixed order.
const std::vector<RuleInfo>& rules();
const RuleInfo* ruleInfo(std::string_view id);

// Rule ids, so call sites cannot misspell them.
namespace rule {
inline constexpr std::string_view kUseCaseMismatch = "use-case-mismatch";
inline constexpr std::string_view kDependencyAgainstStack = "dependency-against-stack";
inline constexpr std::string_view kInferredUseCaseMismatch = "inferred-use-case-mismatch";
inline constexpr std::string_view kUseCaseTradeOff = "use-case-trade-off";
inline constexpr std::string_view kUnsupportedUseCase = "unsupported-use-case";
inline constexpr std::string_view kUnknownUseCase = "unknown-use-case";
inline constexpr std::string_view kConflictingDeclarations = "conflicting-declarations";
inline constexpr std::string_view kInvalidConfig = "invalid-config";
inline constexpr std::string_view kNoDependencies = "no-dependencies";
inline constexpr std::string_view kManifestProblem = "manifest-problem";
}  // namespace rule

// A finding with category and default severity taken from the rule table.
Finding makeFinding(std::string_view ruleId, std::string message, std::string file, manifest::ByteRange range);

}  // namespace stackls::knowledge
