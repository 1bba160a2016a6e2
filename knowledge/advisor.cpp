// The advisor: declarations, inference and the rules of docs/knowledge.md over one project.
#include "knowledge/advisor.h"

#include <algorithm>
#include <map>
#include <set>

#include "knowledge/fixes.h"
#include "knowledge/stackls_config.h"
#include "knowledge/user_knowledge.h"

namespace stackls::knowledge {

namespace {

using manifest::ByteRange;

constexpr std::size_t kMaxBasis = 3;

std::string joinRefs(const KnowledgeBase& kb, const std::vector<Reason>& reasons, std::vector<std::string>& refs) {
    std::string out;
    for (const auto& r : reasons) {
        out += (out.empty() ? "" : " ") + r.text;
        refs.insert(refs.end(), r.refs.begin(), r.refs.end());
    }
    (void)kb;
    return out;
}

std::string listNames(const std::vector<std::string>& names) {
    std::string out;
    for (const auto& n : names) out += (out.empty() ? "" : ", ") + n;
    return out;
}

class Advisor {
public:
    Advisor(const KnowledgeBase& kb, const ProjectInput& project, const AdviceOptions& options)
        : kb_(&kb), project_(project), options_(options) {}

    ProjectReport run() {
        report_.root = project_.root;
        if (project_.config) config_ = parseStacklsConfig(project_.config->text);
        readConfigProblems();
        applyUserKnowledgeFile();
        readManifestProblems();
        collectStacksAndDependencies();

        auto decl = resolveDeclarations(*kb_, project_, config_ ? &*config_ : nullptr, options_.cliUseCases,
                                        options_.settingUseCases);
        report_.declaredUseCases = decl.ids;
        report_.declaration = decl.winner;
        for (auto& f : decl.findings) report_.findings.push_back(std::move(f));

        report_.inferredUseCases = inferUseCases(*kb_, project_);
        chooseBasis();

        if (singleStack()) {
            declaredMismatch(decl);
            inferredMismatch();
        }
        dependenciesAgainstStack();
        unsupportedUseCases(decl);
        noDependencies();

        if (!report_.basis.empty()) report_.recommendation = recommend(*kb_, report_.basis, singleStack());
        if (report_.inferredUseCases.size() > options_.maxInferred) report_.inferredUseCases.resize(options_.maxInferred);
        applyRuleLevels();
        std::stable_sort(report_.findings.begin(), report_.findings.end(), [](const Finding& a, const Finding& b) {
            if (a.file != b.file) return a.file < b.file;
            return a.range.begin < b.range.begin;
        });
        return std::move(report_);
    }

private:
    std::optional<Tech> singleStack() const {
        if (report_.stacks.size() == 1) return report_.stacks.front();
        return std::nullopt;
    }

    std::string primaryFile() const {
        if (project_.packageJson) return project_.packageJson->file.path;
        if (!project_.requirements.empty()) return project_.requirements.front().file.path;
        return project_.config ? project_.config->path : project_.configPath;
    }

    const StacklsConfig* config() const { return config_ ? &*config_ : nullptr; }

    // The ignore fix depends on the rule only, and building it may re-read package.json;
    // a report with one finding per dependency would otherwise do that per dependency.
    void addIgnoreFix(Finding& f) {
        auto it = ignoreFixes_.find(f.rule);
        if (it == ignoreFixes_.end()) it = ignoreFixes_.emplace(f.rule, ignoreRuleFix(project_, config(), f.rule)).first;
        if (it->second) f.fixes.push_back(*it->second);
    }

    void readConfigProblems() {
        if (!config_) return;
        for (const auto& p : config_->problems) {
            auto f = makeFinding(rule::kInvalidConfig, p.message, project_.config->path, p.range);
            if (p.severity == manifest::Problem::Severity::Warning) f.severity = Severity::Warning;
            report_.findings.push_back(std::move(f));
        }
    }

    void applyUserKnowledgeFile() {
        // Errors point at the "knowledge" member of .stackls.json: that is the file the user edits to fix the link.
        std::string file = project_.config ? project_.config->path : "";
        ByteRange range{0, 0};
        if (config_ && config_->knowledge) range = config_->knowledge->range;
        if (!project_.knowledgeReadError.empty()) {
            report_.findings.push_back(makeFinding(rule::kInvalidConfig, project_.knowledgeReadError, file, range));
        }
        if (!project_.userKnowledge) return;
        KnowledgeBase copy = *kb_;
        auto errors = applyUserKnowledge(copy, project_.userKnowledge->text, project_.userKnowledge->path);
        if (errors.empty()) {
            overlay_ = std::move(copy);
            kb_ = &*overlay_;
            return;
        }
        if (file.empty()) file = project_.userKnowledge->path;
        for (const auto& e : errors) {
            report_.findings.push_back(makeFinding(rule::kInvalidConfig, "knowledge file " + e.toString(), file, range));
        }
    }

