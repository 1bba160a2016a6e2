// The advisor's input for one project: manifest texts with their parsed models (from disk or from open editors).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "knowledge/manifest/model.h"

namespace stackls::knowledge {

// A file as the caller names it (the CLI: relative to where it runs; the server: a path or
// URI of its choice). Findings and fixes refer to files by exactly this name.
struct TextFile {
    std::string path;
    std::string text;
};

struct PackageJsonSource {
    TextFile file;
    manifest::PackageJson model;  // parsePackageJson(file.text)
};

struct RequirementsSource {
    TextFile file;
    manifest::RequirementsFile model;  // parseRequirements(file.text)
};

struct PythonManifestSource {
    TextFile file;
    manifest::PythonManifest model;  // parsePyProject / parsePipfile / parseSetupCfg (file.text)
};

// A use case declared at the root of a monorepo this project is a member of (through
// package.json `workspaces`, pnpm-workspace.yaml `packages` or [tool.uv.workspace] members).
// It applies when the project declares none itself.
struct InheritedDeclaration {
    std::string file;                    // the root's declaring file as seen from the project ("../../package.json")
    std::vector<manifest::Located> ids;  // ranges are into that file, not into this project's files
};

struct ProjectInput {
    std::string root;  // shown to the user; not read
    std::optional<PackageJsonSource> packageJson;
    std::vector<RequirementsSource> requirements;
    std::vector<PythonManifestSource> pythonManifests;  // pyproject.toml, Pipfile, setup.cfg
    // .stackls.json: where it is or would be created (configPath), and its text when it exists.
    std::string configPath;
    std::optional<TextFile> config;
    // The extra knowledge file named by the config's "knowledge" member, read by the caller
    // (see parseStacklsConfig). When it could not be read, knowledgeReadError says why.
    std::optional<TextFile> userKnowledge;
    std::string knowledgeReadError;
    std::optional<InheritedDeclaration> inheritedUseCase;
};

}  // namespace stackls::knowledge
