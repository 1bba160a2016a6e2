// Monorepo membership by walking up from a project; globs are tested against its folder, never expanded.
#include "server/workspace/workspace_root.h"

#include "knowledge/manifest/package_json.h"
#include "knowledge/manifest/pnpm_workspace.h"
#include "knowledge/manifest/python_manifest.h"
#include "knowledge/manifest/workspace_glob.h"
#include "knowledge/stackls_config.h"

namespace stackls::server {

namespace fs = std::filesystem;

namespace {

constexpr int kMaxWorkspaceLevels = 16;

bool withinFence(const fs::path& dir, const fs::path& fence) {
    const auto rel = dir.lexically_relative(fence);
    return !rel.empty() && *rel.begin() != "..";
}

std::optional<std::string> readIfPresent(const ProjectFileReader& read, const fs::path& path) {
    std::error_code ec;
    if (!fs::is_regular_file(path, ec)) return std::nullopt;
    std::string error;
    return read(path, error);
}

}  // namespace

std::optional<knowledge::InheritedDeclaration> findInheritedDeclaration(const fs::path& projectRootIn, const fs::path& fenceIn,
                                                                        const ProjectFileReader& read) {
    const fs::path projectRoot = projectRootIn.lexically_normal();
    const fs::path fence = fenceIn.lexically_normal();
    fs::path dir = projectRoot.parent_path();
    for (int level = 0; level < kMaxWorkspaceLevels && withinFence(dir, fence); ++level, dir = dir.parent_path()) {
        const std::string member = projectRoot.lexically_relative(dir).generic_string();
        std::optional<manifest::PackageJson> packageJson;
        std::optional<manifest::PythonManifest> pyproject;
        bool isMember = false;
        if (auto text = readIfPresent(read, dir / "package.json")) {
            packageJson = manifest::parsePackageJson(*text);
            isMember = manifest::isWorkspaceMember(packageJson->workspaces, {}, member);
        }
        if (auto text = readIfPresent(read, dir / "pnpm-workspace.yaml"))
            isMember = isMember || manifest::isWorkspaceMember(manifest::parsePnpmWorkspacePackages(*text), {}, member);
        if (auto text = readIfPresent(read, dir / "pyproject.toml")) {
            pyproject = manifest::parsePyProject(*text);
            isMember = isMember || manifest::isWorkspaceMember(pyproject->workspaceMembers, pyproject->workspaceExclude, member);
        }
        if (!isMember) continue;
        const auto shown = [&](const char* name) { return (dir / name).lexically_relative(projectRoot).generic_string(); };
        if (packageJson && packageJson->stackls && packageJson->stackls->useCase)
            return knowledge::InheritedDeclaration{shown("package.json"), packageJson->stackls->useCase->ids};
        if (pyproject && pyproject->useCase) return knowledge::InheritedDeclaration{shown("pyproject.toml"), pyproject->useCase->ids};
        if (auto text = readIfPresent(read, dir / ".stackls.json")) {
            auto config = knowledge::parseStacklsConfig(*text);
            if (config.useCase) return knowledge::InheritedDeclaration{shown(".stackls.json"), config.useCase->ids};
        }
        return std::nullopt;  // the member's root declares nothing
    }
    return std::nullopt;
}

}  // namespace stackls::server
