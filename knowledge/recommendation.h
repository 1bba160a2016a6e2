// Recommends Node.js, Python or a split for a set of use cases, with scores and cited reasons.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "knowledge/knowledge_base.h"

namespace stackls::knowledge {

enum class StackChoice { Node, Python, Split };
std::string_view stackChoiceName(StackChoice s);  // "node" | "python" | "split"

struct Citation {
    std::string ref;    // "dimension:speed", "challenge:python.memory", ...
    std::string label;  // human label for the ref
    SourceRef source;
};

struct RecommendationReason {
    std::string useCase;            // the use case this reason is about
    std::optional<Tech> favours;    // the side it speaks for; none for neutral remarks
    std::string text;
    std::vector<Citation> citations;
};

struct UseCaseScore {
    std::string id;
    std::string title;
    std::array<FitLevel, 2> fit{};
    std::array<double, 2> score{};  // per side, 0..1
    std::optional<Tech> preferred;  // none when the two are within the tie margin
};

// One bar pair of the report's chart: the sides' scores on a dimension and how much the
// chosen use cases care about it (0..1, the largest weight among them).
struct DimensionScore {
    std::string id;
    std::string title;
    std::array<double, 2> score{};
    double weight = 0;
};

struct MitigationAdvice {
    std::string useCase;
    Tech tech;  // the weaker side that the mitigation helps
    std::string text;
    std::vector<std::string> packages;
};

struct Recommendation {
    std::vector<std::string> useCases;  // the ids the recommendation is for, known ones only
    StackChoice stack = StackChoice::Node;
    std::array<double, 2> scores{};     // per side, 0..1: the mean of the use-case scores
    std::vector<UseCaseScore> perUseCase;
    std::vector<DimensionScore> dimensions;
    // For a split: which use cases go to which side; `either` lists those both serve well.
    std::array<std::vector<std::string>, 2> split;
    std::vector<std::string> either;
    std::vector<RecommendationReason> reasons;
    std::vector<MitigationAdvice> mitigations;  // for the weaker side of each lopsided use case
    std::optional<Tech> current;                // the project's stack, when it has one
    // With a current stack: whether the advice is to stay on it (true) or to move (false).
    bool keepsCurrent = false;
    std::string summary;                        // one or two sentences
};

// Scores each use case per side as 0.7 × fit value + 0.3 × the weighted mean of the scores of
// the dimensions that matter to it, then averages over the use cases.
//
// Without a current stack (a new project) the choice follows the source: a split when one
// use case needs Node.js (strong there, Python weak) and another needs Python (the reverse);
// else the higher score, where use cases the source rates the same for both sides are a tie
// whatever the dimensions say, and a tie goes to the side preferred by more use cases, else
// Node.js.
//
// With a current stack, inertia: the project moves only when the source favours the other
// side for its primary (first) use case, i.e. names it better suited and rates it higher;
// then to the other side, or to a split when another of its use cases needs the current
// side. Otherwise it stays, and the summary says what the other side would offer.
// Unknown ids are skipped; with no known id the result has no use cases and zero scores.
Recommendation recommend(const KnowledgeBase& kb, const std::vector<std::string>& useCaseIds,
                         std::optional<Tech> current = std::nullopt);

}  // namespace stackls::knowledge
