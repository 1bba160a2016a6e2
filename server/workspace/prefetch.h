// The workspace's projects found, read and advised on another thread while the client
// finishes the handshake (initialize → initialized → didOpen), so the first diagnostics do
// not wait for the whole scan.
#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
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
};

struct WorkspacePrefetch {
    std::vector<PrefetchedProject> projects;  // by root; each root once
    std::vector<std::string> warnings;        // discovery's
    bool capped = false;                      // more projects than maxProjects were found
    // The texts read, by canonical path, for the server's cache of unopened files.
    std::vector<std::pair<std::filesystem::path, std::string>> filesRead;
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

// Discovery of every folder, then each project read and advised with the built-in knowledge.
// Touches nothing but the files it reads; never throws for what it finds on disk.
WorkspacePrefetch prefetchWorkspace(const PrefetchRequest& request);

}  // namespace stackls::server
