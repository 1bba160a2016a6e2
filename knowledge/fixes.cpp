// Fix builders: every insertion into a JSON object goes right after its '{', with a comma
// when the object already has members, so a valid file stays valid.
#include "knowledge/fixes.h"

#include "knowledge/manifest/json_reader.h"

namespace stackls::knowledge {

using manifest::ByteRange;
using manifest::ObjectSpan;

std::string useCaseJsonValue(const std::vector<std::string>& ids) {
    if (ids.size() == 1) return "\"" + ids.front() + "\"";
    std::string out = "[";
    for (std::size_t i = 0; i < ids.size(); ++i) out += (i ? ", \"" : "\"") + ids[i] + "\"";
    return out + "]";
}

std::string useCaseComment(const std::vector<std::string>& ids) {
    std::string out = "# stackls: use-case=";
    for (std::size_t i = 0; i < ids.size(); ++i) out += (i ? "," : "") + ids[i];
    return out;
}

Fix replaceFix(std::string title, std::string file, ByteRange range, std::string newText) {
    Fix fix;
    fix.title = std::move(title);
    fix.edits.push_back({std::move(file), range, std::move(newText)});
    return fix;
}

namespace {

// An edit inserting `member` (`"key": value`) as the first member of `object`.
std::optional<TextEdit> insertMember(const std::string& file, const ObjectSpan& object, const std::string& member) {
    if (!object.closed) return std::nullopt;
    std::string text = object.memberCount > 0 ? member + ", " : member;
    return TextEdit{file, {object.range.begin + 1, object.range.begin + 1}, std::move(text)};
}

std::string ignoreArray(std::string_view ruleId) { return "[\"" + std::string(ruleId) + "\"]"; }

// Adds `value` (already JSON) to the array whose '['..']' is `array`, after its last item.
std::optional<TextEdit> appendToArray(const std::string& file, std::string_view text, ByteRange array,
                                      const std::vector<manifest::Located>& items, const std::string& value) {
    if (array.end <= array.begin || array.end > text.size() || text[array.end - 1] != ']') return std::nullopt;
    if (items.empty()) {
        // An empty array may still hold non-string junk; only a truly empty one is safe.
        for (std::size_t i = array.begin + 1; i + 1 < array.end; ++i) {
            if (text[i] != ' ' && text[i] != '\n' && text[i] != '\t' && text[i] != '\r') return std::nullopt;
        }
        return TextEdit{file, {array.begin + 1, array.begin + 1}, value};
    }
    auto end = items.back().range.end;
    return TextEdit{file, {end, end}, ", " + value};
}

std::optional<Fix> configFix(const ProjectInput& project, const StacklsConfig* config, std::string title,
                             const std::string& key, const std::string& value,
                             const std::function<std::optional<TextEdit>(const StacklsConfig&)>& existing) {
    Fix fix;
    fix.title = std::move(title);
    if (!project.config) {
        if (project.configPath.empty()) return std::nullopt;
        fix.creations.push_back({project.configPath, "{\n  \"" + key + "\": " + value + "\n}\n"});
        return fix;
    }
    if (!config || !config->root) return std::nullopt;
    auto edit = existing(*config);
    if (!edit) return std::nullopt;
    fix.edits.push_back(std::move(*edit));
    return fix;
}

}  // namespace

std::optional<Fix> declareUseCasesFix(const ProjectInput& project, const StacklsConfig* config,
                                      const std::vector<std::string>& ids, std::string title) {
    if (ids.empty()) return std::nullopt;
    const auto value = useCaseJsonValue(ids);
    if (const auto& pj = project.packageJson) {
        const auto& file = pj->file.path;
        const auto& m = pj->model;
        Fix fix;
        fix.title = std::move(title);
        if (m.stackls) {
            if (m.stackls->useCase) {
                fix.edits.push_back({file, m.stackls->useCase->range, "\"useCase\": " + value});
            } else if (auto edit = insertMember(file, m.stackls->object, "\"useCase\": " + value)) {
                fix.edits.push_back(std::move(*edit));
            } else {
                return std::nullopt;
            }
        } else if (m.root) {
            auto edit = insertMember(file, *m.root, "\"stackls\": {\"useCase\": " + value + "}");
            if (!edit) return std::nullopt;
            fix.edits.push_back(std::move(*edit));
        } else {
            return std::nullopt;
        }
        return fix;
    }
    if (!project.requirements.empty()) {
        const auto& req = project.requirements.front();
        if (req.model.useCase) return replaceFix(std::move(title), req.file.path, req.model.useCase->range, useCaseComment(ids));
        return replaceFix(std::move(title), req.file.path, {0, 0}, useCaseComment(ids) + "\n");
    }
    return configFix(project, config, std::move(title), "useCase", value, [&](const StacklsConfig& c) -> std::optional<TextEdit> {
        if (c.useCase) return TextEdit{project.config->path, c.useCase->range, "\"useCase\": " + value};
        return insertMember(project.config->path, *c.root, "\"useCase\": " + value);
    });
}

std::optional<Fix> ignoreRuleFix(const ProjectInput& project, const StacklsConfig* config, std::string_view ruleId) {
    std::string title = "Ignore " + std::string(ruleId) + " in this project";
    const std::string quoted = "\"" + std::string(ruleId) + "\"";
    if (const auto& pj = project.packageJson) {
        const auto& file = pj->file.path;
        const auto& m = pj->model;
        Fix fix;
        fix.title = std::move(title);
        if (m.stackls) {
            // The model keeps the ignore items but not the array's brackets: find them again.
            auto doc = manifest::json::parse(pj->file.text);
            const auto* root = doc.root();
            const auto* block = root ? doc.member(*root, "stackls") : nullptr;
            const auto* ignore = block ? doc.member(*block, "ignore") : nullptr;
            std::optional<TextEdit> edit;
            if (ignore) {
                if (ignore->kind == manifest::json::Kind::Array && ignore->closed) {
                    edit = appendToArray(file, pj->file.text, ignore->range, m.stackls->ignore, quoted);
                }
            } else {
                edit = insertMember(file, m.stackls->object, "\"ignore\": " + ignoreArray(ruleId));
            }
            if (!edit) return std::nullopt;
            fix.edits.push_back(std::move(*edit));
        } else if (m.root) {
            auto edit = insertMember(file, *m.root, "\"stackls\": {\"ignore\": " + ignoreArray(ruleId) + "}");
            if (!edit) return std::nullopt;
            fix.edits.push_back(std::move(*edit));
        } else {
            return std::nullopt;
        }
        return fix;
    }
    return configFix(project, config, std::move(title), "ignore", ignoreArray(ruleId),
                     [&](const StacklsConfig& c) -> std::optional<TextEdit> {
                         if (c.ignoreArray) return appendToArray(project.config->path, project.config->text, *c.ignoreArray, c.ignore, quoted);
                         // "ignore" present with a wrong type: leave it to the user.
                         for (const auto& p : c.problems) {
                             if (p.message.find("\"ignore\"") != std::string::npos) return std::nullopt;
                         }
                         return insertMember(project.config->path, *c.root, "\"ignore\": " + ignoreArray(ruleId));
                     });
}

}  // namespace stackls::knowledge
