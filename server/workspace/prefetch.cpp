// Finds, reads and advises the workspace's projects off the main thread.
#include "server/workspace/prefetch.h"

#include <set>

#include "knowledge/loader.h"

namespace stackls::server {

namespace fs = std::filesystem;

WorkspacePrefetch prefetchWorkspace(const PrefetchRequest& request) {
    WorkspacePrefetch out;
    std::set<fs::path> roots;
    std::vector<Project> found;
    for (const auto& folder : request.folders) {
        auto result = discoverProjects(folder);
        for (auto& w : result.warnings) out.warnings.push_back(std::move(w));
        for (auto& p : result.projects) {
            if (roots.count(p.root)) continue;
            if (roots.size() >= request.maxProjects) {
                out.capped = true;
                break;
            }
            roots.insert(p.root);
            found.push_back(std::move(p));
        }
    }
    std::set<fs::path> cached;
    auto read = [&](const fs::path& p, std::string& error) {
        const fs::path path = request.canonical(p);
        auto text = request.readDisk(path, error);
        if (text && text->size() <= request.maxCachedFileBytes && cached.insert(path).second)
            out.filesRead.emplace_back(path, *text);
        return text;
    };
    for (auto& p : found) {
        PrefetchedProject& pp = out.projects.emplace_back();
        pp.root = p.root;
        pp.disk = std::move(p.details);
        pp.analysed = analyseProject(assembleProject(pp.root, pp.disk, {}), read, request.confinementFor(pp.root),
                                     knowledge::builtinKnowledge, request.options);
    }
    return out;
}

}  // namespace stackls::server
