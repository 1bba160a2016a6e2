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

// A pyproject.toml that only configures tools ([tool.black], [tool.ruff]) in a JavaScript
// repository does not make it a Python project; one that names a project, a Python version
// or a dependency does, and so does one that cannot be read (it is being edited).
bool describesPythonProject(const manifest::PythonManifest& m) {
    return !m.parsed || m.name || m.requiresPython || !m.dependencies.empty() || m.useCase;
}

class Advisor {
public:
    Advisor(const KnowledgeBase& kb, const ProjectInput& project, const AdviceOptions& options,
            std::vector<DependencyInfo> recycled = {})
        : kb_(&kb), project_(project), options_(options), recycled_(std::move(recycled)) {}

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

        report_.workingStack = workingStack();
        if (report_.workingStack) {
            declaredMismatch(decl);
            inferredMismatch();
        }
        dependenciesAgainstStack();
        unsupportedUseCases(decl);
        noDependencies();

        if (!report_.basis.empty()) report_.recommendation = recommend(*kb_, report_.basis, report_.workingStack);
        if (report_.inferredUseCases.size() > options_.maxInferred) report_.inferredUseCases.resize(options_.maxInferred);
        applyRuleLevels();
        std::stable_sort(report_.findings.begin(), report_.findings.end(), [](const Finding& a, const Finding& b) {
            if (a.file != b.file) return a.file < b.file;
            return a.range.begin < b.range.begin;
        });
        return std::move(report_);
    }

