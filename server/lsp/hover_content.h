// Hover texts (dependency card, use-case comparison, a finding's reasoning) and short fit phrases, in markdown or plain text.
#pragma once

#include <string>
#include <string_view>

#include "knowledge/advisor.h"
#include "knowledge/knowledge_base.h"
#include "protocol/lsp_types.h"

namespace stackls::server {

// Markdown unless the client lists contentFormat and plaintext comes before markdown
// (or markdown is missing): Eglot without markdown-mode asks for plaintext only.
protocol::MarkupKind hoverMarkupKind(const protocol::ClientCapabilities& client);

// "weak fit" | "fair fit" | "strong fit".
std::string fitPhrase(knowledge::FitLevel level);
// "Node.js: strong fit · Python: weak fit" for a known use case, "" otherwise.
std::string fitSummary(const knowledge::KnowledgeBase& kb, std::string_view useCaseId);

// What a dependency is, the use cases it signals, how it fits what the project is for on
// its own stack, and its equivalents in the other ecosystem.
std::string dependencyHover(const knowledge::KnowledgeBase& kb, const knowledge::DependencyInfo& dependency,
                            const knowledge::ProjectReport& report, protocol::MarkupKind kind);

// Node.js and Python side by side for one use case: fit and verdict, a row per dimension
// that matters to it, what helps the weaker side, and the sources. Empty for unknown ids.
std::string useCaseHover(const knowledge::KnowledgeBase& kb, std::string_view useCaseId,
                         const knowledge::ProjectReport& report, protocol::MarkupKind kind);

// A finding's rule, message, the knowledge it rests on (with sources) and its fixes.
std::string findingHover(const knowledge::KnowledgeBase& kb, const knowledge::Finding& finding,
                         protocol::MarkupKind kind);

// A rule id where the user silences it (an "ignore" list): what the rule reports and how
// severe it is by default. Empty for unknown ids.
std::string ruleHover(std::string_view ruleId, protocol::MarkupKind kind);

}  // namespace stackls::server
