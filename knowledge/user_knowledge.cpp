// Validates a user knowledge file and merges it into a copy of the knowledge base.
#include "knowledge/user_knowledge.h"

#include <nlohmann/json.hpp>

#include "knowledge/loader.h"

namespace stackls::knowledge {

namespace {

constexpr std::size_t kMaxUserKnowledgeBytes = 2u * 1024u * 1024u;

struct FitOverride {
    std::string useCase;
    Tech tech;
    FitLevel level;
    std::string reason;
};

}  // namespace

std::vector<LoadError> applyUserKnowledge(KnowledgeBase& kb, std::string_view text, const std::string& fileName) {
    std::vector<LoadError> errors;
    auto parsed = parseCheckedJson(text, fileName, errors, kMaxUserKnowledgeBytes, 32);
    if (!parsed) return errors;
    JsonChecker check(fileName, errors);
    if (!parsed->is_object()) {
        check.error("$", "expected an object with \"packages\" and/or \"fits\"");
        return errors;
    }
    for (const auto& [key, value] : parsed->items()) {
        if (key != "packages" && key != "fits" && key != "$schema") {
            check.error(jsonPathChild("$", key), "unknown member (expected packages or fits)");
        }
    }
    std::array<std::vector<Package>, 2> added;
    if (const auto* packages = check.object(*parsed, "packages", "$", false)) {
        for (const auto& [key, value] : packages->items()) {
            auto path = jsonPathChild("$.packages", key);
            if (key == "npm") readPackageList(value, path, Tech::Node, kb, fileName, check, added[idx(Tech::Node)]);
            else if (key == "pypi") readPackageList(value, path, Tech::Python, kb, fileName, check, added[idx(Tech::Python)]);
            else check.error(path, "unknown ecosystem (expected npm or pypi)");
        }
        for (auto t : kTechs) {
            if (added[idx(t)].size() > 5000) check.error(jsonPathChild("$.packages", ecosystemId(t)), "more than 5000 packages");
        }
    }
    std::vector<FitOverride> fits;
    if (const auto* fitsJson = check.object(*parsed, "fits", "$", false)) {
        for (const auto& [useCaseId, sides] : fitsJson->items()) {
            auto up = jsonPathChild("$.fits", useCaseId);
            if (!kb.useCase(useCaseId)) {
                check.error(up, "unknown use case \"" + useCaseId + "\"");
                continue;
            }
            if (!sides.is_object()) {
                check.error(up, "expected an object like {\"node\": {\"level\": \"fits\"}}");
                continue;
            }
            for (const auto& [techKey, fit] : sides.items()) {
                auto tp = jsonPathChild(up, techKey);
                auto tech = techFromId(techKey);
                if (!tech) {
                    check.error(tp, "unknown technology (expected node or python)");
                    continue;
                }
                // Shorthand: "fits" instead of {"level": "fits"}.
                std::optional<std::string> level;
                std::string reason;
                if (fit.is_string()) {
                    level = check.stringValue(fit, tp, 16);
                } else if (fit.is_object()) {
                    level = check.string(fit, "level", tp, true, 16);
                    reason = check.string(fit, "reason", tp, false, 500).value_or("");
                } else {
                    check.error(tp, "expected \"strong\", \"fits\", \"weak\" or {\"level\": ..., \"reason\": ...}");
                    continue;
                }
                if (!level) continue;
                auto parsedLevel = fitLevelFromName(*level);
                if (!parsedLevel) {
                    check.error(fit.is_string() ? tp : jsonPathChild(tp, "level"),
                                "expected strong, fits or weak, found \"" + *level + "\"");
                    continue;
                }
                fits.push_back({useCaseId, *tech, *parsedLevel, reason});
            }
        }
    }
    if (!errors.empty()) return errors;

    KnowledgeBase merged = kb;
    for (auto t : kTechs) {
        auto& list = merged.packages[idx(t)];
        list.insert(list.end(), added[idx(t)].begin(), added[idx(t)].end());
    }
    merged.reindex();
    for (const auto& f : fits) {
        auto& u = merged.useCases[static_cast<std::size_t>(merged.useCase(f.useCase) - merged.useCases.data())];
        auto& fit = u.fit[idx(f.tech)];
        fit.level = f.level;
        fit.overriddenBy = fileName;
        fit.reasons = {Reason{f.reason.empty() ? "Set by " + fileName + "." : f.reason, {}}};
    }
    checkEquivalents(merged, errors);
    if (!errors.empty()) return errors;
    kb = std::move(merged);
    return errors;
}

}  // namespace stackls::knowledge
