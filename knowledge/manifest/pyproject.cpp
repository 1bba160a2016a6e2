// Reads pyproject.toml: PEP 621 metadata, PEP 735 groups, Poetry, PDM and uv tables, [tool.stackls].
#include <algorithm>
#include <map>
#include <set>

#include "knowledge/manifest/poetry_constraint.h"
#include "knowledge/manifest/python_dependency.h"
#include "knowledge/manifest/python_manifest.h"
#include "knowledge/manifest/pep508.h"
#include "knowledge/manifest/requirements.h"
#include "knowledge/manifest/toml_values.h"

namespace stackls::manifest {
namespace {

const toml::node* member(const toml::table* t, std::string_view key) { return t ? t->get(key) : nullptr; }

class PyProjectReader {
public:
    PyProjectReader(const TomlDocument& doc, PythonManifest& out) : doc_(doc), out_(out), v_(doc, out.problems) {}

    void run() {
        const toml::table& root = *doc_.root();
        project(v_.table(root.get("project"), "[project]"));
        dependencyGroups(v_.table(root.get("dependency-groups"), "[dependency-groups]"));
        const toml::table* tool = v_.table(root.get("tool"), "[tool]");
        poetry(v_.table(member(tool, "poetry"), "[tool.poetry]"));
        pdm(v_.table(member(tool, "pdm"), "[tool.pdm]"));
        uv(v_.table(member(tool, "uv"), "[tool.uv]"));
        stackls(member(tool, "stackls"));
    }

private:
    void add(std::optional<PythonDependency> d, std::string_view group, bool dev, bool optional) {
        if (!d) return;
        d->group = std::string(group);
        d->dev = dev;
        d->optional = optional;
        out_.dependencies.push_back(std::move(*d));
    }

    void pep508List(const toml::node* node, const std::string& what, std::string_view group, bool dev, bool optional) {
        const auto* a = v_.array(node, what);
        if (!a) return;
        // Room for the whole list at once: growing a vector of large entries one by one
        // moved every entry again at each step, most of a 2,000-dependency file's time.
        out_.dependencies.reserve(out_.dependencies.size() + a->size());
        for (const auto& element : *a) add(v_.pep508(element, what), group, dev, optional);
    }

    void project(const toml::table* project) {
        if (!project) return;
        out_.name = v_.string(project->get("name"), "project.name");
        out_.description = v_.string(project->get("description"), "project.description");
        out_.keywords = v_.strings(project->get("keywords"), "project.keywords");
        out_.classifiers = v_.strings(project->get("classifiers"), "project.classifiers");
        out_.requiresPython = v_.string(project->get("requires-python"), "project.requires-python");
        if (out_.requiresPython) {
            std::string error;
            if (!normalizeSpecifier(out_.requiresPython->text, &error))
                v_.warn(*project->get("requires-python"), "project.requires-python is not a PEP 440 specifier: " + error);
        }
        hasProjectDependencies_ = project->get("dependencies") != nullptr;
        pep508List(project->get("dependencies"), "project.dependencies", "", false, false);
        if (const auto* extras = v_.table(project->get("optional-dependencies"), "project.optional-dependencies"))
            for (const auto& [name, list] : *extras)
                pep508List(&list, "project.optional-dependencies." + std::string(name.str()), name.str(),
                           isDevelopmentGroupName(name.str()), true);
    }

