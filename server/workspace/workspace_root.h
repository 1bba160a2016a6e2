// Finds the monorepo root a project belongs to and the use case declared there (this reads files, so it lives in server/).
#pragma once

#include <filesystem>
#include <optional>

#include "knowledge/project_input.h"
#include "server/workspace/project_loader.h"

namespace stackls::server {

// Walks up from `projectRoot` (at most 16 levels, never above `fence`) to the first folder
// whose package.json `workspaces`, pnpm-workspace.yaml `packages` or pyproject.toml
// [tool.uv.workspace] `members` name the project's folder, and returns what that root
// declares: package.json's "stackls".useCase, else [tool.stackls] useCase, else its
// .stackls.json useCase. nullopt when there is no such root or it declares nothing.
std::optional<knowledge::InheritedDeclaration> findInheritedDeclaration(const std::filesystem::path& projectRoot,
                                                                        const std::filesystem::path& fence,
                                                                        const ProjectFileReader& read);

}  // namespace stackls::server