private:
    // See ProjectReport::workingStack. Only package.json says which dependencies are for
    // development alone; a requirements file does not.
    std::optional<Tech> workingStack() const {
        if (report_.stacks.size() == 1) return report_.stacks.front();
        if (report_.stacks.size() != 2 || !project_.packageJson) return std::nullopt;
        bool nodeShips = false, pythonShips = false;
        for (const auto& d : report_.dependencies) {
            if (d.ecosystem == Tech::Node) nodeShips = nodeShips || !d.dev;
            else pythonShips = pythonShips || !d.dev;
        }
        if (!nodeShips && pythonShips) return Tech::Python;
        return std::nullopt;
    }

    std::string primaryFile() const {
        if (project_.packageJson) return project_.packageJson->file.path;
        if (!project_.requirements.empty()) return project_.requirements.front().file.path;
        if (!project_.pythonManifests.empty()) return project_.pythonManifests.front().file.path;
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
        for (const auto& m : project_.pythonManifests) add(m.file.path, m.model.problems);
    }

    void collectStacksAndDependencies() {
        std::size_t count = project_.packageJson ? project_.packageJson->model.dependencies.size() : 0;
        for (const auto& m : project_.pythonManifests) count += m.model.dependencies.size();
        for (const auto& r : project_.requirements) count += r.model.entries.size();
        report_.dependencies = std::move(recycled_);
        report_.dependencies.reserve(count);
        std::size_t next = 0;
        if (project_.packageJson) {
            report_.stacks.push_back(Tech::Node);
            for (const auto& d : project_.packageJson->model.dependencies)
                addDependency(next++, Tech::Node, d.name, project_.packageJson->file.path, d.keyRange,
                              d.section == manifest::DependencySection::DevDependencies);
        }
        const bool python = !project_.requirements.empty() ||
                            std::any_of(project_.pythonManifests.begin(), project_.pythonManifests.end(),
                                        [](const PythonManifestSource& m) { return describesPythonProject(m.model); });
        if (python) report_.stacks.push_back(Tech::Python);
        for (const auto& m : project_.pythonManifests)
            for (const auto& d : m.model.dependencies) addDependency(next++, Tech::Python, d.name, m.file.path, d.nameRange, d.dev);
        for (const auto& r : project_.requirements) {
            for (const auto& e : r.model.entries) {
                if (e.name.empty()) continue;
                if (e.kind != manifest::RequirementKind::Requirement && e.kind != manifest::RequirementKind::Editable) continue;
                addDependency(next++, Tech::Python, e.name, r.file.path, e.nameRange, false);
            }
        }
        report_.dependencies.resize(next);
    }

    // Fills entry `at` of the dependency list, reusing what a recycled entry holds: assigning
    // a string of the same length allocates nothing, and a package equal to the one the
    // entry has keeps its copy.
    void addDependency(std::size_t at, Tech ecosystem, const std::string& name, const std::string& file,
                       manifest::ByteRange range, bool dev) {
        if (at == report_.dependencies.size()) report_.dependencies.emplace_back();
        DependencyInfo& info = report_.dependencies[at];
        info.ecosystem = ecosystem;
        if (info.name != name) info.name = name;
        if (info.file != file) info.file = file;
        info.range = range;
        info.dev = dev;
        const Package* p = kb_->package(ecosystem, name);
        if (!p) info.package.reset();
        else if (!info.package || !(*info.package == *p)) info.package = std::make_shared<const Package>(*p);
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

    // How the source rates stack `t` for use case `u`, as the severity ladder reads it.
    enum class Gap { None, TradeOff, Weak };
    static Gap gap(const UseCase& u, Tech t) {
        const Tech o = otherTech(t);
        if (u.fit[idx(t)].level == FitLevel::Weak && u.fit[idx(o)].level > FitLevel::Weak) return Gap::Weak;
        if (u.betterSuited == techId(o) && u.fit[idx(o)].level > u.fit[idx(t)].level) return Gap::TradeOff;
        return Gap::None;
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

    // A stack that fits while the source favours the other side: what each side brings and
    // what helps, so the user can weigh it; not a call to move.
    std::string tradeOffText(const UseCase& u, Tech t, std::vector<std::string>& refs) const {
        Tech o = otherTech(t);
        std::string msg = std::string(techTitle(t)) + " fits it, but the source favours " + std::string(techTitle(o)) + " (" +
                          std::string(fitLevelName(u.fit[idx(o)].level)) + " vs " + std::string(fitLevelName(u.fit[idx(t)].level)) +
                          "): " + joinRefs(*kb_, u.fit[idx(o)].reasons, refs) + " On " + std::string(techTitle(t)) + ": " +
                          joinRefs(*kb_, u.fit[idx(t)].reasons, refs);
        if (!u.mitigations[idx(t)].empty()) msg += " What helps: " + u.mitigations[idx(t)].front().text;
        msg += " If " + std::string(techTitle(t)) + " is a deliberate choice, ignore rule " + std::string(rule::kUseCaseTradeOff) + ".";
        return msg;
    }

    // Declared use cases: weak → warning, trade-off → information, otherwise nothing.
    void declaredMismatch(const DeclarationResolution& decl) {
        Tech t = *report_.workingStack;
        for (const auto& id : report_.declaredUseCases) {
            const auto* u = kb_->useCase(id);
            if (!u) continue;
            auto g = gap(*u, t);
            if (g == Gap::None) continue;
            auto [file, range] = declaredLocation(decl, id);
            std::vector<std::string> refs;
            auto f = g == Gap::Weak
                         ? makeFinding(rule::kUseCaseMismatch, u->title + " is declared, but " + mismatchText(*u, t, refs), file, range)
                         : makeFinding(rule::kUseCaseTradeOff, u->title + " is declared. " + tradeOffText(*u, t, refs), file, range);
            f.useCase = id;
            f.refs = std::move(refs);
            addIgnoreFix(f);
            report_.findings.push_back(std::move(f));
        }
    }

    // Nothing declared: the same ladder for the primary inferred use case when it is confident
    // enough, never louder than information. Side use cases get no finding: a dependency that
    // serves one is reported on its own (dependency-against-stack).
    void inferredMismatch() {
        if (!report_.declaredUseCases.empty() || report_.inferredUseCases.empty()) return;
        Tech t = *report_.workingStack;
        const auto& inferred = report_.inferredUseCases.front();
        if (inferred.confidence < options_.inferredFindingThreshold || inferred.evidence.empty()) return;
        const auto* u = kb_->useCase(inferred.id);
        if (!u) return;
        auto g = gap(*u, t);
        if (g == Gap::None) return;
        const auto& top = inferred.evidence.front();
        std::vector<std::string> refs;
        std::string because;
        for (std::size_t i = 0; i < inferred.evidence.size() && i < 3; ++i) {
            because += (i ? ", " : "") + inferred.evidence[i].text;
        }
        std::string looks = "This looks like " + u->title + " (" +
                            std::to_string(static_cast<int>(inferred.confidence * 100 + 0.5)) + "% from " + because + ")";
        auto f = g == Gap::Weak ? makeFinding(rule::kInferredUseCaseMismatch, looks + ", but " + mismatchText(*u, t, refs), top.file, top.range)
                                : makeFinding(rule::kUseCaseTradeOff, looks + ". " + tradeOffText(*u, t, refs), top.file, top.range);
        f.useCase = inferred.id;
        f.refs = std::move(refs);
        if (auto fix = declareUseCasesFix(project_, config(), {inferred.id}, "Declare use case " + inferred.id)) {
            f.fixes.push_back(std::move(*fix));
        }
        addIgnoreFix(f);
        report_.findings.push_back(std::move(f));
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
        bool hasManifest = project_.packageJson || !project_.requirements.empty() || !project_.pythonManifests.empty();
        if (!hasManifest || !report_.dependencies.empty() || !report_.declaredUseCases.empty()) return;
        // A TOML file that does not parse says nothing about its dependencies yet.
        for (const auto& m : project_.pythonManifests)
            if (!m.model.parsed) return;
        std::string file = primaryFile();
        report_.findings.push_back(makeFinding(
            rule::kNoDependencies,
            file + " lists no dependencies and no use case is declared, so there is nothing to compare. "
                   "Declare one (\"stackls\": {\"useCase\": \"...\"} in package.json, `# stackls: use-case=...` "
                   "in a requirements file, useCase under [tool.stackls] in pyproject.toml, or .stackls.json); "
                   "`stackls use-cases` lists the ids.",
            file, {0, 0}));
    }

    // The severity the project's files give a rule: `ignore` lists mean "off", a "rules"
    // entry overrides the ignore list of its own file, package.json's block comes before
    // [tool.stackls], then .stackls.json. Unknown ids and levels become invalid-config findings.
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
        // [tool.stackls] of each Python manifest: its ignore list and rules table.
        for (const auto& m : project_.pythonManifests) readFileLevels(m.model.ignore, m.model.rules, m.file.path, fileLevels);
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
    std::vector<DependencyInfo> recycled_;  // an earlier report's list, to fill again in place
    std::optional<StacklsConfig> config_;
    std::map<std::string, std::optional<Fix>, std::less<>> ignoreFixes_;
    ProjectReport report_;
};

}  // namespace

ProjectReport advise(const KnowledgeBase& kb, const ProjectInput& project, const AdviceOptions& options) {
    return Advisor(kb, project, options).run();
}

ProjectReport advise(const KnowledgeBase& kb, const ProjectInput& project, const AdviceOptions& options,
                     ProjectReport&& previous) {
    return Advisor(kb, project, options, std::move(previous.dependencies)).run();
}

std::optional<Tech> commonWorkingStack(const std::vector<const ProjectReport*>& reports) {
    std::optional<Tech> common;
    for (const auto* r : reports) {
        if (!r->workingStack || (common && *common != *r->workingStack)) return std::nullopt;
        common = r->workingStack;
    }
    return common;
}

}  // namespace stackls::knowledge
