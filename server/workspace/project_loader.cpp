// Turns a discovered project into a ProjectInput: read each manifest once, parse it, resolve the knowledge file.
#include "server/workspace/project_loader.h"

#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <system_error>

#include "knowledge/manifest/package_json.h"
#include "knowledge/manifest/python_manifest.h"
#include "knowledge/manifest/requirement_includes.h"
#include "knowledge/manifest/requirements.h"
#include "knowledge/stackls_config.h"
#include "server/workspace/workspace_root.h"
#include "support/paths.h"

namespace stackls::server {

namespace fs = std::filesystem;

namespace {

// Whether `before` is the same file with the same text. Its text is released either way:
// only its model can still be of use.
bool unchanged(knowledge::TextFile& before, const std::string& name, const std::string& text) {
    const bool same = before.path == name && before.text == text;
    before.text = std::string();
    return same;
}


// Follows the -r/-c includes of the project's requirements files. Files reached through -r
// join the project (their dependencies are evidence, and findings on them are published on
// them); constraints files (-c) only restrict versions and are left out. Problems of the
// includes themselves (missing, cyclic, too deep, outside the workspace) land on the
// including file's line. Only files inside `fence` are read.
void followRequirementIncludes(knowledge::ProjectInput& input, const std::vector<fs::path>& roots,
                               const ProjectFileReader& read, const fs::path& fence, const fs::path& displayBase,
                               std::vector<std::string>& warnings) {
    std::error_code ec;
    const fs::path canonicalFence = fs::weakly_canonical(fence, ec);
    const manifest::ReadTextFile confinedRead = [&](const fs::path& path) -> std::optional<std::string> {
        std::error_code e;
        const fs::path target = fs::weakly_canonical(path, e);
        if (e || !support::isInside(target, canonicalFence)) {
            warnings.push_back("not following an include outside the workspace: " + path.string());
            return std::nullopt;
        }
        std::string error;
        return read(path, error);
    };
    std::vector<fs::path> paths;  // parallel to input.requirements
    for (const auto& p : roots) paths.push_back(p.lexically_normal());
    std::map<fs::path, std::size_t> indexOf;  // each loaded file's place in input.requirements
    for (std::size_t i = 0; i < paths.size(); ++i) indexOf.emplace(paths[i], i);
    std::set<fs::path> required, constraints;
    std::set<std::size_t> rereadByAWalk;  // roots whose model another root's walk replaced
    for (std::size_t i = 0; i < roots.size(); ++i) {
        bool includes = false;
        for (const auto& e : input.requirements[i].model.entries)
            includes = includes || e.kind == manifest::RequirementKind::Include || e.kind == manifest::RequirementKind::Constraint;
        if (!includes) continue;
        // A root as loadProject parsed it is walked as it is, not read and parsed again.
        auto& rootModel = input.requirements[i].model;
        const bool handOver = !rereadByAWalk.count(i);
        auto resolution = manifest::resolveRequirementIncludes(
            roots[i], confinedRead, {}, {}, handOver ? std::optional(std::move(rootModel)) : std::nullopt);
        if (resolution.files.empty()) continue;
        // The root's model, now with the problems of its includes (unless another root's
        // walk already found more in it, such as the include that closes a cycle).
        if (handOver || resolution.files[0].file.problems.size() >= rootModel.problems.size())
            rootModel = std::move(resolution.files[0].file);
        for (std::size_t k = 1; k < resolution.files.size(); ++k) {
            auto& f = resolution.files[k];
            const fs::path path = f.path.lexically_normal();
            (f.constraint ? constraints : required).insert(path);
            if (auto known = indexOf.find(path); known != indexOf.end()) {
                // Reached again (a file of the project, or through another root): keep the
                // reading that also holds the problems of its own includes (a cycle closing in it).
                auto& model = input.requirements[known->second].model;
                if (f.file.problems.size() > model.problems.size()) {
                    model = std::move(f.file);
                    rereadByAWalk.insert(known->second);
                }
                continue;
            }
            if (f.constraint) continue;
            std::string error;
            auto text = read(f.path, error);
            if (!text) continue;
            input.requirements.push_back({{displayPath(f.path, displayBase), std::move(*text)}, std::move(f.file)});
            indexOf.emplace(path, paths.size());
            paths.push_back(path);
        }
    }
    // A constraints file found next to the requirements (constraints.txt) is read for its
    // problems, but what it pins is not a dependency of the project.
    for (std::size_t i = 0; i < paths.size(); ++i) {
        if (!constraints.count(paths[i]) || required.count(paths[i])) continue;
        std::erase_if(input.requirements[i].model.entries, [](const manifest::RequirementEntry& e) {
            return e.kind == manifest::RequirementKind::Requirement || e.kind == manifest::RequirementKind::Editable;
        });
    }
}

}  // namespace

std::optional<std::string> readTextFileCapped(const fs::path& path, std::uintmax_t maxBytes, std::string& error) {
    std::error_code ec;
    auto status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
        error = "no such file: " + path.string();
        return std::nullopt;
    }
    if (!fs::is_regular_file(status)) {
        error = "not a regular file: " + path.string();
        return std::nullopt;
    }
    auto size = fs::file_size(path, ec);
    if (ec || size > maxBytes) {
        error = ec ? "cannot read " + path.string() + ": " + ec.message()
                   : path.string() + " is " + std::to_string(size) + " bytes; the limit is " + std::to_string(maxBytes);
        return std::nullopt;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        error = "cannot open " + path.string();
        return std::nullopt;
    }
    std::string text(static_cast<std::size_t>(size), '\0');
    in.read(text.data(), static_cast<std::streamsize>(size));
    text.resize(static_cast<std::size_t>(in.gcount()));
    return text;
}

