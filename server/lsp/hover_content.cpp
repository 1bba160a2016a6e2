// Renders hover texts from knowledge types; one builder writes either markdown or plain text so both stay in step.
#include "server/lsp/hover_content.h"

#include <algorithm>
#include <cstddef>
#include <set>
#include <utility>
#include <vector>

namespace stackls::server {

namespace {

using knowledge::FitLevel;
using knowledge::KnowledgeBase;
using knowledge::Tech;
using protocol::MarkupKind;

// Counts code points, so plain-text table columns line up for non-ASCII titles.
std::size_t displayWidth(const std::string& s) {
    std::size_t n = 0;
    for (unsigned char c : s) {
        if ((c & 0xC0) != 0x80) ++n;
    }
    return n;
}

// Blocks of text (title, paragraphs, lists, tables, notes) written as markdown or plain text.
class RichText {
public:
    explicit RichText(MarkupKind kind) : kind_(kind) {}

    bool markdown() const { return kind_ == MarkupKind::Markdown; }

    // Inline pieces: escape() for text from the knowledge base or the user's files.
    std::string escape(std::string_view s) const {
        if (!markdown()) return std::string(s);
        std::string out;
        for (char c : s) {
            if (c == '\\' || c == '`' || c == '*' || c == '_' || c == '[' || c == ']' || c == '<' || c == '>' || c == '|')
                out += '\\';
            out += c;
        }
        return out;
    }
    std::string code(std::string_view s) const {
        if (!markdown()) return std::string(s);
        // A backtick inside would end the span early; none of our names has one, but user files might.
        std::string clean(s);
        std::replace(clean.begin(), clean.end(), '`', '\'');
        return "`" + clean + "`";
    }
    std::string strong(std::string_view s) const { return markdown() ? "**" + escape(s) + "**" : std::string(s); }

    void paragraph(std::string text) { blocks_.push_back(std::move(text)); }
    void note(std::string text) { blocks_.push_back(markdown() ? "_" + text + "_" : std::move(text)); }
    void bullets(const std::vector<std::string>& items) {
        if (items.empty()) return;
        std::string out;
        for (const auto& item : items) {
            if (!out.empty()) out += '\n';
            out += "- ";
            out += item;
        }
        blocks_.push_back(std::move(out));
    }
    // Cells are escaped here; pass raw text.
    void table(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& rows) {
        if (rows.empty()) return;
        blocks_.push_back(markdown() ? markdownTable(header, rows) : plainTable(header, rows));
    }

    std::string str() const {
        std::string out;
        for (const auto& b : blocks_) {
            if (!out.empty()) out += "\n\n";
            out += b;
        }
        return out;
    }

private:
    std::string markdownTable(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& rows) const {
        auto line = [this](const std::vector<std::string>& cells) {
            std::string out = "|";
            for (const auto& c : cells) {
                std::string flat = c;
                std::replace(flat.begin(), flat.end(), '\n', ' ');
                out += ' ';
                out += escape(flat);
                out += " |";
            }
            return out;
        };
        std::string out = line(header) + "\n|";
        for (std::size_t i = 0; i < header.size(); ++i) out += "---|";
        for (const auto& row : rows) {
            out += '\n';
            out += line(row);
        }
        return out;
    }

    static std::string plainTable(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& rows) {
        std::vector<std::size_t> width(header.size(), 0);
        auto measure = [&width](const std::vector<std::string>& cells) {
            for (std::size_t i = 0; i < cells.size() && i < width.size(); ++i) width[i] = std::max(width[i], displayWidth(cells[i]));
        };
        measure(header);
        for (const auto& row : rows) measure(row);
        auto line = [&width](const std::vector<std::string>& cells) {
            std::string out;
            for (std::size_t i = 0; i < width.size(); ++i) {
                std::string c = i < cells.size() ? cells[i] : "";
                std::replace(c.begin(), c.end(), '\n', ' ');
                out += c;
                if (i + 1 < width.size()) out += std::string(width[i] - displayWidth(c) + 2, ' ');
            }
            while (!out.empty() && out.back() == ' ') out.pop_back();
            return out;
        };
        std::string out = line(header) + "\n";
        std::size_t total = 0;
        for (std::size_t w : width) total += w + 2;
        out += std::string(total > 2 ? total - 2 : total, '-');
        for (const auto& row : rows) {
            out += '\n';
            out += line(row);
        }
        return out;
    }

