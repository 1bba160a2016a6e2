// `stackls check`: argument parsing, running the advisor over discovered projects, text and JSON output.
#include "server/cli/check.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

#include "knowledge/loader.h"
#include "knowledge/text_match.h"
#include "knowledge/user_knowledge.h"
#include "server/cli/recommend.h"
#include "server/cli/sarif.h"
#include "server/workspace/discovery.h"
#include "server/workspace/project_loader.h"

namespace stackls::server {

namespace fs = std::filesystem;
using nlohmann::ordered_json;
namespace kn = stackls::knowledge;

namespace {

constexpr std::uintmax_t kMaxManifestBytes = 16u * 1024u * 1024u;
constexpr std::uintmax_t kMaxKnowledgeBytes = 2u * 1024u * 1024u;

void printCheckHelp(std::ostream& out) {
    out << "Usage: stackls check [PATH...] [--use-case ID[,ID...]] [--format text|json|sarif]\n"
           "                     [--fail-on error|warning|information|never] [--knowledge FILE]\n\n"
           "Finds package.json and requirements files under each PATH (default: .), works out what\n"
           "each project is for and reports where Node.js or Python fits it badly.\n"
           "Exit code: 1 when a finding at or above --fail-on (default error) exists, 2 on bad input.\n"
           "`stackls use-cases` lists the use-case ids.\n";
}

}  // namespace

bool addUseCaseIds(std::string_view value, const kn::KnowledgeBase& kb, std::vector<std::string>& ids,
                   std::string_view command, std::ostream& err) {
    std::size_t start = 0;
    while (start <= value.size()) {
        auto comma = std::min(value.find(',', start), value.size());
        auto id = value.substr(start, comma - start);
        while (!id.empty() && id.front() == ' ') id.remove_prefix(1);
        while (!id.empty() && id.back() == ' ') id.remove_suffix(1);
        start = comma + 1;
        if (id.empty()) continue;
        if (!kb.useCase(id)) {
            err << "stackls " << command << ": unknown use case \"" << id << "\" in --use-case";
            if (auto s = kn::suggestUseCase(kb, id)) err << "; did you mean \"" << *s << "\"?";
            err << " (`stackls use-cases` lists them)\n";
            return false;
        }
        if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.emplace_back(id);
    }
    return true;
}

std::optional<kn::KnowledgeBase> knowledgeWithFile(const std::string& file, std::string_view command, std::ostream& err) {
    kn::KnowledgeBase kb = kn::builtinKnowledge();
    std::string error;
    auto text = readTextFileCapped(file, kMaxKnowledgeBytes, error);
    if (!text) {
        err << "stackls " << command << ": --knowledge: " << error << "\n";
        return std::nullopt;
    }
    auto errors = kn::applyUserKnowledge(kb, *text, file);
    if (!errors.empty()) {
        err << "stackls " << command << ": --knowledge " << file << " is invalid:\n";
        for (const auto& e : errors) err << "  " << e.toString() << "\n";
        return std::nullopt;
    }
    return kb;
}

std::optional<WorkspaceRun> analysePaths(const std::vector<std::string>& paths, const kn::KnowledgeBase& kb,
                                         const kn::AdviceOptions& options, std::string_view command,
                                         std::ostream& err) {
    std::error_code ec;
    const fs::path cwd = fs::current_path(ec);
    DiscoveryLimits limits;
    // A CLI run over a monorepo may see far more projects than an editor session.
    limits.maxDirectories = 200000;
    limits.maxManifests = 20000;
    limits.maxTotalBytes = 1024u * 1024u * 1024u;
    WorkspaceRun run;
    auto reader = [](const fs::path& p, std::string& error) { return readTextFileCapped(p, kMaxManifestBytes, error); };
    for (const auto& given : paths) {
        fs::path path = fs::absolute(given, ec).lexically_normal();
        if (ec || !fs::exists(path, ec)) {
            err << "stackls " << command << ": " << given << ": no such file or directory\n";
            return std::nullopt;
        }
        fs::path root = path;
        std::optional<fs::path> onlyFile;
        DiscoveryLimits pathLimits = limits;
        if (!fs::is_directory(path, ec)) {
            if (!manifest::manifestKindForPath(path.generic_string())) {
                err << "stackls " << command << ": " << given
                    << ": not a directory, package.json, requirements file or .stackls.json\n";
                return std::nullopt;
            }
            root = path.parent_path();
            onlyFile = path;
            pathLimits.maxDepth = 0;
        }
        auto found = discoverProjects(root, pathLimits);
        for (auto& w : found.warnings) run.warnings.push_back(std::move(w));
        std::size_t before = run.inputs.size();
        for (auto project : found.projects) {
            if (onlyFile) {
                if (project.root != root) continue;
                // Keep the named manifest and the project's .stackls.json.
                std::vector<DiscoveredManifest> kept;
                for (const auto& d : project.details) {
                    if (d.path == *onlyFile || d.kind == manifest::ManifestKind::StacklsConfig) kept.push_back(d);
                }
                project.details = std::move(kept);
            }
            ProjectLoadOptions loadOptions{cwd, fs::is_directory(path, ec) ? path : root};
            auto input = loadProject(project, reader, loadOptions, run.warnings);
            if (!input.packageJson && input.requirements.empty() && !input.config) continue;
            run.inputs.push_back(std::move(input));
        }
        if (run.inputs.size() == before) {
            err << "stackls " << command << ": no package.json, requirements file or .stackls.json found under "
                << given << "\n";
            return std::nullopt;
        }
    }
    run.reports.reserve(run.inputs.size());
    for (const auto& input : run.inputs) run.reports.push_back(kn::advise(kb, input, options));
    return run;
}

ProjectPositions::ProjectPositions(const kn::ProjectInput& input) {
    auto add = [&](const kn::TextFile& f) { files_.emplace(f.path, Indexed{f.text, protocol::LineIndex(f.text)}); };
    if (input.packageJson) add(input.packageJson->file);
    for (const auto& r : input.requirements) add(r.file);
    if (input.config) add(*input.config);
    if (input.userKnowledge) add(*input.userKnowledge);
}

protocol::Position ProjectPositions::at(const std::string& file, std::size_t offset) const {
    auto it = files_.find(file);
    if (it == files_.end()) return {};
    return it->second.index.toPosition(it->second.text, offset, protocol::PositionEncoding::Utf16);
}

ordered_json ProjectPositions::range(const std::string& file, manifest::ByteRange r) const {
    auto s = at(file, r.begin);
    auto e = at(file, r.end);
    return {{"start", {{"line", s.line}, {"character", s.character}}}, {"end", {{"line", e.line}, {"character", e.character}}}};
}

ordered_json findingToJson(const kn::Finding& f, const ProjectPositions& positions) {
    ordered_json fixes = ordered_json::array();
    for (const auto& fix : f.fixes) {
        ordered_json edits = ordered_json::array(), creates = ordered_json::array();
        for (const auto& e : fix.edits) {
            edits.push_back({{"file", e.file}, {"range", positions.range(e.file, e.range)},
                             {"offsets", {{"begin", e.range.begin}, {"end", e.range.end}}}, {"newText", e.newText}});
        }
        for (const auto& c : fix.creations) creates.push_back({{"file", c.file}, {"content", c.content}});
        ordered_json j = ordered_json::object();
        j["title"] = fix.title;
        j["preferred"] = fix.preferred;
        j["edits"] = std::move(edits);
        j["createFiles"] = std::move(creates);
        fixes.push_back(std::move(j));
    }
    ordered_json j = {{"rule", f.rule},
                      {"category", kn::categoryName(f.category)},
                      {"severity", kn::severityName(f.severity)},
                      {"message", f.message},
                      {"file", f.file},
                      {"range", positions.range(f.file, f.range)},
                      {"offsets", {{"begin", f.range.begin}, {"end", f.range.end}}}};
    j["fixes"] = std::move(fixes);
    if (!f.useCase.empty()) j["useCase"] = f.useCase;
    if (!f.dependency.empty()) j["dependency"] = f.dependency;
    if (!f.refs.empty()) j["refs"] = f.refs;
    return j;
}

ordered_json projectReportToJson(const kn::KnowledgeBase& kb, const kn::ProjectInput& input, const kn::ProjectReport& report) {
    ProjectPositions positions(input);
    ordered_json stacks = ordered_json::array();
    for (auto t : report.stacks) stacks.push_back(kn::techId(t));
    ordered_json declaredIn = nullptr;
    if (report.declaration) {
        declaredIn = {{"source", kn::declarationOriginName(report.declaration->origin)}};
        if (!report.declaration->file.empty()) declaredIn["file"] = report.declaration->file;
    }
    ordered_json inferred = ordered_json::array();
    for (const auto& u : report.inferredUseCases) {
        ordered_json evidence = ordered_json::array();
        for (const auto& e : u.evidence) {
            evidence.push_back({{"kind", kn::evidenceKindName(e.kind)}, {"text", e.text}, {"file", e.file},
                                {"range", positions.range(e.file, e.range)}, {"weight", std::round(e.weight * 100) / 100}});
        }
        const auto* uc = kb.useCase(u.id);
        ordered_json entry = {{"id", u.id}, {"title", uc ? uc->title : u.id}, {"confidence", std::round(u.confidence * 100) / 100}};
        entry["evidence"] = std::move(evidence);
        inferred.push_back(std::move(entry));
    }
    ordered_json findings = ordered_json::array();
    for (const auto& f : report.findings) findings.push_back(findingToJson(f, positions));
    // Members are moved in: nested initializer lists would deep-copy every subtree.
    ordered_json j = ordered_json::object();
    j["root"] = report.root;
    j["stacks"] = std::move(stacks);
    j["declaredUseCases"] = report.declaredUseCases;
    j["declaredIn"] = std::move(declaredIn);
    j["inferredUseCases"] = std::move(inferred);
    j["findings"] = std::move(findings);
    j["recommendation"] = report.recommendation ? recommendationToJson(kb, *report.recommendation) : ordered_json(nullptr);
    j["ignoredRules"] = report.ignoredRules;
    return j;
}

namespace {

void printText(const kn::KnowledgeBase& kb, const WorkspaceRun& run, std::ostream& out) {
    std::array<int, 5> counts{};
    for (std::size_t i = 0; i < run.inputs.size(); ++i) {
        const auto& report = run.reports[i];
        ProjectPositions positions(run.inputs[i]);
        std::string stacks;
        for (auto t : report.stacks) stacks += (stacks.empty() ? "" : "+") + std::string(kn::techId(t));
        out << report.root << " [" << (stacks.empty() ? "no stack" : stacks) << "]";
        if (!report.declaredUseCases.empty()) {
            out << " declared:";
            for (const auto& id : report.declaredUseCases) out << ' ' << id;
            out << " (" << kn::declarationOriginName(report.declaration->origin) << ")";
        } else if (!report.inferredUseCases.empty()) {
            out << " inferred:";
            for (std::size_t k = 0; k < report.inferredUseCases.size() && k < 3; ++k) {
                const auto& u = report.inferredUseCases[k];
                out << ' ' << u.id << ' ' << static_cast<int>(std::lround(u.confidence * 100)) << '%';
            }
        }
        if (report.recommendation) {
            const auto& r = *report.recommendation;
            out << " -> " << kn::stackChoiceName(r.stack) << " (node " << std::lround(r.scores[0] * 100) << ", python "
                << std::lround(r.scores[1] * 100) << ")";
        }
        out << "\n";
        for (const auto& f : report.findings) {
            auto p = positions.at(f.file, f.range.begin);
            out << "  " << (f.file.empty() ? report.root : f.file) << ":" << p.line + 1 << ":" << p.character + 1 << ": "
                << kn::severityName(f.severity) << ": " << f.message << " [" << f.rule << "]\n";
            ++counts[static_cast<std::size_t>(f.severity)];
        }
    }
    out << run.inputs.size() << " project" << (run.inputs.size() == 1 ? "" : "s") << ": " << counts[1] << " errors, "
        << counts[2] << " warnings, " << counts[3] << " information, " << counts[4] << " hints\n";
    (void)kb;
}

}  // namespace

int runCheck(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    std::vector<std::string> paths, useCaseArgs;
    std::string format = "text", failOn = "error", knowledgeFile;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const auto& a = args[i];
        auto value = [&](std::string_view flag) -> std::optional<std::string> {
            if (a.rfind(std::string(flag) + "=", 0) == 0) return a.substr(flag.size() + 1);
            if (a == flag) {
                if (i + 1 < args.size()) return args[++i];
                err << "stackls check: " << flag << " needs a value\n";
            }
            return std::nullopt;
        };
        auto starts = [&](std::string_view flag) { return a == flag || a.rfind(std::string(flag) + "=", 0) == 0; };
        if (a == "--help" || a == "-h") {
            printCheckHelp(out);
            return 0;
        } else if (starts("--use-case")) {
            auto v = value("--use-case");
            if (!v) return 2;
            useCaseArgs.push_back(*v);
        } else if (starts("--format")) {
            auto v = value("--format");
            if (!v) return 2;
            format = *v;
        } else if (starts("--fail-on")) {
            auto v = value("--fail-on");
            if (!v) return 2;
            failOn = *v;
        } else if (starts("--knowledge")) {
            auto v = value("--knowledge");
            if (!v) return 2;
            knowledgeFile = *v;
        } else if (a.size() > 1 && a[0] == '-') {
            err << "stackls check: unknown option " << a << "\n";
            printCheckHelp(err);
            return 2;
        } else {
            paths.push_back(a);
        }
    }
    if (format != "text" && format != "json" && format != "sarif") {
        err << "stackls check: --format must be text, json or sarif\n";
        return 2;
    }
    std::optional<kn::Severity> threshold;
    if (failOn == "error") threshold = kn::Severity::Error;
    else if (failOn == "warning") threshold = kn::Severity::Warning;
    else if (failOn == "information") threshold = kn::Severity::Information;
    else if (failOn != "never") {
        err << "stackls check: --fail-on must be error, warning, information or never\n";
        return 2;
    }
    std::optional<kn::KnowledgeBase> custom;
    if (!knowledgeFile.empty()) {
        custom = knowledgeWithFile(knowledgeFile, "check", err);
        if (!custom) return 2;
    }
    const auto& kb = custom ? *custom : kn::builtinKnowledge();
    kn::AdviceOptions options;
    for (const auto& v : useCaseArgs) {
        if (!addUseCaseIds(v, kb, options.cliUseCases, "check", err)) return 2;
    }
    if (paths.empty()) paths.push_back(".");
    auto run = analysePaths(paths, kb, options, "check", err);
    if (!run) return 2;
    for (const auto& w : run->warnings) err << "stackls check: warning: " << w << "\n";

    if (format == "json") {
        ordered_json projects = ordered_json::array();
        for (std::size_t i = 0; i < run->inputs.size(); ++i) projects.push_back(projectReportToJson(kb, run->inputs[i], run->reports[i]));
        ordered_json doc = ordered_json::object();
        doc["version"] = STACKLS_VERSION;
        doc["projects"] = std::move(projects);
        out << doc.dump(2) << "\n";
    } else if (format == "sarif") {
        out << toSarif(run->inputs, run->reports).dump(2) << "\n";
    } else {
        printText(kb, *run, out);
    }
    if (!threshold) return 0;
    for (const auto& r : run->reports) {
        for (const auto& f : r.findings) {
            if (static_cast<int>(f.severity) <= static_cast<int>(*threshold)) return 1;
        }
    }
    return 0;
}

}  // namespace stackls::server
