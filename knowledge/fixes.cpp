// Fix builders: every insertion into a JSON object goes right after its '{', with a comma
// when the object already has members, so a valid file stays valid.
#include "knowledge/fixes.h"

#include "knowledge/manifest/json_reader.h"
#include "knowledge/manifest/python_manifest.h"

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

const PythonManifestSource* pyProjectOf(const ProjectInput& project) {
    for (const auto& m : project.pythonManifests)
        if (m.model.kind == manifest::PythonManifestKind::PyProject && m.model.parsed) return &m;
    return nullptr;
}

// An edit to pyproject.toml's [tool.stackls] that sets `line` (`key = value`): it replaces
// `existing` when given, else goes on the line after the [tool.stackls] header, else a new
// table is appended. The edited text is parsed again and the edit is dropped unless it is
// still valid TOML and says what was meant (`check`).
std::optional<TextEdit> pyProjectStacklsEdit(const PythonManifestSource& source, const std::string& line,
                                             std::optional<ByteRange> existing,
                                             const std::function<bool(const manifest::PythonManifest&)>& check) {
    const std::string& text = source.file.text;
    TextEdit edit{source.file.path, {text.size(), text.size()}, ""};
    if (existing) {
        edit.range = *existing;
        edit.newText = line;
    } else if (source.model.stacklsTable) {
        const auto eol = text.find('\n', source.model.stacklsTable->end);
        const std::size_t at = eol == std::string::npos ? text.size() : eol;
        edit.range = {at, at};
        edit.newText = "\n" + line;
    } else {
        const bool needsBreak = !text.empty() && text.back() != '\n';
        edit.newText = std::string(needsBreak ? "\n" : "") + (text.empty() ? "" : "\n") + "[tool.stackls]\n" + line + "\n";
    }
    if (edit.range.end > text.size() || edit.range.begin > edit.range.end) return std::nullopt;
    const std::string edited = text.substr(0, edit.range.begin) + edit.newText + text.substr(edit.range.end);
    const auto reparsed = manifest::parsePyProject(edited);
    if (!reparsed.parsed || !check(reparsed)) return std::nullopt;
    return edit;
}

bool declares(const manifest::PythonManifest& m, const std::vector<std::string>& ids) {
    if (!m.useCase || m.useCase->ids.size() != ids.size()) return false;
    for (std::size_t i = 0; i < ids.size(); ++i)
        if (m.useCase->ids[i].text != ids[i]) return false;
    return true;
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
    if (const auto* py = pyProjectOf(project)) {
        const auto* declared = py->model.useCase ? &*py->model.useCase : nullptr;
        auto edit = pyProjectStacklsEdit(*py, "useCase = " + value,
                                         declared ? std::optional<ByteRange>(declared->range) : std::nullopt,
                                         [&](const manifest::PythonManifest& m) { return declares(m, ids); });
        if (!edit) return std::nullopt;
        Fix fix;
        fix.title = std::move(title);
        fix.edits.push_back(std::move(*edit));
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
    if (const auto* py = pyProjectOf(project)) {
        const auto& m = py->model;
        const auto ignores = [&](const manifest::PythonManifest& edited) {
            for (const auto& id : edited.ignore)
                if (id.text == ruleId) return true;
            return false;
        };
        std::optional<TextEdit> edit;
        if (!m.ignore.empty()) {
            const auto end = m.ignore.back().range.end;
            edit = TextEdit{py->file.path, {end, end}, ", " + quoted};
            const std::string edited = py->file.text.substr(0, end) + edit->newText + py->file.text.substr(end);
            const auto reparsed = manifest::parsePyProject(edited);
            if (!reparsed.parsed || !ignores(reparsed)) edit.reset();
        } else {
            edit = pyProjectStacklsEdit(*py, "ignore = " + ignoreArray(ruleId), std::nullopt, ignores);
        }
        if (!edit) return std::nullopt;
        Fix fix;
        fix.title = std::move(title);
        fix.edits.push_back(std::move(*edit));
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