    void readManifestProblems() {
        auto add = [&](const std::string& file, const std::vector<manifest::Problem>& problems) {
            for (const auto& p : problems) {
                auto f = makeFinding(rule::kManifestProblem, p.message, file, p.range);
                if (p.severity == manifest::Problem::Severity::Warning) f.severity = Severity::Warning;
                report_.findings.push_back(std::move(f));
            }
        };
        if (project_.packageJson) add(project_.packageJson->file.path, project_.packageJson->model.problems);
        for (const auto& r : project_.requirements) add(r.file.path, r.model.problems);
    }

    void collectStacksAndDependencies() {
        if (project_.packageJson) {
            report_.stacks.push_back(Tech::Node);
            for (const auto& d : project_.packageJson->model.dependencies) {
                DependencyInfo info{Tech::Node, d.name, project_.packageJson->file.path, d.keyRange,
                                    d.section == manifest::DependencySection::DevDependencies, std::nullopt};
                if (const auto* p = kb_->package(Tech::Node, d.name)) info.package = *p;
                report_.dependencies.push_back(std::move(info));
            }
        }
        if (!project_.requirements.empty()) report_.stacks.push_back(Tech::Python);
        for (const auto& r : project_.requirements) {
            for (const auto& e : r.model.entries) {
                if (e.name.empty()) continue;
                if (e.kind != manifest::RequirementKind::Requirement && e.kind != manifest::RequirementKind::Editable) continue;
                DependencyInfo info{Tech::Python, e.name, r.file.path, e.nameRange, false, std::nullopt};
                if (const auto* p = kb_->package(Tech::Python, e.name)) info.package = *p;
                report_.dependencies.push_back(std::move(info));
            }
        }
    }

    void chooseBasis() {
        if (!report_.declaredUseCases.empty()) {
            report_.basis = report_.declaredUseCases;
            return;
        }
        for (const auto& u : report_.inferredUseCases) {
            if (u.confidence >= options_.inferenceThreshold && report_.basis.size() < kMaxBasis) report_.basis.push_back(u.id);
        }
    }

    // Where a finding about declared use case `id` goes: its id token when a file declared it.
    std::pair<std::string, ByteRange> declaredLocation(const DeclarationResolution& decl, const std::string& id) const {
        if (decl.winner && !decl.winner->file.empty()) {
            for (const auto& l : decl.winner->ids) {
                if (l.text == id) return {decl.winner->file, l.range};
            }
            return {decl.winner->file, decl.winner->range};
        }
        return {primaryFile(), {0, 0}};
    }

    static bool badFit(const UseCase& u, Tech t) {
        return u.fit[idx(t)].level == FitLevel::Weak && u.fit[idx(otherTech(t))].level > FitLevel::Weak;
    }

    std::string mismatchText(const UseCase& u, Tech t, std::vector<std::string>& refs) const {
        Tech o = otherTech(t);
        std::string msg = "the source rates " + std::string(techTitle(t)) + " " +
                          std::string(fitLevelName(u.fit[idx(t)].level)) + " for it and " +
                          std::string(techTitle(o)) + " " + std::string(fitLevelName(u.fit[idx(o)].level)) + ". " +
                          joinRefs(*kb_, u.fit[idx(t)].reasons, refs);
        if (!u.mitigations[idx(t)].empty()) msg += " What helps: " + u.mitigations[idx(t)].front().text;
        return msg;
    }

    void declaredMismatch(const DeclarationResolution& decl) {
        Tech t = *singleStack();
        for (const auto& id : report_.declaredUseCases) {
            const auto* u = kb_->useCase(id);
            if (!u || !badFit(*u, t)) continue;
            auto [file, range] = declaredLocation(decl, id);
            std::vector<std::string> refs;
            auto f = makeFinding(rule::kUseCaseMismatch,
                                 u->title + " is declared, but " + mismatchText(*u, t, refs), file, range);
            f.useCase = id;
            f.refs = std::move(refs);
            addIgnoreFix(f);
            report_.findings.push_back(std::move(f));
        }
    }