std::string displayPath(const fs::path& path, const fs::path& base) {
    // Called for every manifest of a monorepo: normalise and relate the paths once.
    fs::path normal = path.lexically_normal();
    if (!base.empty()) {
        auto rel = normal.lexically_relative(base.lexically_normal());
        if (!rel.empty() && *rel.begin() != "..") return rel.generic_string();
    }
    return normal.generic_string();
}

knowledge::ProjectInput loadProject(const Project& project, const ProjectFileReader& read,
                                    const ProjectLoadOptions& options, std::vector<std::string>& warnings) {
    knowledge::ProjectInput input;
    std::vector<fs::path> requirementPaths;  // parallel to input.requirements
    input.root = displayPath(project.root, options.displayBase);
    if (input.root.empty()) input.root = ".";
    input.configPath = displayPath(project.root / ".stackls.json", options.displayBase);
    for (const auto& m : project.details) {
        std::string error;
        auto text = read(m.path, error);
        if (!text) {
            warnings.push_back(error);
            continue;
        }
        auto name = displayPath(m.path, options.displayBase);
        switch (m.kind) {
            // Parsed first, then the text moves in: a manifest may be megabytes.
            case manifest::ManifestKind::PackageJson: {
                auto* before = options.previous && options.previous->packageJson ? &*options.previous->packageJson : nullptr;
                auto model = before && unchanged(before->file, name, *text) ? std::move(before->model)
                                                                            : manifest::parsePackageJson(*text);
                input.packageJson = knowledge::PackageJsonSource{{name, std::move(*text)}, std::move(model)};
                break;
            }
            case manifest::ManifestKind::Requirements: {
                auto model = manifest::parseRequirements(*text);
                input.requirements.push_back({{name, std::move(*text)}, std::move(model)});
                requirementPaths.push_back(m.path);
                break;
            }
            case manifest::ManifestKind::PyProject:
            case manifest::ManifestKind::Pipfile:
            case manifest::ManifestKind::SetupCfg: {
                knowledge::PythonManifestSource* before = nullptr;
                if (options.previous)
                    for (auto& p : options.previous->pythonManifests)
                        if (p.model.parsed && unchanged(p.file, name, *text)) before = &p;  // not a last good model
                auto model = before ? std::move(before->model)
                                    : manifest::parsePythonManifest(*manifest::pythonManifestKind(m.kind), *text);
                input.pythonManifests.push_back({{name, std::move(*text)}, std::move(model)});
                break;
            }
            case manifest::ManifestKind::StacklsConfig:
                input.config = knowledge::TextFile{name, std::move(*text)};
                break;
        }
    }
    fs::path configDir = project.root;
    auto useConfig = [&](const fs::path& file) {
        std::string error;
        auto text = read(file, error);
        if (!text) return false;
        input.configPath = displayPath(file, options.displayBase);
        input.config = knowledge::TextFile{input.configPath, std::move(*text)};
        configDir = file.parent_path();
        return true;
    };
    if (!options.configOverride.empty()) {
        input.config.reset();
        if (!useConfig(options.configOverride)) warnings.push_back("cannot read " + options.configOverride.string());
    } else if (const fs::path top = options.configSearchRoot.lexically_normal();
               !input.config && !top.empty() && support::isInside(project.root.lexically_normal(), top)) {
        // Nearest first, up to and including the search root (isInside holds for the folder itself).
        for (fs::path dir = project.root.lexically_normal().parent_path(); support::isInside(dir, top);
             dir = dir.parent_path()) {
            if (useConfig(dir / ".stackls.json") || dir == dir.parent_path()) break;
        }
    }
    const fs::path& readable = options.confinement.empty() ? project.root : options.confinement;
    followRequirementIncludes(input, requirementPaths, read, readable, options.displayBase, warnings);
    input.inheritedUseCase = findInheritedDeclaration(project.root, readable, read);
    if (!input.config) return input;
    auto config = knowledge::parseStacklsConfig(input.config->text);
    if (!config.knowledge) return input;
    fs::path target = config.knowledge->text;
    if (target.is_relative()) target = configDir / target;
    target = target.lexically_normal();
    const auto& fence = options.confinement.empty() ? project.root : options.confinement;
    // Canonical paths, so a symlink inside the workspace cannot lead out of it.
    std::error_code ec;
    auto canonicalTarget = fs::weakly_canonical(target, ec);
    auto canonicalFence = fs::weakly_canonical(fence, ec);
    if (ec || !support::isInside(canonicalTarget, canonicalFence)) {
        input.knowledgeReadError = "knowledge file \"" + config.knowledge->text + "\" lies outside " +
                                   displayPath(fence, options.displayBase) + "; stackls reads only inside the workspace";
        return input;
    }
    std::string error;
    if (auto text = read(target, error)) {
        input.userKnowledge = knowledge::TextFile{displayPath(target, options.displayBase), std::move(*text)};
    } else {
        input.knowledgeReadError = "cannot read knowledge file \"" + config.knowledge->text + "\": " + error;
    }
    return input;
}

}  // namespace stackls::server