    // PEP 735. Every group is development-only: groups are never installed with the package.
    void dependencyGroups(const toml::table* groups) {
        if (!groups) return;
        struct Include {
            std::string target;
            ByteRange range;
        };
        std::map<std::string, std::vector<Include>> includes;  // normalised group → its includes
        for (const auto& [name, list] : *groups) {
            const std::string what = "dependency-groups." + std::string(name.str());
            auto& mine = includes[normalizePackageName(name.str())];
            const auto* a = v_.array(&list, what);
            if (!a) continue;
            for (const auto& element : *a) {
                if (const auto* t = element.as_table()) {
                    const auto target = v_.string(t->get("include-group"), what + " include-group");
                    if (target) mine.push_back({normalizePackageName(target->text), doc_.range(element.source())});
                    else if (!t->get("include-group")) v_.warn(element, what + " tables must be {include-group = \"name\"}");
                    continue;
                }
                add(v_.pep508(element, what), name.str(), true, false);
            }
        }
        // Unknown targets, then cycles, found by one iterative depth-first walk (no recursion:
        // a file may hold very many groups).
        for (const auto& [group, list] : includes)
            for (const auto& inc : list)
                if (!includes.count(inc.target)) v_.error(inc.range, "include-group '" + inc.target + "' names no dependency group");
        enum class Mark { New, Open, Done };
        std::map<std::string, Mark> mark;
        for (const auto& [start, unused] : includes) {
            if (mark[start] != Mark::New) continue;
            std::vector<std::pair<std::string, std::size_t>> stack{{start, 0}};
            mark[start] = Mark::Open;
            while (!stack.empty()) {
                auto& [group, next] = stack.back();
                const auto& list = includes[group];
                if (next == list.size()) {
                    mark[group] = Mark::Done;
                    stack.pop_back();
                    continue;
                }
                const Include& inc = list[next++];
                if (!includes.count(inc.target)) continue;
                Mark& m = mark[inc.target];
                if (m == Mark::Open) v_.error(inc.range, "include-group cycle: '" + group + "' includes '" + inc.target + "', which includes it back");
                else if (m == Mark::New) {
                    m = Mark::Open;
                    stack.push_back({inc.target, 0});
                }
            }
        }
    }

    void poetry(const toml::table* poetry) {
        if (!poetry) return;
        if (!out_.name) out_.name = v_.string(poetry->get("name"), "tool.poetry.name");
        if (!out_.description) out_.description = v_.string(poetry->get("description"), "tool.poetry.description");
        if (out_.keywords.empty()) out_.keywords = v_.strings(poetry->get("keywords"), "tool.poetry.keywords");
        if (out_.classifiers.empty()) out_.classifiers = v_.strings(poetry->get("classifiers"), "tool.poetry.classifiers");
        const std::size_t firstPoetry = out_.dependencies.size();
        poetryTable(v_.table(poetry->get("dependencies"), "tool.poetry.dependencies"), "tool.poetry.dependencies", "", false);
        poetryTable(v_.table(poetry->get("dev-dependencies"), "tool.poetry.dev-dependencies"), "tool.poetry.dev-dependencies", "dev", true);
        if (const auto* groups = v_.table(poetry->get("group"), "tool.poetry.group"))
            for (const auto& [name, group] : *groups) {
                const std::string what = "tool.poetry.group." + std::string(name.str());
                const auto* t = v_.table(&group, what);
                if (!t) continue;
                // The "main" group is the main dependencies; every other group is for development.
                const bool main = name.str() == "main";
                poetryTable(v_.table(t->get("dependencies"), what + ".dependencies"), what + ".dependencies",
                            main ? "" : name.str(), !main);
            }
        if (const auto* extras = v_.table(poetry->get("extras"), "tool.poetry.extras"))
            for (const auto& [extra, list] : *extras)
                for (const Located& dep : v_.strings(&list, "tool.poetry.extras." + std::string(extra.str()))) {
                    // An extra lists names, possibly with a PEP 508 tail; the name is what counts.
                    const auto r = pep508::parseRequirement(dep.text);
                    const std::string name = normalizePackageName(r.name.empty() ? dep.text : r.name);
                    for (std::size_t i = firstPoetry; i < out_.dependencies.size(); ++i) {
                        PythonDependency& d = out_.dependencies[i];
                        if (d.name != name || !d.optional || !d.group.empty()) continue;
                        d.group = std::string(extra.str());
                        d.dev = isDevelopmentGroupName(extra.str());
                    }
                }
    }

    void poetryTable(const toml::table* deps, const std::string& what, std::string_view group, bool dev) {
        if (!deps) return;
        out_.dependencies.reserve(out_.dependencies.size() + deps->size());
        for (const auto& [key, value] : *deps) {
            if (normalizePackageName(key.str()) == "python") {
                // The interpreter, not a dependency.
                if (group.empty() && !out_.requiresPython) {
                    if (const auto* s = value.as_string()) {
                        std::string error;
                        if (auto spec = poetryConstraintToPep440(s->get(), &error))
                            out_.requiresPython = Located{*spec, doc_.range(value.source())};
                        else
                            v_.warn(value, what + ".python: " + error);
                    }
                }
                continue;
            }
            const std::string name = normalizePackageName(key.str());
            // Poetry 2 reads [project].dependencies and lets [tool.poetry.dependencies] only
            // add details to them: a name listed in both is one dependency.
            if (group.empty() && !dev && hasProjectDependencies_ && declaredInProject(name)) continue;
            if (!pep508::isValidProjectName(key.str())) {
                v_.error(doc_.range(key.source()), "'" + std::string(key.str()) + "' is not a valid package name");
                continue;
            }
            PythonDependency base;
            base.name = name;
            base.nameRange = doc_.range(key.source());
            base.range = v_.entryRange(key, value);
            base.section = what;
            base.group = std::string(group);
            base.dev = dev;
            if (const auto* constraints = value.as_array()) {
                // Multiple constraints: one entry per table, each with its own marker.
                for (const auto& element : *constraints) poetryEntry(base, element, what);
            } else {
                poetryEntry(base, value, what);
            }
        }
    }

