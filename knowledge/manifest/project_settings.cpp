// "rules" and "exclude" of a project file, read the same way wherever they are written.
#include "knowledge/manifest/project_settings.h"

#include <string>

namespace stackls::manifest {

namespace {

void settingsProblem(std::vector<Problem>& problems, ByteRange range, std::string message) {
    problems.push_back({range, std::move(message), Problem::Severity::Error, 0});
}

}  // namespace

std::vector<RuleSetting> readRuleSettings(const json::Document& doc, const json::Node& rules, std::string_view what,
                                          std::vector<Problem>& problems) {
    std::vector<RuleSetting> out;
    if (rules.kind != json::Kind::Object) {
        if (rules.kind != json::Kind::Invalid)
            settingsProblem(problems, rules.range,
                            std::string(what) + " must be an object like {\"no-dependencies\": \"off\"}");
        return out;
    }
    for (const auto* m = doc.firstChild(rules); m; m = doc.nextSibling(*m)) {
        if (!m->hasKey || !m->keyClosed) continue;
        if (doc.member(rules, m->keyText) != m) continue;  // the last of duplicated keys counts
        RuleSetting setting;
        setting.rule = {std::string(m->keyText), m->keyRange()};
        setting.level.range = m->range;
        if (m->kind == json::Kind::String) setting.level.text = std::string(m->text);
        else if (m->kind == json::Kind::Invalid) continue;  // still being typed; the reader reported it
        out.push_back(std::move(setting));
    }
    return out;
}

std::vector<Located> readExcludeGlobs(const json::Document& doc, const json::Node& exclude, std::string_view what,
                                      std::vector<Problem>& problems) {
    std::vector<Located> out;
    if (exclude.kind != json::Kind::Array) {
        if (exclude.kind != json::Kind::Invalid)
            settingsProblem(problems, exclude.range, std::string(what) + " must be an array of glob strings");
        return out;
    }
    for (const auto* c = doc.firstChild(exclude); c; c = doc.nextSibling(*c)) {
        if (c->kind == json::Kind::String && !c->text.empty()) out.push_back({std::string(c->text), c->range});
        else if (c->kind != json::Kind::Invalid)
            settingsProblem(problems, c->range, std::string(what) + " items must be non-empty glob strings");
    }
    return out;
}

}  // namespace stackls::manifest
