// Finds, reads and advises the workspace's projects off the main thread.
#include "server/workspace/prefetch.h"

#include <map>
#include <set>
#include <system_error>

#include "knowledge/loader.h"

namespace stackls::server {

namespace fs = std::filesystem;

void PrefetchStream::discovered(PrefetchDiscovery discovery) {
    {
        std::lock_guard lock(mutex_);
        discovery_ = std::move(discovery);
    }
    arrived_.notify_one();
}

void PrefetchStream::add(PrefetchedProject project) {
    {
        std::lock_guard lock(mutex_);
        projects_.push_back(std::move(project));
    }
    arrived_.notify_one();
}

void PrefetchStream::finish() {
    {
        std::lock_guard lock(mutex_);
        finished_ = true;
    }
    arrived_.notify_one();
}

PrefetchStream::Batch PrefetchStream::take(std::size_t maxProjects, std::chrono::milliseconds wait) {
    std::unique_lock lock(mutex_);
    arrived_.wait_for(lock, wait, [this] { return discovery_ || !projects_.empty() || finished_; });
    Batch batch;
    batch.discovery = std::move(discovery_);
    discovery_.reset();
    while (!projects_.empty() && batch.projects.size() < maxProjects) {
        batch.projects.push_back(std::move(projects_.front()));
        projects_.pop_front();
    }
    batch.finished = finished_ && projects_.empty();
    return batch;
}

void prefetchWorkspace(const PrefetchRequest& request, PrefetchStream& out) {
    PrefetchDiscovery discovery;
    std::set<fs::path> roots;
    std::vector<Project> found;
    const DiscoveryLimits limits = DiscoveryLimits::forProjects(request.maxProjects);
    for (const auto& folder : request.folders) {
        auto result = discoverProjects(folder, limits);
        discovery.discoveryCapped |= result.capped;
        for (auto& w : result.warnings) discovery.warnings.push_back(std::move(w));
        for (auto& p : result.projects) {
            if (roots.count(p.root)) continue;
            if (roots.size() >= request.maxProjects) {
                discovery.capped = true;
                break;
            }
            roots.insert(p.root);
            found.push_back(std::move(p));
        }
    }
    discovery.projectCount = found.size();
    out.discovered(std::move(discovery));

    std::set<fs::path> cached;
    // A file's canonical path from its folder's, resolved once per folder: the paths a
    // monorepo's projects read share a few thousand folders, and resolving every component
    // of every path was a large part of the prefetch's system time. A symlink, or a file
    // that is not there, is resolved in full.
    std::map<fs::path, fs::path> canonicalFolders;
    auto canonicalOf = [&](const fs::path& path) {
        std::error_code ec;
        if (!path.has_filename() || fs::symlink_status(path, ec).type() != fs::file_type::regular) return request.canonical(path);
        auto [folder, added] = canonicalFolders.try_emplace(path.parent_path());
        if (added) folder->second = request.canonical(path.parent_path());
        return folder->second / path.filename();
    };
    for (auto& p : found) {
        if (out.stopRequested()) return;
        PrefetchedProject pp;
        auto read = [&](const fs::path& path, std::string& error) {
            const fs::path canonical = canonicalOf(path);
            auto text = request.readDisk(canonical, error);
            if (text && text->size() <= request.maxCachedFileBytes && cached.insert(canonical).second)
                pp.filesRead.emplace_back(canonical, *text);
            return text;
        };
        pp.root = p.root;
        pp.disk = std::move(p.details);
        pp.analysed = analyseProject(assembleProject(pp.root, pp.disk, {}), read, request.confinementFor(pp.root),
                                     knowledge::builtinKnowledge, request.options);
        out.add(std::move(pp));
    }
}

}  // namespace stackls::server