    void inferredMismatch() {
        if (!report_.declaredUseCases.empty()) return;
        Tech t = *singleStack();
        for (const auto& inferred : report_.inferredUseCases) {
            if (inferred.confidence < options_.inferenceThreshold) break;
            const auto* u = kb_->useCase(inferred.id);
            if (!u || !badFit(*u, t) || inferred.evidence.empty()) continue;
            const auto& top = inferred.evidence.front();
            std::vector<std::string> refs;
            std::string because;
            for (std::size_t i = 0; i < inferred.evidence.size() && i < 3; ++i) {
                because += (i ? ", " : "") + inferred.evidence[i].text;
            }
            auto f = makeFinding(rule::kInferredUseCaseMismatch,
                                 "This looks like " + u->title + " (" + std::to_string(static_cast<int>(inferred.confidence * 100 + 0.5)) +
                                     "% from " + because + "), but " + mismatchText(*u, t, refs),
                                 top.file, top.range);
            f.useCase = inferred.id;
            f.refs = std::move(refs);
            if (auto fix = declareUseCasesFix(project_, config(), {inferred.id}, "Declare use case " + inferred.id)) {
                f.fixes.push_back(std::move(*fix));
            }
            addIgnoreFix(f);
            report_.findings.push_back(std::move(f));
        }
    }

    void dependenciesAgainstStack() {
        std::set<std::pair<std::string, std::string>> reported;
        for (const auto& d : report_.dependencies) {
            if (!d.package) continue;
            Tech t = d.ecosystem;
            Tech o = otherTech(t);
            const UseCase* worst = nullptr;
            double weight = 0;
            for (const auto& [id, w] : d.package->signals) {
                const auto* u = kb_->useCase(id);
                if (!u || w < 0.5 || w <= weight) continue;
                if (u->fit[idx(t)].level == FitLevel::Weak && u->fit[idx(o)].level == FitLevel::Strong) {
                    worst = u;
                    weight = w;
                }
            }
            if (!worst || !reported.insert({d.file, d.name}).second) continue;
            std::string msg = d.name + (d.package->role.empty() ? "" : " (" + d.package->role + ")") + " serves " +
                              worst->title + ", where the source rates " + std::string(techTitle(o)) + " strong and " +
                              std::string(techTitle(t)) + " weak.";
            if (!d.package->equivalents.empty()) {
                msg += " " + std::string(techTitle(o)) + " equivalent: " + listNames(d.package->equivalents) + ".";
            }
            bool isMitigation = false;
            for (const auto& m : worst->mitigations[idx(t)]) {
                isMitigation |= std::find(m.packages.begin(), m.packages.end(), d.name) != m.packages.end();
            }
            if (isMitigation) {
                msg += " It is the usual way to do this on " + std::string(techTitle(t)) + "; if this part grows, consider moving it to " +
                       std::string(techTitle(o)) + ".";
            } else if (!worst->mitigations[idx(t)].empty()) {
                msg += " Staying on " + std::string(techTitle(t)) + ": " + worst->mitigations[idx(t)].front().text;
            }
            auto f = makeFinding(rule::kDependencyAgainstStack, std::move(msg), d.file, d.range);
            f.useCase = worst->id;
            f.dependency = d.name;
            for (const auto& r : worst->fit[idx(t)].reasons) f.refs.insert(f.refs.end(), r.refs.begin(), r.refs.end());
            addIgnoreFix(f);
            report_.findings.push_back(std::move(f));
        }
    }

    std::vector<std::string> typicalPackages(const std::string& useCase, Tech t) const {
        std::vector<std::pair<double, std::string>> ranked;
        for (const auto& p : kb_->packages[idx(t)]) {
            for (const auto& [id, w] : p.signals) {
                if (id == useCase && w >= 0.5) ranked.emplace_back(w, p.name);
            }
        }
        std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
        std::vector<std::string> out;
        for (std::size_t i = 0; i < ranked.size() && i < 3; ++i) out.push_back(ranked[i].second);
        return out;
    }

    void unsupportedUseCases(const DeclarationResolution& decl) {
        if (report_.dependencies.empty()) return;
        for (const auto& id : report_.declaredUseCases) {
            bool supported = false;
            for (const auto& inferred : report_.inferredUseCases) {
                if (inferred.id != id) continue;
                for (const auto& e : inferred.evidence) supported = supported || e.kind == Evidence::Kind::Dependency;
            }
            if (supported) continue;
            const auto* u = kb_->useCase(id);
            auto [file, range] = declaredLocation(decl, id);
            std::string msg = u->title + " is declared, but none of the " + std::to_string(report_.dependencies.size()) +
                              " dependencies is known to serve it.";
            for (auto t : report_.stacks) {
                auto typical = typicalPackages(id, t);
                if (!typical.empty()) msg += " Typical " + std::string(techTitle(t)) + " packages for it: " + listNames(typical) + ".";
            }
            auto f = makeFinding(rule::kUnsupportedUseCase, std::move(msg), file, range);
            f.useCase = id;
            addIgnoreFix(f);
            report_.findings.push_back(std::move(f));
        }
    }

