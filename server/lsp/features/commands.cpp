// The server's commands: a stack recommendation for a project or given use cases, declaring use cases, explanations.
#include "server/lsp/features/commands.h"

#include <algorithm>
#include <filesystem>
#include <set>

#include "knowledge/fixes.h"
#include "knowledge/recommendation.h"
#include "knowledge/report/recommendation_json.h"
#include "knowledge/report/report_markdown.h"
#include "knowledge/stackls_config.h"
#include "knowledge/text_match.h"
#include "server/lsp/analysis.h"
#include "server/lsp/fix_edits.h"
#include "server/lsp/server.h"
#include "server/lsp/uri.h"
#include "support/paths.h"

namespace stackls::server {

namespace fs = std::filesystem;
namespace kn = stackls::knowledge;

namespace {

constexpr std::size_t kMaxIds = 50;

// The first argument as an object; null or absent is an empty object.
bool firstObject(const nlohmann::json& arguments, nlohmann::json& out, std::string& error) {
    out = nlohmann::json::object();
    if (!arguments.is_array() || arguments.empty() || arguments[0].is_null()) return true;
    if (!arguments[0].is_object()) {
        error = "the first argument must be an object";
        return false;
    }
    out = arguments[0];
    return true;
}

// Reads a list of known use-case ids from `obj[key]` (an array of strings, or one string).
bool useCaseIds(const kn::KnowledgeBase& kb, const nlohmann::json& obj, const char* key, std::vector<std::string>& ids,
                std::string& error) {
    auto it = obj.find(key);
    if (it == obj.end() || it->is_null()) return true;
    nlohmann::json list = it->is_string() ? nlohmann::json::array({*it}) : *it;
    if (!list.is_array() || list.size() > kMaxIds) {
        error = std::string(key) + " must be an array of at most " + std::to_string(kMaxIds) + " use-case ids";
        return false;
    }
    for (const auto& v : list) {
        if (!v.is_string()) {
            error = std::string(key) + " must hold strings";
            return false;
        }
        auto id = v.get<std::string>();
        if (!kb.useCase(id)) {
            error = "unknown use case \"" + id + "\"";
            if (auto s = kn::suggestUseCase(kb, id)) error += "; did you mean \"" + *s + "\"?";
            return false;
        }
        if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
    }
    return true;
}

std::optional<fs::path> pathFromArgument(const std::string& rootOrUri) {
    if (rootOrUri.rfind("file:", 0) == 0) {
        auto p = uriToPath(rootOrUri);
        if (!p) return std::nullopt;
        return fs::path(*p);
    }
    if (!fs::path(rootOrUri).has_root_directory()) return std::nullopt;
    return fs::path(rootOrUri);
}

void addUnique(std::vector<std::string>& into, const std::vector<std::string>& from) {
    for (const auto& id : from)
        if (std::find(into.begin(), into.end(), id) == into.end()) into.push_back(id);
}

// The client shows one source line per reason; the CLI's citations say where each came from.
void addReasonSources(nlohmann::json& recommendation) {
    auto reasons = recommendation.find("reasons");
    if (reasons == recommendation.end() || !reasons->is_array()) return;
    for (auto& r : *reasons) {
        std::string source;
        for (const auto& c : r.value("citations", nlohmann::json::array())) {
            auto section = c.contains("source") ? c["source"].value("section", "") : "";
            std::string label = c.value("label", "");
            std::string part = section.empty() ? label : label + " (" + section + ")";
            if (part.empty() || source.find(part) != std::string::npos) continue;
            source += (source.empty() ? "" : "; ") + part;
        }
        r["source"] = source;
    }
}

// The result of stackls.recommendStack for `arguments` (the command's argument array), or
// a -32602 message in `error`.
nlohmann::json recommendStack(Server& server, Analysis& a, const nlohmann::json& arguments, std::string& error) {
    const kn::KnowledgeBase& kb = a.knowledge();
    nlohmann::json args;
    if (!firstObject(arguments, args, error)) return nullptr;
    std::vector<std::string> ids;
    if (!useCaseIds(kb, args, "useCases", ids, error)) return nullptr;
    const bool given = !ids.empty();

    // The projects it is about: the one at root, or every project under root (a workspace
    // folder holding several), or every project when no root is given.
    std::vector<const ProjectState*> projects;
    std::string rootShown;
    auto rootArg = args.find("root");
    if (rootArg != args.end() && !rootArg->is_null()) {
        std::optional<fs::path> root = rootArg->is_string() ? pathFromArgument(rootArg->get<std::string>()) : std::nullopt;
        if (!root) {
            error = "root must be an absolute path or a file:// URI";
            return nullptr;
        }
        rootShown = root->lexically_normal().string();
        if (const auto* p = a.projectAt(rootShown)) {
            projects.push_back(p);
        } else {
            std::error_code ec;
            auto canonical = fs::weakly_canonical(*root, ec);
            for (const auto* p : a.projects())
                if (p->root == canonical || support::isInside(p->root, (ec ? *root : canonical).lexically_normal())) projects.push_back(p);
        }
        if (projects.empty() && !given) {
            error = "no package.json or requirements file at or under " + rootShown + "; pass useCases";
            return nullptr;
        }
    } else if (!given) {
        projects = a.projects();
    }

    std::set<kn::Tech> stacks;
    std::vector<std::string> declared;
    nlohmann::json inferred = nlohmann::json::array();
    std::set<std::string> inferredSeen;
    for (const auto* p : projects) {
        stacks.insert(p->report.stacks.begin(), p->report.stacks.end());
        addUnique(declared, p->report.declaredUseCases);
        if (!given) addUnique(ids, p->report.basis);
        for (const auto& u : p->report.inferredUseCases) {
            if (!inferredSeen.insert(u.id).second) continue;
            nlohmann::json evidence = nlohmann::json::array();
            for (const auto& e : u.evidence) evidence.push_back(std::string(kn::evidenceKindName(e.kind)) + " " + e.text);
            inferred.push_back({{"id", u.id}, {"confidence", std::round(u.confidence * 100) / 100}, {"evidence", evidence}});
        }
    }
    if (projects.size() == 1) rootShown = projects.front()->root.string();
    std::vector<const kn::ProjectReport*> reports;
    for (const auto* p : projects) reports.push_back(&p->report);
    const auto current = kn::commonWorkingStack(reports);

    nlohmann::json stackIds = nlohmann::json::array();
    for (auto t : stacks) stackIds.push_back(kn::techId(t));
    nlohmann::json result = {{"root", rootShown},
                             {"stacks", stackIds},
                             {"declaredUseCases", declared},
                             {"inferredUseCases", inferred},
                             {"recommendation", nullptr},
                             {"fixes", nlohmann::json::array()}};
    if (ids.empty()) {
        result["markdown"] = "No use case is declared or could be inferred, so there is nothing to recommend yet. "
                             "Declare one (for example with the \"stackls.declareUseCase\" command).";
        return result;
    }
    auto rec = kn::recommend(kb, ids, current);
    nlohmann::json recommendation = kn::recommendationToJson(kb, rec);
    addReasonSources(recommendation);
    result["recommendation"] = std::move(recommendation);
    result["markdown"] = kn::recommendationMarkdown(kb, rec);

    // What the user can apply from the report: the single project's fixes.
    if (projects.size() == 1) {
        const auto& project = *projects.front();
        const auto support = editSupport(server);
        std::set<std::string> titles;
        auto offer = [&](const kn::Fix& fix) {
            if (titles.count(fix.title)) return;
            if (auto edit = workspaceEditFor(project, fix, support)) {
                titles.insert(fix.title);
                result["fixes"].push_back({{"title", fix.title}, {"edit", std::move(*edit)}});
            }
        };
        if (project.report.declaredUseCases.empty() && !project.report.basis.empty()) {
            std::optional<kn::StacklsConfig> config;
            if (project.input.config) config = kn::parseStacklsConfig(project.input.config->text);
            std::string title = "Declare use case";
            for (std::size_t i = 0; i < project.report.basis.size(); ++i)
                title += (i ? ", " : (project.report.basis.size() > 1 ? "s " : " ")) + project.report.basis[i];
            if (auto fix = kn::declareUseCasesFix(project.input, config ? &*config : nullptr, project.report.basis, title))
                offer(*fix);
        }
        for (const auto& f : project.report.findings) {
            for (const auto& fix : f.fixes) offer(fix);
        }
    }
    return result;
}

}  // namespace

void registerCommands(Server& server, Analysis& analysis) {
    server.registerCommand("stackls.recommendStack", [&server, &analysis](const nlohmann::json& arguments, Reply reply) {
        std::string error;
        auto result = recommendStack(server, analysis, arguments, error);
        if (!error.empty()) {
            reply.error(protocol::ErrorCode::InvalidParams, "stackls.recommendStack: " + error);
            return;
        }
        reply.result(std::move(result));
    });

    server.registerCommand("stackls.declareUseCase", [&server, &analysis](const nlohmann::json& arguments, Reply reply) {
        auto fail = [&](const std::string& message) {
            reply.error(protocol::ErrorCode::InvalidParams, "stackls.declareUseCase: " + message);
        };
        Analysis& a = analysis;
        nlohmann::json args;
        std::string error;
        std::vector<std::string> ids;
        if (!firstObject(arguments, args, error) || !useCaseIds(a.knowledge(), args, "useCases", ids, error))
            return fail(error);
        if (ids.empty()) return fail("useCases must name at least one use case");
        auto uri = args.find("uri");
        if (uri == args.end() || !uri->is_string()) return fail("uri must be the URI of a manifest or a project root");
        const ProjectState* project = a.projectFor(*uri);
        if (!project) project = a.projectAt(*uri);
        if (!project) return fail("no project for " + uri->get<std::string>());
        std::optional<kn::StacklsConfig> config;
        if (project->input.config) config = kn::parseStacklsConfig(project->input.config->text);
        std::string title = "Declare use case " + ids.front() + (ids.size() > 1 ? " and more" : "");
        auto fix = kn::declareUseCasesFix(project->input, config ? &*config : nullptr, ids, title);
        if (!fix) return fail("the declaration's file is too broken to edit safely; fix its syntax first");
        auto edit = workspaceEditFor(*project, *fix, editSupport(server));
        if (!edit) return fail("this editor cannot apply the edit (it would create a file the editor cannot create)");
        if (!server.clientCapabilities().applyEdit) {
            // Nothing to apply it with: hand the edit back so the caller can.
            reply.result({{"applied", false}, {"edit", *edit}});
            return;
        }
        server.sendRequest("workspace/applyEdit", {{"label", title}, {"edit", *edit}},
                           [reply](const protocol::Response& r) mutable {
                               bool applied = r.ok && r.result.is_object() && r.result.value("applied", false);
                               reply.result({{"applied", applied}});
                           });
    });

    server.registerCommand("stackls.explain", [&server, &analysis](const nlohmann::json& arguments, Reply reply) {
        auto fail = [&](const std::string& message) {
            reply.error(protocol::ErrorCode::InvalidParams, "stackls.explain: " + message);
        };
        const kn::KnowledgeBase& kb = analysis.knowledge();
        nlohmann::json args;
        std::string error;
        if (!firstObject(arguments, args, error)) return fail(error);
        if (auto uc = args.find("useCase"); uc != args.end()) {
            if (!uc->is_string()) return fail("useCase must be a string");
            std::string id = *uc;
            if (!kb.useCase(id)) {
                std::string message = "unknown use case \"" + id + "\"";
                if (auto s = kn::suggestUseCase(kb, id)) message += "; did you mean \"" + *s + "\"?";
                return fail(message);
            }
            reply.result({{"markdown", kn::useCaseComparisonMarkdown(kb, id)}});
            return;
        }
        auto pkg = args.find("package");
        auto eco = args.find("ecosystem");
        if (pkg == args.end() || !pkg->is_string())
            return fail("expected [{\"useCase\": id}] or [{\"package\": name, \"ecosystem\": \"npm\"|\"pypi\"}]");
        std::optional<kn::Tech> tech;
        if (eco != args.end() && eco->is_string()) {
            if (*eco == "npm") tech = kn::Tech::Node;
            if (*eco == "pypi") tech = kn::Tech::Python;
        }
        if (!tech) return fail("ecosystem must be \"npm\" or \"pypi\"");
        const kn::Package* package = kb.package(*tech, pkg->get<std::string>());
        if (!package) {
            reply.result(nullptr);  // a valid question stackls has no answer to
            return;
        }
        reply.result({{"markdown", kn::packageMarkdown(kb, *tech, *package)}});
    });
}

}  // namespace stackls::server
