// Stack recommendation: per-use-case scores from fits and dimensions, then node, python or split.
#include "knowledge/recommendation.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace stackls::knowledge {

std::string_view stackChoiceName(StackChoice s) {
    switch (s) {
        case StackChoice::Node: return "node";
        case StackChoice::Python: return "python";
        case StackChoice::Split: return "split";
    }
    return "node";
}

namespace {

constexpr double kFitShare = 0.7;
constexpr double kPreferenceMargin = 0.1;
constexpr double kTieMargin = 0.02;

double round2(double v) { return std::round(v * 100.0) / 100.0; }

std::vector<Citation> cite(const KnowledgeBase& kb, const std::vector<std::string>& refs) {
    std::vector<Citation> out;
    for (const auto& r : refs) out.push_back({r, kb.refLabel(r), kb.refSource(r)});
    return out;
}

std::string joinTitles(const KnowledgeBase& kb, const std::vector<std::string>& ids) {
    std::string out;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        const auto* u = kb.useCase(ids[i]);
        if (i > 0) out += i + 1 == ids.size() ? " and " : ", ";
        out += u ? u->title : ids[i];
    }
    return out;
}

}  // namespace

Recommendation recommend(const KnowledgeBase& kb, const std::vector<std::string>& useCaseIds,
                         std::optional<Tech> current) {
    Recommendation rec;
    std::set<std::string> seen;
    std::vector<const UseCase*> cases;
    for (const auto& id : useCaseIds) {
        const auto* u = kb.useCase(id);
        if (u && seen.insert(id).second) {
            cases.push_back(u);
            rec.useCases.push_back(id);
        }
    }
    // Dimension weights: the largest any chosen use case gives it.
    for (const auto& d : kb.dimensions) {
        DimensionScore ds{d.id, d.title, {d.sides[0].score, d.sides[1].score}, 0.0};
        for (const auto* u : cases) {
            for (const auto& [id, w] : u->dimensions) {
                if (id == d.id) ds.weight = std::max(ds.weight, w);
            }
        }
        rec.dimensions.push_back(ds);
    }
    if (cases.empty()) {
        rec.summary = "No known use case was given, so there is nothing to recommend.";
        return rec;
    }

    std::array<int, 2> preferredCount{};
    bool nodeOnly = false, pythonOnly = false;  // a use case only one side serves well
    for (const auto* u : cases) {
        UseCaseScore s;
        s.id = u->id;
        s.title = u->title;
        double dimWeight = 0;
        std::array<double, 2> dimSum{};
        for (const auto& [id, w] : u->dimensions) {
            const auto* d = kb.dimension(id);
            if (!d) continue;
            dimWeight += w;
            for (auto t : kTechs) dimSum[idx(t)] += w * d->sides[idx(t)].score;
        }
        for (auto t : kTechs) {
            s.fit[idx(t)] = u->fit[idx(t)].level;
            double dims = dimWeight > 0 ? dimSum[idx(t)] / dimWeight : 0.5;
            s.score[idx(t)] = round2(kFitShare * kb.fitValue(s.fit[idx(t)]) + (1 - kFitShare) * dims);
            rec.scores[idx(t)] += s.score[idx(t)];
        }
        double diff = s.score[0] - s.score[1];
        if (std::abs(diff) >= kPreferenceMargin) {
            s.preferred = diff > 0 ? Tech::Node : Tech::Python;
            ++preferredCount[idx(*s.preferred)];
        }
        if (s.fit[0] == FitLevel::Strong && s.fit[1] == FitLevel::Weak) nodeOnly = true;
        if (s.fit[1] == FitLevel::Strong && s.fit[0] == FitLevel::Weak) pythonOnly = true;

        // Reasons: the stronger side's case first, then the weaker side's, each cited.
        std::array<Tech, 2> order = s.fit[1] > s.fit[0] ? std::array<Tech, 2>{Tech::Python, Tech::Node}
                                                         : std::array<Tech, 2>{Tech::Node, Tech::Python};
        for (auto t : order) {
            const auto& fit = u->fit[idx(t)];
            for (const auto& r : fit.reasons) {
                std::string text = u->title + " — " + std::string(techTitle(t)) + " " +
                                   std::string(fitLevelName(fit.level)) + ": " + r.text;
                std::optional<Tech> favours;
                if (s.fit[idx(t)] != s.fit[idx(otherTech(t))]) favours = s.fit[idx(t)] > s.fit[idx(otherTech(t))] ? t : otherTech(t);
                rec.reasons.push_back({u->id, favours, std::move(text), cite(kb, r.refs)});
            }
            if (fit.level < u->fit[idx(otherTech(t))].level) {
                for (const auto& m : u->mitigations[idx(t)]) rec.mitigations.push_back({u->id, t, m.text, m.packages});
            }
        }
        rec.perUseCase.push_back(std::move(s));
    }
    for (auto t : kTechs) rec.scores[idx(t)] = round2(rec.scores[idx(t)] / static_cast<double>(cases.size()));

    for (const auto& s : rec.perUseCase) {
        if (s.preferred) rec.split[idx(*s.preferred)].push_back(s.id);
        else rec.either.push_back(s.id);
    }
    auto splitSummary = [&] {
        std::string out = "Split the work: Node.js for " + joinTitles(kb, rec.split[0]) + "; Python for " +
                          joinTitles(kb, rec.split[1]) + ".";
        if (!rec.either.empty()) out += " Either side can take " + joinTitles(kb, rec.either) + ".";
        return out;
    };
    auto scoreText = [&](Tech first) {
        return std::to_string(static_cast<int>(std::lround(rec.scores[idx(first)] * 100))) + " vs " +
               std::to_string(static_cast<int>(std::lround(rec.scores[idx(otherTech(first))] * 100)));
    };
    rec.current = current;
    if (current) {
        const Tech here = *current, there = otherTech(*current);
        const UseCase* primary = cases.front();
        const bool favoursThere = primary->betterSuited == techId(there) &&
                                  primary->fit[idx(there)].level > primary->fit[idx(here)].level;
        if (!favoursThere) {
            rec.keepsCurrent = true;
            rec.stack = here == Tech::Node ? StackChoice::Node : StackChoice::Python;
            rec.summary = "Stay on " + std::string(techTitle(here)) + ": the source rates it " +
                          std::string(fitLevelName(primary->fit[idx(here)].level)) + " for " + primary->title + " (" +
                          std::string(techTitle(there)) + " " + std::string(fitLevelName(primary->fit[idx(there)].level)) + ").";
            if (!primary->fit[idx(there)].reasons.empty()) {
                rec.summary += " " + std::string(techTitle(there)) + " would offer: " + primary->fit[idx(there)].reasons.front().text;
            }
            return rec;
        }
        if ((here == Tech::Node ? nodeOnly : pythonOnly) && (there == Tech::Node ? nodeOnly : pythonOnly)) {
            rec.stack = StackChoice::Split;
            rec.summary = splitSummary();
            return rec;
        }
        rec.stack = there == Tech::Node ? StackChoice::Node : StackChoice::Python;
        rec.summary = std::string(techTitle(there)) + " fits " + primary->title + " better (" + scoreText(there) + "): the source rates " +
                      std::string(techTitle(here)) + " " + std::string(fitLevelName(primary->fit[idx(here)].level)) + " for it.";
        if (primary->fit[idx(here)].level != FitLevel::Weak && !primary->mitigations[idx(here)].empty()) {
            rec.summary += " Staying on " + std::string(techTitle(here)) + " is a trade-off; what helps: " +
                           primary->mitigations[idx(here)].front().text;
        }
        return rec;
    }
    if (nodeOnly && pythonOnly) {
        rec.stack = StackChoice::Split;
        rec.summary = splitSummary();
        return rec;
    }
    // Where the source rates every use case the same for both sides, the dimension scores
    // do not decide: that is the source's own verdict of a tie.
    bool sameFits = true;
    for (const auto& s : rec.perUseCase) sameFits = sameFits && s.fit[0] == s.fit[1];
    double diff = rec.scores[0] - rec.scores[1];
    const bool tie = sameFits || std::abs(diff) <= kTieMargin;
    Tech winner;
    if (!tie) winner = diff > 0 ? Tech::Node : Tech::Python;
    else if (preferredCount[0] != preferredCount[1]) winner = preferredCount[0] > preferredCount[1] ? Tech::Node : Tech::Python;
    else winner = Tech::Node;
    rec.stack = winner == Tech::Node ? StackChoice::Node : StackChoice::Python;
    rec.summary = std::string(techTitle(winner)) + " fits " + joinTitles(kb, rec.useCases) + " better (" + scoreText(winner) + ").";
    if (tie) {
        rec.summary = "Both fit " + joinTitles(kb, rec.useCases) + " about equally well; " + std::string(techTitle(winner)) +
                      " is the default.";
    }
    return rec;
}

}  // namespace stackls::knowledge
