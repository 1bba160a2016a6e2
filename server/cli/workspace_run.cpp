// Discovers, reads and advises the projects under some paths, on worker threads, in project order.
#include "server/cli/workspace_run.h"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <filesystem>
#include <mutex>
#include <system_error>
#include <thread>

#include "knowledge/loader.h"
#include "knowledge/text_match.h"
#include "knowledge/user_knowledge.h"
#include "server/workspace/discovery.h"
#include "server/workspace/project_loader.h"
#include "support/args.h"
#include "support/limits.h"

namespace stackls::server {

namespace fs = std::filesystem;
namespace kn = stackls::knowledge;

namespace {

constexpr std::uintmax_t kMaxKnowledgeBytes = 2u * 1024u * 1024u;

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
        if (!input.packageJson && input.requirements.empty() && input.pythonManifests.empty() && !input.config) return;
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
    for (const std::string_view id : support::splitList(value)) {
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
                            ": not a directory, package.json, pyproject.toml, Pipfile, setup.cfg, requirements file or .stackls.json\n";
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
            err << "stackls " << command << ": no package.json, pyproject.toml, Pipfile, setup.cfg, requirements file or .stackls.json found under "
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

}  // namespace stackls::server
