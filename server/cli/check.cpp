// `stackls check`: argument parsing, running the advisor over discovered projects, text and JSON output.
#include "server/cli/check.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <condition_variable>
#include <filesystem>
#include <mutex>
#include <optional>
#include <sstream>
#include <system_error>
#include <thread>

#include "knowledge/loader.h"
#include "knowledge/report/recommendation_json.h"
#include "knowledge/text_match.h"
#include "knowledge/user_knowledge.h"
#include "server/cli/github_annotations.h"
#include "server/cli/sarif.h"
#include "server/workspace/discovery.h"
#include "server/workspace/project_loader.h"
#include "support/args.h"
#include "support/limits.h"

namespace stackls::server {

namespace fs = std::filesystem;
namespace kn = stackls::knowledge;

namespace {

constexpr std::uintmax_t kMaxKnowledgeBytes = 2u * 1024u * 1024u;

void printCheckHelp(std::ostream& out) {
    out << "Usage: stackls check [PATH...] [--use-case ID[,ID...]] [--format text|json|sarif|github]\n"
           "                     [--fail-on error|warning|information|never] [--knowledge FILE]\n"
           "                     [--select RULE[,RULE...]] [--ignore RULE[,RULE...]] [--exclude GLOB]\n"
           "                     [--config FILE]\n\n"
           "Finds package.json and requirements files under each PATH (default: .), works out what\n"
           "each project is for and reports where Node.js or Python fits it badly.\n"
           "  --select    report only these rules       --ignore   never report these rules\n"
           "  --exclude   skip folders and files matching GLOB (relative to PATH; repeatable)\n"
           "  --config    use FILE instead of each project's .stackls.json\n"
           "Exit code: 0 clean; 1 when a finding at or above --fail-on (default error) exists;\n"
           "2 on bad usage or unreadable input. Rules: docs/rules.md; `stackls use-cases` lists\n"
           "the use-case ids.\n";
}

// Splits "a,b" into rule ids and checks each against the rule table.
bool addRuleIds(std::string_view value, std::string_view flag, std::vector<std::string>& ids, std::ostream& err) {
    std::size_t start = 0;
    while (start <= value.size()) {
        auto comma = std::min(value.find(',', start), value.size());
        auto id = value.substr(start, comma - start);
        while (!id.empty() && id.front() == ' ') id.remove_prefix(1);
        while (!id.empty() && id.back() == ' ') id.remove_suffix(1);
        start = comma + 1;
        if (id.empty()) continue;
        if (!kn::ruleInfo(id)) {
            err << "stackls check: unknown rule \"" << id << "\" in " << flag << " (docs/rules.md lists them)\n";
            return false;
        }
        if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.emplace_back(id);
    }
    return true;
}

// One project found by discovery, waiting to be read and advised.
struct ProjectJob {
    Project project;
    ProjectLoadOptions loadOptions;
    std::size_t pathIndex;
};

// What a job produced: nothing when the project had no manifest worth advising. With a
// renderer, only the rendered text and the finding counts (input and report are dropped).
struct ProjectResult {
    bool analysed = false;
    std::optional<kn::ProjectInput> input;
    std::optional<kn::ProjectReport> report;
    std::string rendered;
    std::array<std::size_t, 5> findingsBySeverity{};
    std::vector<std::string> warnings;
};

// Receives each result in job order on the calling thread, as soon as it and all before it
// are done, while the workers go on; it may move from the result.
using ResultConsumer = std::function<void(std::size_t job, ProjectResult& result)>;

// Projects are independent, and reading, the advisor and rendering are functions of const
// inputs, so a large workspace is split over the cores; each result lands in its job's slot,
// so the output order (and bytes) do not depend on the number of threads. With a consumer
// the calling thread hands out results (writing them, for `check`) instead of working.
std::vector<ProjectResult> runJobs(const std::vector<ProjectJob>& jobs, const kn::KnowledgeBase& kb,
                                   const kn::AdviceOptions& options, const ProjectRenderer& render,
                                   const ResultConsumer& consume) {
    constexpr std::size_t kProjectsPerThread = 32;  // below this a thread costs more than it saves
    constexpr unsigned kMaxThreads = 8;
    const std::size_t count = jobs.size();
    std::vector<ProjectResult> results(count);
    std::vector<char> finished(count, 0);
    std::mutex finishedMutex;
    std::condition_variable finishedChanged;
    auto reader = [](const fs::path& p, std::string& error) { return readTextFileCapped(p, support::kMaxManifestBytes, error); };
    std::atomic<std::size_t> next{0};
    auto runJob = [&](std::size_t i) {
        ProjectResult& r = results[i];
        auto input = loadProject(jobs[i].project, reader, jobs[i].loadOptions, r.warnings);
        if (!input.packageJson && input.requirements.empty() && !input.config) return;
        auto report = kn::advise(kb, input, options);
        r.analysed = true;
        for (const auto& f : report.findings) ++r.findingsBySeverity[static_cast<std::size_t>(f.severity)];
        if (render) {
            r.rendered = render(input, report);
            return;
        }
        r.input = std::move(input);
        r.report = std::move(report);
    };
    auto work = [&] {
        for (std::size_t i = next++; i < count; i = next++) {
            runJob(i);
            if (!consume) continue;
            {
                std::lock_guard<std::mutex> lock(finishedMutex);
                finished[i] = 1;
            }
            finishedChanged.notify_one();
        }
    };
    const std::size_t wanted = std::min<std::size_t>({std::max(1u, std::thread::hardware_concurrency()), kMaxThreads,
                                                      count / kProjectsPerThread + 1});
    std::vector<std::thread> helpers;
    for (std::size_t t = consume ? 0 : 1; t < wanted; ++t) helpers.emplace_back(work);
    if (consume) {
        for (std::size_t i = 0; i < count; ++i) {
            {
                std::unique_lock<std::mutex> lock(finishedMutex);
                finishedChanged.wait(lock, [&] { return finished[i] != 0; });
            }
            consume(i, results[i]);
        }
    } else {
        work();
    }
    for (auto& t : helpers) t.join();
    return results;
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
                                         std::ostream& err, const ProjectRenderer& render, const PartSink& emit,
                                         const PathOptions& pathOptions) {
    std::error_code ec;
    const fs::path cwd = fs::current_path(ec);
    DiscoveryLimits limits;
    // A CLI run over a monorepo may see far more projects than an editor session.
    limits.maxDirectories = 200000;
    limits.maxManifests = 20000;
    limits.maxTotalBytes = 1024u * 1024u * 1024u;

    // Discovery, path by path (cheap and serial); a bad path ends it, but a path before it that
    // holds no project is still reported first, as when each path was read in turn.
    std::vector<ProjectJob> jobs;
    std::vector<std::vector<std::string>> discoveryWarnings;
    std::optional<std::string> pathError;
    for (const auto& given : paths) {
        fs::path path = fs::absolute(given, ec).lexically_normal();
        if (ec || !fs::exists(path, ec)) {
            pathError = "stackls " + std::string(command) + ": " + given + ": no such file or directory\n";
            break;
        }
        fs::path root = path;
        std::optional<fs::path> onlyFile;
        DiscoveryLimits pathLimits = limits;
        if (!fs::is_directory(path, ec)) {
            if (!manifest::manifestKindForPath(path.generic_string())) {
                pathError = "stackls " + std::string(command) + ": " + given +
                            ": not a directory, package.json, requirements file or .stackls.json\n";
                break;
            }
            root = path.parent_path();
            onlyFile = path;
            pathLimits.maxDepth = 0;
        }
        auto found = discoverProjects(root, pathLimits, pathOptions.exclude);
        discoveryWarnings.push_back(std::move(found.warnings));
        ProjectLoadOptions loadOptions;
        loadOptions.displayBase = cwd;
        const fs::path checked = fs::is_directory(path, ec) ? path : root;
        const auto fromCwd = checked.lexically_relative(cwd);
        loadOptions.configSearchRoot = !fromCwd.empty() && *fromCwd.begin() != ".." ? cwd : checked;
        loadOptions.confinement = loadOptions.configSearchRoot;
        if (!pathOptions.configFile.empty()) loadOptions.configOverride = fs::absolute(pathOptions.configFile, ec);
        for (auto& project : found.projects) {
            if (onlyFile) {
                if (project.root != root) continue;
                // Keep the named manifest and the project's .stackls.json.
                std::vector<DiscoveredManifest> kept;
                for (const auto& d : project.details) {
                    if (d.path == *onlyFile || d.kind == manifest::ManifestKind::StacklsConfig) kept.push_back(d);
                }
                project.details = std::move(kept);
            }
            jobs.push_back({std::move(project), loadOptions, discoveryWarnings.size() - 1});
        }
    }

    // Parts are emitted while the workers go on, but only once every path has a project:
    // a run that ends in "no project found" must print nothing. Until then they are held.
    ResultConsumer consume;
    std::vector<char> confirmed(discoveryWarnings.size(), 0);
    std::size_t unconfirmed = discoveryWarnings.size();
    std::vector<std::string> held;
    bool emitting = false;
    // A path that does not exist ends discovery early: the paths before it must not print.
    if (render && emit && !pathError) {
        consume = [&](std::size_t job, ProjectResult& r) {
            if (!r.analysed) return;
            const std::size_t p = jobs[job].pathIndex;
            if (!confirmed[p]) {
                confirmed[p] = 1;
                --unconfirmed;
            }
            if (emitting) {
                emit(std::move(r.rendered));
                return;
            }
            held.push_back(std::move(r.rendered));
            if (unconfirmed > 0) return;
            emitting = true;
            for (auto& part : held) emit(std::move(part));
            held.clear();
        };
    }
    auto results = runJobs(jobs, kb, options, render, consume);

    WorkspaceRun run;
    std::size_t job = 0;
    for (std::size_t p = 0; p < discoveryWarnings.size(); ++p) {
        for (auto& w : discoveryWarnings[p]) run.warnings.push_back(std::move(w));
        const std::size_t before = run.projects;
        for (; job < jobs.size() && jobs[job].pathIndex == p; ++job) {
            ProjectResult& r = results[job];
            for (auto& w : r.warnings) run.warnings.push_back(std::move(w));
            if (!r.analysed) continue;
            ++run.projects;
            for (std::size_t k = 0; k < r.findingsBySeverity.size(); ++k)
                run.findingsBySeverity[k] += r.findingsBySeverity[k];
            if (render) {
                if (!emitting) run.rendered.push_back(std::move(r.rendered));
            } else {
                run.inputs.push_back(std::move(*r.input));
                run.reports.push_back(std::move(*r.report));
            }
        }
        if (run.projects == before) {
            err << "stackls " << command << ": no package.json, requirements file or .stackls.json found under "
                << paths[p] << "\n";
            return std::nullopt;
        }
    }
    if (pathError) {
        err << *pathError;
        return std::nullopt;
    }
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
    // Ranges come in runs on one file (a finding's range, then its fixes' edits).
    if (!last_ || last_->first != file) {
        auto it = files_.find(file);
        if (it == files_.end()) return {};
        last_ = &*it;
    }
    const auto* it = last_;
    return it->second.index.toPosition(it->second.text, offset, protocol::PositionEncoding::Utf16);
}

std::string_view ProjectPositions::lineText(const std::string& file, std::size_t offset) const {
    auto it = files_.find(file);
    if (it == files_.end()) return {};
    std::string_view text = it->second.text;
    offset = std::min(offset, text.size());
    const std::size_t begin = offset == 0 ? 0 : text.rfind('\n', offset - 1) + 1;  // npos + 1 == 0
    const std::size_t end = std::min(text.find('\n', offset), text.size());
    return text.substr(begin, end - begin);
}

void ProjectPositions::writeRange(support::JsonWriter& w, const std::string& file, manifest::ByteRange r) const {
    auto writePosition = [&](protocol::Position p) {
        w.beginObject();
        w.key("line").value(p.line);
        w.key("character").value(p.character);
        w.endObject();
    };
    w.beginObject();
    w.key("start");
    writePosition(at(file, r.begin));
    w.key("end");
    writePosition(at(file, r.end));
    w.endObject();
}

namespace {

void writeOffsets(support::JsonWriter& w, manifest::ByteRange r) {
    w.beginObject();
    w.key("begin").value(r.begin);
    w.key("end").value(r.end);
    w.endObject();
}

double roundedToHundredths(double x) { return std::round(x * 100) / 100; }

}  // namespace

void writeFinding(support::JsonWriter& w, const kn::Finding& f, const ProjectPositions& positions) {
    w.beginObject();
    w.key("rule").value(f.rule);
    w.key("category").value(kn::categoryName(f.category));
    w.key("severity").value(kn::severityName(f.severity));
    w.key("message").value(f.message);
    w.key("file").value(f.file);
    w.key("range");
    positions.writeRange(w, f.file, f.range);
    w.key("offsets");
    writeOffsets(w, f.range);
    w.key("fixes").beginArray();
    for (const auto& fix : f.fixes) {
        w.beginObject();
        w.key("title").value(fix.title);
        w.key("preferred").value(fix.preferred);
        w.key("edits").beginArray();
        for (const auto& e : fix.edits) {
            w.beginObject();
            w.key("file").value(e.file);
            w.key("range");
            positions.writeRange(w, e.file, e.range);
            w.key("offsets");
            writeOffsets(w, e.range);
            w.key("newText").value(e.newText);
            w.endObject();
        }
        w.endArray();
        w.key("createFiles").beginArray();
        for (const auto& c : fix.creations) {
            w.beginObject();
            w.key("file").value(c.file);
            w.key("content").value(c.content);
            w.endObject();
        }
        w.endArray();
        w.endObject();
    }
    w.endArray();
    if (!f.useCase.empty()) w.key("useCase").value(f.useCase);
    if (!f.dependency.empty()) w.key("dependency").value(f.dependency);
    if (!f.refs.empty()) w.key("refs").value(f.refs);
    w.endObject();
}

void writeProjectReport(support::JsonWriter& w, const kn::KnowledgeBase& kb, const kn::ProjectInput& input, const kn::ProjectReport& report) {
    ProjectPositions positions(input);
    w.beginObject();
    w.key("root").value(report.root);
    w.key("stacks").beginArray();
    for (auto t : report.stacks) w.value(kn::techId(t));
    w.endArray();
    w.key("declaredUseCases").value(report.declaredUseCases);
    w.key("declaredIn");
    if (report.declaration) {
        w.beginObject();
        w.key("source").value(kn::declarationOriginName(report.declaration->origin));
        if (!report.declaration->file.empty()) w.key("file").value(report.declaration->file);
        w.endObject();
    } else {
        w.null();
    }
    w.key("inferredUseCases").beginArray();
    for (const auto& u : report.inferredUseCases) {
        const auto* uc = kb.useCase(u.id);
        w.beginObject();
        w.key("id").value(u.id);
        w.key("title").value(uc ? std::string_view(uc->title) : std::string_view(u.id));
        w.key("confidence").value(roundedToHundredths(u.confidence));
        w.key("evidence").beginArray();
        for (const auto& e : u.evidence) {
            w.beginObject();
            w.key("kind").value(kn::evidenceKindName(e.kind));
            w.key("text").value(e.text);
            w.key("file").value(e.file);
            w.key("range");
            positions.writeRange(w, e.file, e.range);
            w.key("weight").value(roundedToHundredths(e.weight));
            w.endObject();
        }
        w.endArray();
        w.endObject();
    }
    w.endArray();
    w.key("findings").beginArray();
    for (const auto& f : report.findings) writeFinding(w, f, positions);
    w.endArray();
    w.key("recommendation");
    if (report.recommendation) kn::writeRecommendation(w, kb, *report.recommendation);
    else w.null();
    w.key("ignoredRules").value(report.ignoredRules);
    w.endObject();
}

namespace {

// One project's lines of the text format.
std::string projectText(const kn::ProjectInput& input, const kn::ProjectReport& report) {
    std::ostringstream out;
    ProjectPositions positions(input);
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
    }
    return std::move(out).str();
}

void printTextSummary(const WorkspaceRun& run, std::ostream& out) {
    const auto& counts = run.findingsBySeverity;
    out << run.projects << " project" << (run.projects == 1 ? "" : "s") << ": " << counts[1] << " errors, "
        << counts[2] << " warnings, " << counts[3] << " information, " << counts[4] << " hints\n";
}

}  // namespace

int runCheck(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    std::vector<std::string> paths, useCaseArgs, selected, ignored;
    std::string format = "text", failOn = "error", knowledgeFile;
    PathOptions pathOptions;
    bool selecting = false;
    support::ArgReader flags(args);
    while (flags.next()) {
        const std::string& a = flags.word();
        // The flag's value, or nullopt after saying that it is missing.
        auto value = [&]() -> std::optional<std::string> {
            auto v = flags.value();
            if (!v) err << "stackls check: " << flags.error() << "\n";
            return v;
        };
        if (a == "--help" || a == "-h") {
            printCheckHelp(out);
            return 0;
        } else if (flags.is("--use-case")) {
            auto v = value();
            if (!v) return 2;
            useCaseArgs.push_back(*v);
        } else if (flags.is("--format")) {
            auto v = value();
            if (!v) return 2;
            format = *v;
        } else if (flags.is("--fail-on")) {
            auto v = value();
            if (!v) return 2;
            failOn = *v;
        } else if (flags.is("--knowledge")) {
            auto v = value();
            if (!v) return 2;
            knowledgeFile = *v;
        } else if (flags.is("--select")) {
            auto v = value();
            if (!v || !addRuleIds(*v, "--select", selected, err)) return 2;
            selecting = true;
        } else if (flags.is("--ignore")) {
            auto v = value();
            if (!v || !addRuleIds(*v, "--ignore", ignored, err)) return 2;
        } else if (flags.is("--exclude")) {
            auto v = value();
            if (!v) return 2;
            pathOptions.exclude.push_back(*v);
        } else if (flags.is("--config")) {
            auto v = value();
            if (!v) return 2;
            pathOptions.configFile = *v;
        } else if (a.size() > 1 && a[0] == '-') {
            err << "stackls check: unknown option " << a << "\n";
            printCheckHelp(err);
            return 2;
        } else {
            paths.push_back(a);
        }
    }
    if (format != "text" && format != "json" && format != "sarif" && format != "github") {
        err << "stackls check: --format must be text, json, sarif or github\n";
        return 2;
    }
    if (!pathOptions.configFile.empty()) {
        // Read once here so an unreadable file is a usage error, not a warning per project.
        std::string error;
        if (!readTextFileCapped(pathOptions.configFile, kMaxKnowledgeBytes, error)) {
            err << "stackls check: --config: " << error << "\n";
            return 2;
        }
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
    if (selecting) options.cliSelect = selected;
    for (const auto& id : ignored) options.cliRules[id] = std::nullopt;
    if (paths.empty()) paths.push_back(".");
    // JSON is streamed, not built as a tree (that cost more than the analysis), and each
    // project's part, JSON or text, is rendered on the worker thread that advised it.
    ProjectRenderer render;
    if (format == "json") {
        render = [&kb](const kn::ProjectInput& input, const kn::ProjectReport& report) {
            support::JsonWriter part(2, {true, false});  // inside {"projects": [ ... ]}
            writeProjectReport(part, kb, input, report);
            return part.take();
        };
    } else if (format == "text") {
        render = projectText;
    } else if (format == "github") {
        render = githubAnnotations;
    }
    // Both formats are written while the workers go on (see analysePaths): the JSON's
    // opening is written before the first part.
    std::optional<support::JsonWriter> json;
    auto openJson = [&] {
        if (json) return;
        json.emplace(out);
        json->beginObject();
        json->key("version").value(STACKLS_VERSION);
        json->key("projects").beginArray();
    };
    PartSink emit;
    if (format == "json") {
        emit = [&](std::string part) {
            openJson();
            json->element(part);
        };
    } else if (format == "text" || format == "github") {
        emit = [&](std::string part) { out << part; };
    }
    auto run = analysePaths(paths, kb, options, "check", err, render, emit, pathOptions);
    if (!run) return 2;
    for (const auto& w : run->warnings) err << "stackls check: warning: " << w << "\n";

    if (format == "json") {
        openJson();
        for (auto& part : run->rendered) {
            json->element(part);
            std::string().swap(part);  // the output is tens of megabytes: free each part once written
        }
        json->endArray();
        json->endObject();
        json->flush();
        out << "\n";
    } else if (format == "sarif") {
        std::error_code ec;
        out << toSarif(run->inputs, run->reports, fs::current_path(ec)).dump(2) << "\n";
    } else {
        for (auto& part : run->rendered) {
            out << part;
            std::string().swap(part);
        }
        if (format == "text") printTextSummary(*run, out);
    }
    if (!threshold) return 0;
    for (std::size_t severity = 0; severity < run->findingsBySeverity.size(); ++severity) {
        if (run->findingsBySeverity[severity] > 0 && static_cast<int>(severity) <= static_cast<int>(*threshold)) return 1;
    }
    return 0;
}

}  // namespace stackls::server
