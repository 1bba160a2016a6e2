// `stackls recommend` and the recommendation's JSON shape.
#include "server/cli/recommend.h"

#include <filesystem>
#include <optional>
#include <set>

#include "knowledge/loader.h"
#include "knowledge/report_markdown.h"
#include "server/cli/check.h"

namespace stackls::server {

using nlohmann::ordered_json;
namespace kn = stackls::knowledge;

namespace {

ordered_json perSide(double node, double python) { return {{"node", node}, {"python", python}}; }

void printRecommendHelp(std::ostream& out) {
    out << "Usage: stackls recommend [PATH] [--use-case ID[,ID...]] [--format markdown|json] [--knowledge FILE]\n\n"
           "Recommends Node.js, Python or a split for the given use cases, or for the use cases\n"
           "declared or inferred in the projects under PATH (default: .).\n";
}

}  // namespace

ordered_json recommendationToJson(const kn::KnowledgeBase& kb, const kn::Recommendation& rec) {
    ordered_json reasons = ordered_json::array();
    for (const auto& r : rec.reasons) {
        ordered_json citations = ordered_json::array();
        for (const auto& c : r.citations) {
            citations.push_back({{"ref", c.ref}, {"label", c.label},
                                 {"source", {{"doc", c.source.doc}, {"section", c.source.section}}}});
        }
        ordered_json reason = {{"useCase", r.useCase},
                               {"favours", r.favours ? ordered_json(kn::techId(*r.favours)) : ordered_json(nullptr)},
                               {"text", r.text}};
        reason["citations"] = std::move(citations);
        reasons.push_back(std::move(reason));
    }
    ordered_json dimensions = ordered_json::array();
    for (const auto& d : rec.dimensions) {
        dimensions.push_back({{"id", d.id}, {"title", d.title}, {"node", d.score[0]}, {"python", d.score[1]}, {"weight", d.weight}});
    }
    ordered_json useCases = ordered_json::array();
    for (const auto& u : rec.perUseCase) {
        useCases.push_back({{"id", u.id},
                            {"title", u.title},
                            {"fit", {{"node", kn::fitLevelName(u.fit[0])}, {"python", kn::fitLevelName(u.fit[1])}}},
                            {"scores", perSide(u.score[0], u.score[1])},
                            {"preferred", u.preferred ? ordered_json(kn::techId(*u.preferred)) : ordered_json(nullptr)}});
    }
    ordered_json mitigations = ordered_json::array();
    for (const auto& m : rec.mitigations) {
        mitigations.push_back({{"useCase", m.useCase}, {"technology", kn::techId(m.tech)}, {"text", m.text}, {"packages", m.packages}});
    }
    ordered_json j = ordered_json::object();
    j["stack"] = kn::stackChoiceName(rec.stack);
    j["useCases"] = rec.useCases;
    j["scores"] = perSide(rec.scores[0], rec.scores[1]);
    j["summary"] = rec.summary;
    j["split"] = {{"node", rec.split[0]}, {"python", rec.split[1]}, {"either", rec.either}};
    j["perUseCase"] = std::move(useCases);
    j["dimensions"] = std::move(dimensions);
    j["reasons"] = std::move(reasons);
    j["mitigations"] = std::move(mitigations);
    j["source"] = {{"doc", "nodejs-vs-python"}, {"title", kb.sourceTitle}};
    return j;
}

int runRecommend(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    std::vector<std::string> paths, useCaseArgs;
    std::string format = "markdown", knowledgeFile;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const auto& a = args[i];
        auto take = [&](std::string_view flag, std::string& into) -> int {
            if (a.rfind(std::string(flag) + "=", 0) == 0) {
                into = a.substr(flag.size() + 1);
                return 1;
            }
            if (a != flag) return 0;
            if (i + 1 >= args.size()) {
                err << "stackls recommend: " << flag << " needs a value\n";
                return -1;
            }
            into = args[++i];
            return 1;
        };
        std::string v;
        int r;
        if (a == "--help" || a == "-h") {
            printRecommendHelp(out);
            return 0;
        } else if ((r = take("--use-case", v)) != 0) {
            if (r < 0) return 2;
            useCaseArgs.push_back(v);
        } else if ((r = take("--format", format)) != 0) {
            if (r < 0) return 2;
        } else if ((r = take("--knowledge", knowledgeFile)) != 0) {
            if (r < 0) return 2;
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
        std::set<kn::Tech> stacks;
        const bool given = !ids.empty();
        for (const auto& report : run->reports) {
            stacks.insert(report.stacks.begin(), report.stacks.end());
            if (given) continue;
            for (const auto& id : report.basis) {
                if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
            }
        }
        if (stacks.size() == 1) current = *stacks.begin();
        if (ids.empty()) {
            err << "stackls recommend: no use case is declared or could be inferred under "
                << (paths.empty() ? "." : paths.front()) << "; pass --use-case ID (see `stackls use-cases`)\n";
            return 2;
        }
    }
    auto rec = kn::recommend(kb, ids, current);
    if (format == "json") out << recommendationToJson(kb, rec).dump(2) << "\n";
    else out << kn::recommendationMarkdown(kb, rec);
    return 0;
}

}  // namespace stackls::server
