// `stackls recommend`: a recommendation for use cases given or found in a workspace.
#include "server/cli/recommend.h"

#include <filesystem>
#include <optional>
#include <sstream>

#include "knowledge/loader.h"
#include "knowledge/report/recommendation_json.h"
#include "knowledge/report/report_markdown.h"
#include "server/cli/workspace_run.h"
#include "support/args.h"

namespace stackls::server {

using nlohmann::ordered_json;
namespace kn = stackls::knowledge;

namespace {

void printRecommendHelp(std::ostream& out) {
    out << "Usage: stackls recommend [PATH] [--use-case ID[,ID...]] [--format markdown|json] [--knowledge FILE]\n\n"
           "Recommends Node.js, Python or a split for the given use cases, or for the use cases\n"
           "declared or inferred in the projects under PATH (default: .).\n";
}

}  // namespace

int runRecommend(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    std::vector<std::string> paths, useCaseArgs;
    std::string format = "markdown", knowledgeFile;
    support::ArgReader flags(args);
    while (flags.next()) {
        const std::string& a = flags.word();
        // The flag's value, or nullopt after saying that it is missing.
        auto value = [&]() -> std::optional<std::string> {
            auto v = flags.value();
            if (!v) err << "stackls recommend: " << flags.error() << "\n";
            return v;
        };
        if (a == "--help" || a == "-h") {
            printRecommendHelp(out);
            return 0;
        } else if (flags.is("--use-case")) {
            auto v = value();
            if (!v) return 2;
            useCaseArgs.push_back(std::move(*v));
        } else if (flags.is("--format")) {
            auto v = value();
            if (!v) return 2;
            format = std::move(*v);
        } else if (flags.is("--knowledge")) {
            auto v = value();
            if (!v) return 2;
            knowledgeFile = std::move(*v);
        } else if (a.size() > 1 && a[0] == '-') {
            err << "stackls recommend: unknown option " << a << "\n";
            printRecommendHelp(err);
            return 2;
        } else {
            paths.push_back(a);
        }
    }
    if (format != "markdown" && format != "json") {
        err << "stackls recommend: --format must be markdown or json\n";
        return 2;
    }
    std::optional<kn::KnowledgeBase> custom;
    if (!knowledgeFile.empty()) {
        custom = knowledgeWithFile(knowledgeFile, "recommend", err);
        if (!custom) return 2;
    }
    const auto& kb = custom ? *custom : kn::builtinKnowledge();
    // `--use-case a b` reads naturally too: a word that is no existing path but a use-case id is one.
    std::vector<std::string> words = std::move(paths);
    paths.clear();
    for (auto& w : words) {
        std::error_code ec;
        if (!std::filesystem::exists(w, ec) && kb.useCase(w)) useCaseArgs.push_back(w);
        else paths.push_back(std::move(w));
    }
    if (paths.size() > 1) {
        err << "stackls recommend: give at most one PATH (got " << paths.front() << " and " << paths[1] << ")\n";
        return 2;
    }
    std::vector<std::string> ids;
    for (const auto& v : useCaseArgs) {
        if (!addUseCaseIds(v, kb, ids, "recommend", err)) return 2;
    }

    std::optional<kn::Tech> current;
    if (!paths.empty() || ids.empty()) {
        kn::AdviceOptions options;
        options.cliUseCases = ids;
        auto run = analysePaths(paths.empty() ? std::vector<std::string>{"."} : paths, kb, options, "recommend", err);
        if (!run) return 2;
        std::vector<const kn::ProjectReport*> reports;
        const bool given = !ids.empty();
        for (const auto& report : run->reports) {
            reports.push_back(&report);
            if (given) continue;
            for (const auto& id : report.basis) {
                if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
            }
        }
        current = kn::commonWorkingStack(reports);
        if (ids.empty()) {
            err << "stackls recommend: no use case is declared or could be inferred under "
                << (paths.empty() ? "." : paths.front()) << "; pass --use-case ID (see `stackls use-cases`)\n";
            return 2;
        }
    }
    auto rec = kn::recommend(kb, ids, current);
    if (format == "json") {
        support::JsonWriter w(out);
        kn::writeRecommendation(w, kb, rec);
        w.flush();
        out << "\n";
    }
    else out << kn::recommendationMarkdown(kb, rec);
    return 0;
}

}  // namespace stackls::server
