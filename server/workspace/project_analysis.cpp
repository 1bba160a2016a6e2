// Reads one project's files and runs the advisor on them.
#include "server/workspace/project_analysis.h"

#include <map>

namespace stackls::server {

namespace fs = std::filesystem;

Project assembleProject(const fs::path& root, const std::vector<DiscoveredManifest>& disk,
                        const std::vector<DiscoveredManifest>& alsoOpen) {
    std::map<fs::path, DiscoveredManifest> manifests;
    for (const auto& d : disk) manifests[d.path] = d;
    for (const auto& d : alsoOpen) manifests[d.path] = d;
    Project project;
    project.root = root;
    for (auto& [path, d] : manifests) {
        project.manifests.push_back(path);
        project.details.push_back(std::move(d));
    }
    return project;
}

AnalysedProject analyseProject(const Project& project, const ProjectFileReader& read, const fs::path& confinement,
                               const KnowledgeSource& knowledge, const knowledge::AdviceOptions& options,
                               const LastGoodModel& lastGood, knowledge::ProjectInput* previous) {
    ProjectLoadOptions loadOptions;
    loadOptions.previous = previous;
    loadOptions.displayBase = project.root;
    loadOptions.confinement = confinement;
    loadOptions.configSearchRoot = confinement;
    AnalysedProject out;
    out.input = loadProject(project, read, loadOptions, out.warnings);
    out.input.root = project.root.generic_string();
    if (lastGood)
        for (auto& m : out.input.pythonManifests) {
            if (m.model.parsed) continue;
            auto good = lastGood(m.file.path);
            if (!good) continue;
            auto syntaxError = std::move(m.model.problems);
            m.model = std::move(*good);
            m.model.problems = std::move(syntaxError);
            m.model.parsed = false;
            out.warnings.push_back(m.file.path + " does not parse: its findings come from its last version that did");
        }
    out.report = knowledge::advise(knowledge(), out.input, options);
    return out;
}

}  // namespace stackls::server
