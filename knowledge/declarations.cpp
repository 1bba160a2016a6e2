// Use-case declaration precedence, unknown-id and conflict findings.
#include "knowledge/declarations.h"

#include <algorithm>
#include <set>

#include "knowledge/fixes.h"
#include "knowledge/text_match.h"

namespace stackls::knowledge {

std::string_view declarationOriginName(DeclarationOrigin origin) {
    switch (origin) {
        case DeclarationOrigin::Cli: return "--use-case";
        case DeclarationOrigin::PackageJson: return "package.json";
        case DeclarationOrigin::PyProject: return "pyproject.toml";
        case DeclarationOrigin::Requirements: return "requirements file";
        case DeclarationOrigin::ConfigFile: return ".stackls.json";
        case DeclarationOrigin::WorkspaceRoot: return "workspace root";
        case DeclarationOrigin::EditorSetting: return "stackls.useCase setting";
    }
    return "";
}

namespace {

bool isFileOrigin(DeclarationOrigin o) {
    return o != DeclarationOrigin::Cli && o != DeclarationOrigin::EditorSetting && o != DeclarationOrigin::WorkspaceRoot;
}

std::vector<manifest::Located> located(const std::vector<std::string>& ids) {
    std::vector<manifest::Located> out;
    for (const auto& id : ids) out.push_back({id, {0, 0}});
    return out;
}

std::vector<std::string> knownIds(const KnowledgeBase& kb, const Declaration& d) {
    std::vector<std::string> out;
    for (const auto& id : d.ids) {
        if (kb.useCase(id.text) && std::find(out.begin(), out.end(), id.text) == out.end()) out.push_back(id.text);
    }
    return out;
}

std::string listIds(const std::vector<std::string>& ids) {
    std::string out;
    for (const auto& id : ids) out += (out.empty() ? "" : ", ") + id;
    return out.empty() ? "nothing known" : out;
}

const std::string* textOf(const ProjectInput& project, const std::string& file) {
    if (project.packageJson && project.packageJson->file.path == file) return &project.packageJson->file.text;
    for (const auto& r : project.requirements) {
        if (r.file.path == file) return &r.file.text;
    }
    for (const auto& m : project.pythonManifests) {
        if (m.file.path == file) return &m.file.text;
    }
    if (project.config && project.config->path == file) return &project.config->text;
    return nullptr;
}

// The replacement for a declaration so that it says `ids`: a JSON member or a comment line.
std::string declarationText(const Declaration& d, const std::vector<std::string>& ids) {
    if (d.origin == DeclarationOrigin::Requirements) return useCaseComment(ids);
    if (d.origin == DeclarationOrigin::PyProject) return "useCase = " + useCaseJsonValue(ids);  // the same text is TOML
    return "\"useCase\": " + useCaseJsonValue(ids);
}

}  // namespace

DeclarationResolution resolveDeclarations(const KnowledgeBase& kb, const ProjectInput& project,
                                          const StacklsConfig* config, const std::vector<std::string>& cliIds,
                                          const std::vector<std::string>& settingIds) {
    DeclarationResolution res;
    if (!cliIds.empty()) res.all.push_back({DeclarationOrigin::Cli, "", located(cliIds), {0, 0}});
    if (project.packageJson && project.packageJson->model.stackls && project.packageJson->model.stackls->useCase) {
        const auto& decl = *project.packageJson->model.stackls->useCase;
        res.all.push_back({DeclarationOrigin::PackageJson, project.packageJson->file.path, decl.ids, decl.range});
    }
    for (const auto& m : project.pythonManifests) {
        if (m.model.kind == manifest::PythonManifestKind::PyProject && m.model.useCase)
            res.all.push_back({DeclarationOrigin::PyProject, m.file.path, m.model.useCase->ids, m.model.useCase->range});
    }
    for (const auto& r : project.requirements) {
        if (r.model.useCase) res.all.push_back({DeclarationOrigin::Requirements, r.file.path, r.model.useCase->ids, r.model.useCase->range});
    }
    if (config && config->useCase) {
        res.all.push_back({DeclarationOrigin::ConfigFile, project.config ? project.config->path : project.configPath,
                           config->useCase->ids, config->useCase->range});
    }
    if (project.inheritedUseCase)
        res.all.push_back({DeclarationOrigin::WorkspaceRoot, "", project.inheritedUseCase->ids, {0, 0}, project.inheritedUseCase->file});
    if (!settingIds.empty()) res.all.push_back({DeclarationOrigin::EditorSetting, "", located(settingIds), {0, 0}});

    // Unknown ids in files. (The CLI validates its own arguments; the server its settings.)
    for (const auto& d : res.all) {
        if (!isFileOrigin(d.origin)) continue;
        const auto* text = textOf(project, d.file);
        for (const auto& id : d.ids) {
            if (kb.useCase(id.text)) continue;
            auto suggestion = suggestUseCase(kb, id.text);
            std::string message = "Unknown use case \"" + id.text + "\"";
            message += suggestion ? "; did you mean \"" + *suggestion + "\"?" : ". Run `stackls use-cases` for the list.";
            auto f = makeFinding(rule::kUnknownUseCase, std::move(message), d.file, id.range);
            if (suggestion) {
                bool quoted = text && id.range.begin < text->size() && (*text)[id.range.begin] == '"';
                f.fixes.push_back(replaceFix("Change to \"" + *suggestion + "\"", d.file, id.range,
                                             quoted ? "\"" + *suggestion + "\"" : *suggestion));
                f.fixes.back().preferred = true;
                f.useCase = *suggestion;
            }
            res.findings.push_back(std::move(f));
        }
    }

    for (const auto& d : res.all) {
        auto ids = knownIds(kb, d);
        if (!ids.empty()) {
            res.ids = std::move(ids);
            res.winner = d;
            break;
        }
    }

    // Conflicts among files: compare each with the highest-precedence file declaration.
    const Declaration* fileWinner = nullptr;
    std::vector<std::string> fileWinnerIds;
    for (const auto& d : res.all) {
        if (!isFileOrigin(d.origin)) continue;
        auto ids = knownIds(kb, d);
        if (ids.empty()) continue;
        if (!fileWinner) {
            fileWinner = &d;
            fileWinnerIds = ids;
            continue;
        }
        if (std::set<std::string>(ids.begin(), ids.end()) == std::set<std::string>(fileWinnerIds.begin(), fileWinnerIds.end())) continue;
        std::string where = std::string(declarationOriginName(fileWinner->origin));
        if (fileWinner->origin == DeclarationOrigin::Requirements) where = fileWinner->file;
        auto f = makeFinding(rule::kConflictingDeclarations,
                             std::string(declarationOriginName(d.origin)) + " declares " + listIds(ids) + ", but " + where +
                                 " declares " + listIds(fileWinnerIds) + " and takes precedence.",
                             d.file, d.range);
        f.fixes.push_back(replaceFix("Declare " + listIds(fileWinnerIds) + " here too", d.file, d.range,
                                     declarationText(d, fileWinnerIds)));
        f.useCase = fileWinnerIds.front();
        res.findings.push_back(std::move(f));
    }
    return res;
}

}  // namespace stackls::knowledge
