// Markdown text for recommendations, use-case comparisons and package cards.
#include "knowledge/report/report_markdown.h"

#include <cmath>
#include <cstdio>
#include <set>

namespace stackls::knowledge {

namespace {

std::string percent(double v) { return std::to_string(static_cast<int>(std::lround(v * 100))); }

std::string sourceNote(const SourceRef& s) {
    return s.section.empty() ? "source: " + s.doc : "source: " + s.doc + ", \"" + s.section + "\"";
}

std::string cell(std::string text) {
    std::string out;
    for (char c : text) {
        if (c == '|') out += "\\|";
        else if (c == '\n') out += ' ';
        else out += c;
    }
    return out;
}

}  // namespace

std::string recommendationMarkdown(const KnowledgeBase& kb, const Recommendation& rec) {
    std::string md = "# Recommended stack: ";
    md += rec.stack == StackChoice::Split ? "split (Node.js + Python)" : std::string(techTitle(rec.stack == StackChoice::Node ? Tech::Node : Tech::Python));
    md += "\n\n" + rec.summary + "\n\n";
    if (rec.useCases.empty()) return md;
    md += "Score: Node.js " + percent(rec.scores[0]) + ", Python " + percent(rec.scores[1]) + " (out of 100).\n\n";
    if (rec.stack == StackChoice::Split) {
        md += "## Which part goes where\n\n";
        for (auto t : kTechs) {
            for (const auto& id : rec.split[idx(t)]) md += "- " + std::string(techTitle(t)) + ": " + kb.useCase(id)->title + "\n";
        }
        for (const auto& id : rec.either) md += "- either: " + kb.useCase(id)->title + "\n";
        md += "\n";
    }
    md += "## Use cases\n\n| Use case | Node.js | Python |\n|---|---|---|\n";
    for (const auto& s : rec.perUseCase) {
        md += "| " + cell(s.title) + " | " + std::string(fitLevelName(s.fit[0])) + " (" + percent(s.score[0]) + ") | " +
              std::string(fitLevelName(s.fit[1])) + " (" + percent(s.score[1]) + ") |\n";
    }
    md += "\n## Dimensions\n\n| Dimension | Node.js | Python | Weight |\n|---|---|---|---|\n";
    for (const auto& d : rec.dimensions) {
        md += "| " + cell(d.title) + " | " + percent(d.score[0]) + " | " + percent(d.score[1]) + " | " + percent(d.weight) + " |\n";
    }
    md += "\n## Reasons\n\n";
    for (const auto& r : rec.reasons) {
        md += "- " + r.text;
        std::set<std::string> sections;
        for (const auto& c : r.citations) {
            if (!c.source.section.empty()) sections.insert(c.source.section);
        }
        if (!sections.empty()) {
            md += " _(source: nodejs-vs-python —";
            bool first = true;
            for (const auto& s : sections) {
                md += (first ? " " : "; ") + s;
                first = false;
            }
            md += ")_";
        }
        md += "\n";
    }
    if (!rec.mitigations.empty()) {
        md += "\n## If you stay on the weaker side\n\n";
        for (const auto& m : rec.mitigations) {
            md += "- " + std::string(techTitle(m.tech)) + ", " + kb.useCase(m.useCase)->title + ": " + m.text + "\n";
        }
    }
    return md;
}

std::string useCaseComparisonMarkdown(const KnowledgeBase& kb, std::string_view useCaseId) {
    const auto* u = kb.useCase(useCaseId);
    if (!u) return "Unknown use case `" + std::string(useCaseId) + "`.";
    std::string md = "**" + u->title + "** (`" + u->id + "`)\n\n" + u->description + "\n\n";
    for (auto t : kTechs) {
        const auto& fit = u->fit[idx(t)];
        md += "- **" + std::string(techTitle(t)) + "**: " + std::string(fitLevelName(fit.level));
        if (!fit.overriddenBy.empty()) md += " (set by " + fit.overriddenBy + ")";
        md += " — ";
        for (std::size_t i = 0; i < fit.reasons.size(); ++i) md += (i ? " " : "") + fit.reasons[i].text;
        md += "\n";
    }
    md += "\n| Dimension | Node.js | Python |\n|---|---|---|\n";
    for (const auto& [id, weight] : u->dimensions) {
        const auto* d = kb.dimension(id);
        if (!d) continue;
        md += "| " + cell(d->title) + " | " + cell(d->sides[0].position) + " | " + cell(d->sides[1].position) + " |\n";
    }
    for (auto t : kTechs) {
        if (u->fit[idx(t)].level >= u->fit[idx(otherTech(t))].level) continue;
        for (const auto& m : u->mitigations[idx(t)]) md += "\nWhat helps on " + std::string(techTitle(t)) + ": " + m.text + "\n";
    }
    md += "\n_" + sourceNote(u->source) + "_";
    return md;
}

std::string packageMarkdown(const KnowledgeBase& kb, Tech ecosystem, const Package& package) {
    std::string md = "**" + package.name + "** — " + package.role + "\n\n" + package.summary + "\n\n";
    if (!package.signals.empty()) {
        md += "Signals:";
        for (const auto& [id, w] : package.signals) {
            const auto* u = kb.useCase(id);
            md += " " + (u ? u->title : id) + " (" + percent(w) + "%)";
            md += ";";
        }
        md.pop_back();
        md += "\n\n";
    }
    if (!package.equivalents.empty()) {
        md += std::string(techTitle(otherTech(ecosystem))) + " equivalents:";
        for (const auto& e : package.equivalents) md += " `" + e + "`";
        md += "\n\n";
    }
    md += package.origin.empty() ? "_stackls package catalogue_" : "_from " + package.origin + "_";
    return md;
}

}  // namespace stackls::knowledge
