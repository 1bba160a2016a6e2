// Reads one project's files and runs the advisor on them: the work of a recompute, free of
// server state so that it can run on any thread.
#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "knowledge/advisor.h"
#include "knowledge/knowledge_base.h"
#include "knowledge/project_input.h"
#include "server/workspace/discovery.h"
#include "server/workspace/project_loader.h"

namespace stackls::server {

struct AnalysedProject {
    knowledge::ProjectInput input;    // file names relative to the project root
    knowledge::ProjectReport report;
    std::vector<std::string> warnings;  // manifests that could not be read
};

// The project at `root` made of the manifests found on disk there plus `alsoOpen` (open
// documents discovery has not seen yet), in path order.
Project assembleProject(const std::filesystem::path& root, const std::vector<DiscoveredManifest>& disk,
                        const std::vector<DiscoveredManifest>& alsoOpen);

// The knowledge base to advise with, asked for only once the files are read: the built-in
// one may still be loading on another thread at start-up, and reading overlaps with that.
using KnowledgeSource = std::function<const knowledge::KnowledgeBase&()>;

// For a pyproject.toml or Pipfile that does not parse (mid-edit), the model of the last
// version of that file (by its name in the input) that did; nullopt when there is none.
using LastGoodModel = std::function<std::optional<manifest::PythonManifest>(const std::string& name)>;

// `confinement` is where the project's knowledge file may live (its workspace folder).
// With `lastGood`, a Python manifest that does not parse is advised with its last good
// model, carrying only the syntax error as its problem, and stays marked parsed = false
// (so no edit is computed against it).
// With `previous` (the project's last input), manifests whose text did not change keep their
// models instead of being parsed again (see ProjectLoadOptions::previous).
AnalysedProject analyseProject(const Project& project, const ProjectFileReader& read,
                               const std::filesystem::path& confinement, const KnowledgeSource& knowledge,
                               const knowledge::AdviceOptions& options, const LastGoodModel& lastGood = {},
                               knowledge::ProjectInput* previous = nullptr);

}  // namespace stackls::server
