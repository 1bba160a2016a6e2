// Reads a discovered project's manifests (and its .stackls.json and knowledge file) into the advisor's input.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>

#include "knowledge/project_input.h"
#include "server/workspace/discovery.h"

namespace stackls::server {

// Returns a file's text, or nullopt with `error` set. The language server passes one that
// prefers open documents over the disk; the CLI reads the disk (readTextFileCapped).
using ProjectFileReader = std::function<std::optional<std::string>(const std::filesystem::path&, std::string& error)>;

struct ProjectLoadOptions {
    // File names in the ProjectInput are relative to this directory when the file lies
    // inside it (the CLI: where it was started), else absolute.
    std::filesystem::path displayBase;
    // Where an extra knowledge file may live: inside this directory only (the workspace root).
    std::filesystem::path confinement;
    // A project without a .stackls.json of its own uses the nearest one in the folders above
    // it, up to and including this one (the workspace root); empty: its own folder only.
    std::filesystem::path configSearchRoot;
    // A .stackls.json every project uses instead of its own (`stackls check --config FILE`).
    std::filesystem::path configOverride;
    // This project's previous input, when there is one: a package.json, pyproject.toml,
    // Pipfile or setup.cfg whose text has not changed takes its model from there (moved out)
    // instead of being parsed again; so editing one manifest re-reads only that one.
    knowledge::ProjectInput* previous = nullptr;
};

// Reads a file from disk, refusing anything larger than maxBytes or not a regular file.
std::optional<std::string> readTextFileCapped(const std::filesystem::path& path, std::uintmax_t maxBytes,
                                              std::string& error);

// How a path is shown: relative to `base` when inside it, else as given. Always '/'-separated.
std::string displayPath(const std::filesystem::path& path, const std::filesystem::path& base);

// Parses package.json, every requirements file of `project` (following their -r includes:
// included files join the project, -c constraints files do not), pyproject.toml, Pipfile and
// setup.cfg (setup.py is never read or run), reads the project's .stackls.json (its own, else
// the nearest above it, see ProjectLoadOptions) and, when it names one, the knowledge file
// (relative to the .stackls.json), which must stay inside options.confinement (symlinks resolved). Never throws: an
// unreadable manifest is left out with a message in `warnings`; an unreadable or fenced-off
// knowledge file sets knowledgeReadError, which the advisor reports as invalid-config.
knowledge::ProjectInput loadProject(const Project& project, const ProjectFileReader& read,
                                    const ProjectLoadOptions& options, std::vector<std::string>& warnings);

}  // namespace stackls::server