    MarkupKind kind_;
    std::vector<std::string> blocks_;
};

std::string joined(const std::vector<std::string>& parts, std::string_view sep) {
    std::string out;
    for (const auto& p : parts) {
        if (!out.empty()) out += sep;
        out += p;
    }
    return out;
}

std::string useCaseTitle(const KnowledgeBase& kb, const std::string& id) {
    const auto* u = kb.useCase(id);
    return u ? u->title : id;
}

std::string signalStrength(double weight) {
    if (weight >= 0.7) return "strong signal";
    if (weight >= 0.4) return "moderate signal";
    return "faint signal";
}

// "Sources: nodejs-vs-python — Use cases; Speed" from the sections cited.
void sourcesNote(RichText& t, const std::vector<knowledge::SourceRef>& refs) {
    std::string doc;
    std::set<std::string> seen;
    std::vector<std::string> sections;
    for (const auto& r : refs) {
        if (doc.empty()) doc = r.doc;
        if (!r.section.empty() && seen.insert(r.section).second) sections.push_back(r.section);
    }
    if (doc.empty()) return;
    t.note(t.escape("Sources: " + doc + (sections.empty() ? "" : " — " + joined(sections, "; "))));
}

// One line on how a use case fares on `tech`, with the other side for contrast.
std::string fitLine(const knowledge::UseCase& u, Tech tech, const RichText& t) {
    Tech other = knowledge::otherTech(tech);
    return t.escape(u.title + " on " + std::string(knowledge::techTitle(tech)) + ": " +
                    fitPhrase(u.fit[knowledge::idx(tech)].level) + " (" + std::string(knowledge::techTitle(other)) + ": " +
                    fitPhrase(u.fit[knowledge::idx(other)].level) + ")");
}

}  // namespace

protocol::MarkupKind hoverMarkupKind(const protocol::ClientCapabilities& client) {
    for (const auto& format : client.hoverContentFormat) {
        if (format == "markdown") return MarkupKind::Markdown;
        if (format == "plaintext") return MarkupKind::PlainText;
    }
    return MarkupKind::Markdown;
}

std::string fitPhrase(FitLevel level) {
    switch (level) {
        case FitLevel::Weak: return "weak fit";
        case FitLevel::Fits: return "fair fit";
        case FitLevel::Strong: return "strong fit";
    }
    return "fit";
}

std::string fitSummary(const KnowledgeBase& kb, std::string_view useCaseId) {
    const auto* u = kb.useCase(useCaseId);
    if (!u) return "";
    std::string out;
    for (auto t : knowledge::kTechs) {
        if (!out.empty()) out += " · ";
        out += knowledge::techTitle(t);
        out += ": " + fitPhrase(u->fit[knowledge::idx(t)].level);
    }
    return out;
}

std::string dependencyHover(const KnowledgeBase& kb, const knowledge::DependencyInfo& dependency,
                            const knowledge::ProjectReport& report, MarkupKind kind) {
    RichText t(kind);
    const std::string ecosystem(knowledge::ecosystemId(dependency.ecosystem));
    const auto& pkg = dependency.package;
    if (!pkg) {
        t.paragraph(t.strong(dependency.name) + " (" + ecosystem + ")");
        t.paragraph(t.escape("Not in the stackls package catalogue, so it says nothing about what this project is for."));
        return t.str();
    }
    t.paragraph(t.strong(pkg->name) + " (" + ecosystem + ") — " + t.escape(pkg->role));
    if (!pkg->summary.empty()) t.paragraph(t.escape(pkg->summary));

    std::vector<std::string> signalled;
    for (const auto& [id, weight] : pkg->signals) {
        signalled.push_back(t.escape(useCaseTitle(kb, id)) + " " + t.code(id) + " (" + signalStrength(weight) + ")");
    }
    if (!signalled.empty()) {
        t.paragraph("Signals: " + joined(signalled, ", "));
        if (dependency.dev) t.paragraph(t.escape("Listed as a dev dependency: its code does not ship, so its signals count half."));
    }

    // How the project's use cases fare on the stack this dependency belongs to.
    const bool declared = !report.declaredUseCases.empty();
    std::vector<std::string> fits;
    bool supportsBasis = false;
    for (const auto& id : report.basis) {
        const auto* u = kb.useCase(id);
        if (!u) continue;
        fits.push_back(fitLine(*u, dependency.ecosystem, t));
        for (const auto& [signal, weight] : pkg->signals) supportsBasis = supportsBasis || signal == id;
    }
    if (fits.empty()) {
        t.paragraph(t.escape("No use case is declared or inferred for this project yet, so its fit cannot be judged."));
    } else {
        std::string intro = declared ? "What this project declares it is for" : "What this project seems to be for";
        if (declared && report.declaration && !report.declaration->inheritedFrom.empty())
            intro += " (declared in " + report.declaration->inheritedFrom + ")";
        t.paragraph(t.escape(intro + ":"));
        t.bullets(fits);
        if (!pkg->signals.empty()) {
            t.paragraph(t.escape(supportsBasis ? "This dependency is in line with it."
                                               : "This dependency points elsewhere: none of its signals is among those use cases."));
        }
    }

    if (!pkg->equivalents.empty()) {
        std::vector<std::string> names;
        for (const auto& e : pkg->equivalents) names.push_back(t.code(e));
        t.paragraph(t.escape(std::string(knowledge::techTitle(knowledge::otherTech(dependency.ecosystem))) + " equivalents: ") +
                    joined(names, ", "));
    }
    t.note(t.escape(pkg->origin.empty() ? "stackls package catalogue" : "from " + pkg->origin));
    return t.str();
}

std::string useCaseHover(const KnowledgeBase& kb, std::string_view useCaseId, const knowledge::ProjectReport& report,
                         MarkupKind kind) {
    const auto* u = kb.useCase(useCaseId);
    if (!u) return "";
    RichText t(kind);
    t.paragraph(t.strong(u->title) + " (" + t.code(u->id) + ")");
    if (!u->description.empty()) t.paragraph(t.escape(u->description));

    const FitLevel node = u->fit[knowledge::idx(Tech::Node)].level;
    const FitLevel python = u->fit[knowledge::idx(Tech::Python)].level;
    std::string verdict = node == python ? "Both suit it equally (" + fitPhrase(node) + ")."
                                         : std::string(knowledge::techTitle(node > python ? Tech::Node : Tech::Python)) +
                                               " suits it better (Node.js: " + fitPhrase(node) + ", Python: " + fitPhrase(python) + ").";
    for (auto stack : report.stacks) {
        verdict += " This project is on " + std::string(knowledge::techTitle(stack)) + ": " +
                   fitPhrase(u->fit[knowledge::idx(stack)].level) + ".";
    }
    t.paragraph(t.strong("Verdict:") + " " + t.escape(verdict));

    std::vector<knowledge::SourceRef> sources{u->source};
    std::vector<std::vector<std::string>> rows;
    for (const auto& [id, weight] : u->dimensions) {
        const auto* d = kb.dimension(id);
        if (!d) continue;
        const double diff = d->sides[0].score - d->sides[1].score;
        std::string leans = diff > 0.05 ? "Node.js" : diff < -0.05 ? "Python" : "even";
        std::string matters = weight >= 0.7 ? "high" : weight >= 0.4 ? "medium" : "low";
        rows.push_back({d->title, d->sides[0].position, d->sides[1].position, leans, matters});
        sources.push_back(d->source);
    }
    t.table({"Dimension", "Node.js", "Python", "Ahead", "Matters"}, rows);

    std::vector<std::string> why;
    for (auto tech : knowledge::kTechs) {
        const auto& fit = u->fit[knowledge::idx(tech)];
        std::vector<std::string> reasons;
        for (const auto& r : fit.reasons) {
            reasons.push_back(r.text);
            for (const auto& ref : r.refs) sources.push_back(kb.refSource(ref));
        }
        std::string line = t.strong(std::string(knowledge::techTitle(tech)) + " (" + fitPhrase(fit.level) + ")");
        if (!fit.overriddenBy.empty()) line += t.escape(" [set by " + fit.overriddenBy + "]");
        if (!reasons.empty()) line += ": " + t.escape(joined(reasons, " "));
        why.push_back(line);
    }
    t.bullets(why);

    for (auto tech : knowledge::kTechs) {
        if (u->fit[knowledge::idx(tech)].level >= u->fit[knowledge::idx(knowledge::otherTech(tech))].level) continue;
        for (const auto& m : u->mitigations[knowledge::idx(tech)]) {
            std::string line = t.escape("What helps on " + std::string(knowledge::techTitle(tech)) + ": " + m.text);
            std::vector<std::string> names;  // packages the text does not already name
            for (const auto& p : m.packages) {
                if (m.text.find(p) == std::string::npos) names.push_back(t.code(p));
            }
            if (!names.empty()) line += " (" + joined(names, ", ") + ")";
            t.paragraph(line);
        }
    }
    sourcesNote(t, sources);
    return t.str();
}

std::string findingHover(const KnowledgeBase& kb, const knowledge::Finding& finding, MarkupKind kind) {
    RichText t(kind);
    const auto* info = knowledge::ruleInfo(finding.rule);
    std::string head = info ? t.strong(std::string(info->title)) + " " : "";
    t.paragraph(head + "(" + t.code(finding.rule) + ", " + std::string(knowledge::severityName(finding.severity)) + ")");
    t.paragraph(t.escape(finding.message));

    std::vector<std::string> because;
    std::vector<knowledge::SourceRef> sources;
    std::set<std::string> seen;
    for (const auto& ref : finding.refs) {
        if (!seen.insert(ref).second) continue;
        std::string label = kb.refLabel(ref);
        std::string detail;
        if (ref.rfind("dimension:", 0) == 0) {
            if (const auto* d = kb.dimension(ref.substr(10))) {
                detail = "Node.js " + d->sides[0].position + "; Python " + d->sides[1].position;
            }
        } else if (const auto* e = kb.entry(ref)) {
            if (e->text != label) detail = e->text;
            if (!e->correction.empty()) {
                if (!detail.empty()) detail += ' ';
                detail += "(Note: " + e->correction + ")";
            }
        }
        because.push_back(t.escape(detail.empty() ? label : label + ": " + detail));
        sources.push_back(kb.refSource(ref));
    }
    if (!because.empty()) {
        t.paragraph(t.escape("Based on:"));
        t.bullets(because);
    }
    std::vector<std::string> fixes;
    for (const auto& f : finding.fixes) fixes.push_back(t.escape(f.title) + (f.preferred ? " (preferred)" : ""));
    if (!fixes.empty()) {
        t.paragraph(t.escape("Quick fixes:"));
        t.bullets(fixes);
    }
    sourcesNote(t, sources);
    return t.str();
}

std::string ruleHover(std::string_view ruleId, MarkupKind kind) {
    const auto* info = knowledge::ruleInfo(ruleId);
    if (!info) return "";
    RichText t(kind);
    t.paragraph(t.strong(std::string(info->title)) + " (" + t.code(info->id) + ")");
    t.paragraph(t.escape("Category " + std::string(knowledge::categoryName(info->category)) + ", " +
                         std::string(knowledge::severityName(info->severity)) +
                         " by default. Listed here, it is not reported for this project, in the editor and in "
                         "stackls check alike (the project's files come before the editor's stackls.rules)."));
    return t.str();
}

}  // namespace stackls::server