    bool declaredInProject(const std::string& name) {
        if (projectNames_.empty())
            for (const auto& d : out_.dependencies)
                if (d.section == "project.dependencies") projectNames_.insert(d.name);
        return projectNames_.count(name) > 0;
    }

    void poetryEntry(PythonDependency d, const toml::node& value, const std::string& what) {
        const std::string label = what + "." + d.name;
        std::string error;
        if (const auto* s = value.as_string()) {
            if (auto spec = poetryConstraintToPep440(s->get(), &error)) d.specifier = *spec;
            else v_.error(doc_.range(value.source()), label + ": " + error);
            out_.dependencies.push_back(std::move(d));
            return;
        }
        const auto* t = value.as_table();
        if (!t) {
            v_.warn(value, label + " must be a version string, a table or an array of tables");
            return;
        }
        if (const auto version = v_.string(t->get("version"), label + ".version")) {
            if (auto spec = poetryConstraintToPep440(version->text, &error)) d.specifier = *spec;
            else v_.error(version->range, label + ".version: " + error);
        }
        for (const Located& x : v_.strings(t->get("extras"), label + ".extras")) d.extras.push_back(normalizePackageName(x.text));
        std::sort(d.extras.begin(), d.extras.end());
        d.extras.erase(std::unique(d.extras.begin(), d.extras.end()), d.extras.end());
        if (v_.boolean(t->get("optional"), label + ".optional").value_or(false)) d.optional = true;

        std::vector<std::string> markers;
        if (const auto m = v_.string(t->get("markers"), label + ".markers")) markers.push_back(m->text);
        if (const auto python = v_.string(t->get("python"), label + ".python")) {
            if (auto m = poetryPythonMarker(python->text, &error)) {
                if (!m->empty()) markers.push_back(*m);
            } else {
                v_.error(python->range, label + ".python: " + error);
            }
        }
        if (const auto platform = v_.string(t->get("platform"), label + ".platform"))
            markers.push_back("sys_platform == \"" + platform->text + "\"");
        if (!markers.empty()) {
            std::string joined;
            for (const std::string& m : markers)
                joined += (joined.empty() ? "" : " and ") + (markers.size() > 1 ? "(" + m + ")" : m);
            if (auto normalized = normalizeMarker(joined, &error)) d.marker = *normalized;
            else v_.error(doc_.range(value.source()), label + ": invalid markers: " + error);
        }

        if (const auto git = v_.string(t->get("git"), label + ".git")) {
            std::string url = git->text.starts_with("git+") ? git->text : "git+" + git->text;
            for (const char* ref : {"rev", "tag", "branch"})
                if (const auto r = v_.string(t->get(ref), label + "." + ref)) {
                    url += "@" + r->text;
                    break;
                }
            if (const auto sub = v_.string(t->get("subdirectory"), label + ".subdirectory")) url += "#subdirectory=" + sub->text;
            d.url = url;
        } else if (const auto path = v_.string(t->get("path"), label + ".path")) {
            d.url = path->text;
        } else if (const auto url = v_.string(t->get("url"), label + ".url")) {
            d.url = url->text;
        }
        out_.dependencies.push_back(std::move(d));
    }

    void pdm(const toml::table* pdm) {
        if (!pdm) return;
        const auto* groups = v_.table(pdm->get("dev-dependencies"), "tool.pdm.dev-dependencies");
        if (!groups) return;
        for (const auto& [name, list] : *groups) {
            const std::string what = "tool.pdm.dev-dependencies." + std::string(name.str());
            const auto* a = v_.array(&list, what);
            if (!a) continue;
            for (const auto& element : *a) {
                // `-e path#egg=name` editable lines point at local code, not at a package.
                if (const auto* s = element.as_string(); s && s->get().starts_with("-e")) continue;
                add(v_.pep508(element, what), name.str(), true, false);
            }
        }
    }

