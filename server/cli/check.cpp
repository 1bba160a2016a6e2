// `stackls check`: its flags, the text format, and the JSON and SARIF documents around the projects.
#include "server/cli/check.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <optional>
#include <sstream>

#include "knowledge/loader.h"
#include "server/cli/github_annotations.h"
#include "server/cli/project_json.h"
#include "server/cli/sarif.h"
#include "server/cli/workspace_run.h"
#include "server/workspace/project_loader.h"
#include "support/args.h"
#include "support/limits.h"

namespace stackls::server {

namespace kn = stackls::knowledge;

namespace {

void printCheckHelp(std::ostream& out) {
    out << "Usage: stackls check [PATH...] [--use-case ID[,ID...]] [--format text|json|sarif|github]\n"
           "                     [--fail-on error|warning|information|never] [--knowledge FILE]\n"
           "                     [--select RULE[,RULE...]] [--ignore RULE[,RULE...]] [--exclude GLOB]\n"
           "                     [--config FILE]\n\n"
           "Finds package.json, pyproject.toml, Pipfile, setup.cfg and requirements files under each\n"
           "PATH (default: .), works out what each project is for and reports where Node.js or\n"
           "Python fits it badly. setup.py is never run.\n"
           "  --select    report only these rules       --ignore   never report these rules\n"
           "  --exclude   skip folders and files matching GLOB (relative to PATH; repeatable)\n"
           "  --config    use FILE instead of each project's .stackls.json\n"
           "Exit code: 0 clean; 1 when a finding at or above --fail-on (default error) exists;\n"
           "2 on bad usage or unreadable input. Rules: docs/rules.md; `stackls use-cases` lists\n"
           "the use-case ids.\n";
}

// Splits "a,b" into rule ids and checks each against the rule table.
bool addRuleIds(std::string_view value, std::string_view flag, std::vector<std::string>& ids, std::ostream& err) {
    for (const std::string_view id : support::splitList(value)) {
        if (!kn::ruleInfo(id)) {
            err << "stackls check: unknown rule \"" << id << "\" in " << flag << " (docs/rules.md lists them)\n";
            return false;
        }
        if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.emplace_back(id);
    }
    return true;
}

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
        if (!report.declaration->inheritedFrom.empty()) out << " (declared in " << report.declaration->inheritedFrom << ")";
        else out << " (" << kn::declarationOriginName(report.declaration->origin) << ")";
    } else if (!report.inferredUseCases.empty()) {
        out << " inferred:";
        for (std::size_t k = 0; k < report.inferredUseCases.size() && k < 3; ++k) {
            const auto& u = report.inferredUseCases[k];
            out << ' ' << u.id << ' ' << static_cast<int>(std::lround(u.confidence * 100)) << '%';
        }
    }
    if (report.recommendation) {
        const auto& r = *report.recommendation;
        // "stays" when the project keeps its stack although the other side scores higher (inertia).
        const bool otherScoresHigher =
            r.current && r.scores[*r.current == kn::Tech::Node ? 1 : 0] > r.scores[*r.current == kn::Tech::Node ? 0 : 1];
        out << " -> " << kn::stackChoiceName(r.stack) << (r.keepsCurrent && otherScoresHigher ? " stays" : "") << " (node "
            << std::lround(r.scores[0] * 100) << ", python " << std::lround(r.scores[1] * 100) << ")";
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
        if (!readTextFileCapped(pathOptions.configFile, support::kMaxManifestBytes, error)) {
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
        out << toSarif(run->inputs, run->reports, std::filesystem::current_path(ec)).dump(2) << "\n";
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
