// Turns a discovered project into a ProjectInput: read each manifest once, parse it, resolve the knowledge file.
#include "server/workspace/project_loader.h"

#include <fstream>
#include <sstream>
#include <system_error>

#include "knowledge/manifest/package_json.h"
#include "knowledge/manifest/requirements.h"
#include "knowledge/stackls_config.h"
#include "support/paths.h"

namespace stackls::server {

namespace fs = std::filesystem;

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
                auto model = manifest::parsePackageJson(*text);
                input.packageJson = knowledge::PackageJsonSource{{name, std::move(*text)}, std::move(model)};
                break;
            }
            case manifest::ManifestKind::Requirements: {
                auto model = manifest::parseRequirements(*text);
                input.requirements.push_back({{name, std::move(*text)}, std::move(model)});
                break;
            }
            case manifest::ManifestKind::StacklsConfig:
                input.config = knowledge::TextFile{name, std::move(*text)};
                break;
            default:
                break;  // pyproject.toml and Pipfile: not read by the advisor
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