    void noDependencies() {
        bool hasManifest = project_.packageJson || !project_.requirements.empty();
        if (!hasManifest || !report_.dependencies.empty() || !report_.declaredUseCases.empty()) return;
        std::string file = primaryFile();
        report_.findings.push_back(makeFinding(
            rule::kNoDependencies,
            file + " lists no dependencies and no use case is declared, so there is nothing to compare. "
                   "Declare one (\"stackls\": {\"useCase\": \"...\"} in package.json, `# stackls: use-case=...` "
                   "in a requirements file, or .stackls.json); `stackls use-cases` lists the ids.",
            file, {0, 0}));
    }

    // The severity the project's files give a rule: `ignore` lists mean "off", a "rules"
    // entry overrides the ignore list of its own file, package.json's block comes before
    // .stackls.json. Unknown ids and levels become invalid-config findings.
    using FileLevels = std::map<std::string, std::optional<Severity>, std::less<>>;

    void readFileLevels(const std::vector<manifest::Located>& ignore, const std::vector<manifest::RuleSetting>& rules,
                        const std::string& file, FileLevels& levels) {
        FileLevels own;
        auto known = [&](const manifest::Located& id, std::string_view where) {
            if (ruleInfo(id.text)) return true;
            auto f = makeFinding(rule::kInvalidConfig, "unknown rule id \"" + id.text + "\" in " + std::string(where), file, id.range);
            f.severity = Severity::Warning;
            report_.findings.push_back(std::move(f));
            return false;
        };
        for (const auto& id : ignore)
            if (known(id, "ignore")) own[id.text] = std::nullopt;
        for (const auto& r : rules) {
            if (!known(r.rule, "rules")) continue;
            if (r.level.text == "off") {
                own[r.rule.text] = std::nullopt;
            } else if (auto s = severityNamed(r.level.text)) {
                own[r.rule.text] = s;
            } else {
                report_.findings.push_back(makeFinding(
                    rule::kInvalidConfig,
                    "the severity of \"" + r.rule.text + "\" must be \"error\", \"warning\", \"information\", \"hint\" or \"off\"",
                    file, r.level.range));
            }
        }
        for (auto& [id, level] : own) levels.emplace(id, level);  // an earlier file keeps its entry
    }

    void applyRuleLevels() {
        FileLevels fileLevels;
        if (project_.packageJson && project_.packageJson->model.stackls) {
            const auto& block = *project_.packageJson->model.stackls;
            readFileLevels(block.ignore, block.rules, project_.packageJson->file.path, fileLevels);
        }
        if (config_) readFileLevels(config_->ignore, config_->rules, project_.config->path, fileLevels);

        // nullopt: the finding's own severity (the rule's default, or what the reader chose).
        auto chosen = [&](const std::string& id) -> std::optional<std::optional<Severity>> {
            if (options_.cliSelect &&
                std::find(options_.cliSelect->begin(), options_.cliSelect->end(), id) == options_.cliSelect->end())
                return std::optional<Severity>{};
            if (auto it = options_.cliRules.find(id); it != options_.cliRules.end()) return it->second;
            if (auto it = fileLevels.find(id); it != fileLevels.end()) return it->second;
            if (auto it = options_.settingRules.find(id); it != options_.settingRules.end()) return it->second;
            return std::nullopt;
        };
        std::set<std::string> off;
        for (const auto& r : rules()) {
            auto c = chosen(std::string(r.id));
            if (c && !*c) off.insert(std::string(r.id));
        }
        std::erase_if(report_.findings, [&](const Finding& f) { return off.count(f.rule) > 0; });
        for (auto& f : report_.findings) {
            if (auto c = chosen(f.rule)) f.severity = **c;
        }
        report_.ignoredRules.assign(off.begin(), off.end());
    }

    const KnowledgeBase* kb_;
    std::optional<KnowledgeBase> overlay_;
    const ProjectInput& project_;
    const AdviceOptions& options_;
    std::optional<StacklsConfig> config_;
    std::map<std::string, std::optional<Fix>, std::less<>> ignoreFixes_;
    ProjectReport report_;
};

}  // namespace

ProjectReport advise(const KnowledgeBase& kb, const ProjectInput& project, const AdviceOptions& options) {
    return Advisor(kb, project, options).run();
}

}  // namespace stackls::knowledge
