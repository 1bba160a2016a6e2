// The workspace's projects found, read and advised on another thread from `initialize` on,
// handed to the main thread project by project as each is done: the first diagnostics wait
// for neither the whole scan nor the handshake, and a large monorepo fills in behind them.
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <filesystem>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "knowledge/advisor.h"
#include "server/workspace/discovery.h"
#include "server/workspace/project_analysis.h"

namespace stackls::server {

struct PrefetchedProject {
    std::filesystem::path root;              // canonical, as discovery reports it
    std::vector<DiscoveredManifest> disk;
    AnalysedProject analysed;
    // The texts this project read first (none read for an earlier project), by canonical
    // path, for the server's cache of unopened files.
    std::vector<std::pair<std::filesystem::path, std::string>> filesRead;
};

// What discovery found, known before the first project is advised.
struct PrefetchDiscovery {
    std::size_t projectCount = 0;             // projects to be advised (at most maxProjects)
    bool capped = false;                      // more projects than maxProjects
    bool discoveryCapped = false;             // discovery's own count limits stopped it (DiscoveryResult::capped)
    std::vector<std::string> warnings;        // discovery's
};

struct PrefetchRequest {
    std::vector<std::filesystem::path> folders;  // canonical workspace folders
    std::size_t maxProjects = 0;
    std::size_t maxCachedFileBytes = 0;          // larger texts are not returned in filesRead
    knowledge::AdviceOptions options;
    // Reads a file from disk by canonical path with the server's size limits.
    std::function<std::optional<std::string>(const std::filesystem::path&, std::string& error)> readDisk;
    // Canonical form of a path (symlinks resolved), as the server compares paths.
    std::function<std::filesystem::path(const std::filesystem::path&)> canonical;
    // The workspace folder a project's knowledge file must stay inside.
    std::function<std::filesystem::path(const std::filesystem::path& root)> confinementFor;
};

// The hand-over between the prefetch thread and the main thread; every member is safe to
// call from either.
class PrefetchStream {
public:
    // ------------------------------------------------------------ the prefetch thread
    void discovered(PrefetchDiscovery discovery);
    void add(PrefetchedProject project);
    void finish();  // also after a failure: the main thread stops waiting
    bool stopRequested() const { return stop_.load(); }

    // ------------------------------------------------------------ the main thread
    struct Batch {
        std::optional<PrefetchDiscovery> discovery;  // once, in the first batch after discovery
        std::vector<PrefetchedProject> projects;
        bool finished = false;                       // nothing more will come
    };
    // What arrived since the last call, at most `maxProjects` projects; waits up to `wait`
    // when nothing has.
    Batch take(std::size_t maxProjects, std::chrono::milliseconds wait);
    // Asks the prefetch thread to stop after the project in hand.
    void stop() { stop_.store(true); }

private:
    std::mutex mutex_;
    std::condition_variable arrived_;
    std::optional<PrefetchDiscovery> discovery_;
    std::deque<PrefetchedProject> projects_;
    bool finished_ = false;
    std::atomic<bool> stop_{false};
};

// Discovery of every folder (bounded by DiscoveryLimits::forProjects), then each project
// read and advised with the built-in knowledge, in discovery's order, each handed to `out`
// when done; `out.finish()` is the caller's. Touches nothing but the files it reads; never
// throws for what it finds on disk.
void prefetchWorkspace(const PrefetchRequest& request, PrefetchStream& out);

}  // namespace stackls::server