    void uv(const toml::table* uv) {
        if (!uv) return;
        pep508List(uv->get("dev-dependencies"), "tool.uv.dev-dependencies", "dev", true, false);
        if (const auto* workspace = v_.table(uv->get("workspace"), "tool.uv.workspace")) {
            out_.workspaceMembers = v_.strings(workspace->get("members"), "tool.uv.workspace.members");
            out_.workspaceExclude = v_.strings(workspace->get("exclude"), "tool.uv.workspace.exclude");
        }
    }

    void stackls(const toml::node* node) {
        const auto* t = v_.table(node, "[tool.stackls]");
        if (!t) return;
        out_.stacklsTable = doc_.range(t->source());
        for (const auto& [key, value] : *t) {
            if (key.str() == "useCase" || key.str() == "use-case" || key.str() == "use_case") {
                UseCaseDeclaration declaration;
                declaration.ids = v_.stringOrStrings(&value, "tool.stackls.useCase");
                declaration.range = v_.entryRange(key, value);
                out_.useCase = std::move(declaration);
            } else if (key.str() == "ignore") {
                out_.ignore = v_.strings(&value, "tool.stackls.ignore");
            } else if (key.str() == "rules") {
                rules(value);
            } else {
                v_.warn(value, "tool.stackls." + std::string(key.str()) + " is not a stackls setting (useCase, ignore, rules)");
            }
        }
    }

    // Rule ids and levels as written; the advisor checks both, as for package.json's block.
    void rules(const toml::node& node) {
        const auto* t = v_.table(&node, "tool.stackls.rules");
        if (!t) return;
        for (const auto& [key, value] : *t) {
            RuleSetting setting{Located{std::string(key.str()), doc_.range(key.source())},
                                Located{"", doc_.range(value.source())}};
            if (auto level = value.value<std::string>()) setting.level.text = *level;
            out_.rules.push_back(std::move(setting));
        }
    }

    const TomlDocument& doc_;
    PythonManifest& out_;
    TomlValues v_;
    bool hasProjectDependencies_ = false;
    std::set<std::string> projectNames_;
};

}  // namespace

PythonManifest parsePyProject(std::string_view text) {
    PythonManifest out;
    out.kind = PythonManifestKind::PyProject;
    const TomlDocument doc(text);
    if (!doc.root()) {
        out.parsed = false;
        out.problems.push_back(*doc.error());
        return out;
    }
    PyProjectReader(doc, out).run();
    sortByPosition(out);
    return out;
}

void sortByPosition(PythonManifest& manifest) {
    // toml++ keeps a table's keys sorted by name; the model lists what it read in file order.
    std::stable_sort(manifest.dependencies.begin(), manifest.dependencies.end(),
                     [](const PythonDependency& a, const PythonDependency& b) { return a.range.begin < b.range.begin; });
    std::stable_sort(manifest.problems.begin(), manifest.problems.end(),
                     [](const Problem& a, const Problem& b) { return a.range.begin < b.range.begin; });
}

PythonManifest parsePythonManifest(PythonManifestKind kind, std::string_view text) {
    switch (kind) {
        case PythonManifestKind::PyProject: return parsePyProject(text);
        case PythonManifestKind::Pipfile: return parsePipfile(text);
        case PythonManifestKind::SetupCfg: return parseSetupCfg(text);
    }
    return parsePyProject(text);
}

std::optional<PythonManifestKind> pythonManifestKind(ManifestKind kind) {
    switch (kind) {
        case ManifestKind::PyProject: return PythonManifestKind::PyProject;
        case ManifestKind::Pipfile: return PythonManifestKind::Pipfile;
        case ManifestKind::SetupCfg: return PythonManifestKind::SetupCfg;
        default: return std::nullopt;
    }
}

std::string_view pythonManifestKindName(PythonManifestKind kind) {
    switch (kind) {
        case PythonManifestKind::PyProject: return "pyproject.toml";
        case PythonManifestKind::Pipfile: return "Pipfile";
        case PythonManifestKind::SetupCfg: return "setup.cfg";
    }
    return "unknown";
}

}  // namespace stackls::manifest
