// The workspace prefetch on a real temporary tree: the same reports the main thread would
// compute, the project cap, which texts come back for the cache, and the hand-over.
#include <catch2/catch.hpp>

#include <algorithm>

#include "knowledge/loader.h"
#include "server/workspace/prefetch.h"
#include "temp_tree.h"

namespace fs = std::filesystem;
namespace s = stackls::server;

namespace {

s::PrefetchRequest prefetchRequestFor(const fs::path& folder, std::size_t maxProjects) {
    s::PrefetchRequest r;
    r.folders = {folder};
    r.maxProjects = maxProjects;
    r.maxCachedFileBytes = 64;
    r.readDisk = [](const fs::path& p, std::string& error) { return s::readTextFileCapped(p, 1u << 20, error); };
    r.canonical = [](const fs::path& p) { return fs::weakly_canonical(p); };
    r.confinementFor = [folder](const fs::path&) { return folder; };
    return r;
}

// Everything the prefetch hands over, taken as the main thread takes it.
struct Collected {
    s::PrefetchDiscovery discovery;
    std::vector<s::PrefetchedProject> projects;
};

Collected prefetchAll(const s::PrefetchRequest& request) {
    s::PrefetchStream stream;
    s::prefetchWorkspace(request, stream);
    stream.finish();
    Collected out;
    for (;;) {
        auto batch = stream.take(2, std::chrono::milliseconds(0));
        if (batch.discovery) out.discovery = std::move(*batch.discovery);
        for (auto& p : batch.projects) out.projects.push_back(std::move(p));
        if (batch.finished) return out;
    }
}

std::vector<std::string> ruleSites(const stackls::knowledge::ProjectReport& report) {
    std::vector<std::string> out;
    for (const auto& f : report.findings) out.push_back(f.rule + "@" + f.file);
    return out;
}

}  // namespace

TEST_CASE("the prefetch reports what analysing each project on its own reports", "[prefetch]") {
    stackls::testing::TempTree t("stackls-prefetch-");
    t.file("chat/package.json", R"({"dependencies": {"socket.io": "^4"}})");
    t.file("ml/requirements.txt", "torch\nnumpy\n-r requirements/dev.txt\n");
    t.file("ml/requirements/dev.txt", "pytest\n# a long line that is over the cache limit of this test........\n");

    const auto found = prefetchAll(prefetchRequestFor(t.root, 10));
    REQUIRE(found.projects.size() == 2);
    CHECK(found.discovery.projectCount == 2);
    CHECK_FALSE(found.discovery.capped);
    CHECK(found.projects[0].root == t.root / "chat");
    CHECK(found.projects[1].root == t.root / "ml");

    for (const auto& p : found.projects) {
        auto read = [](const fs::path& path, std::string& error) { return s::readTextFileCapped(path, 1u << 20, error); };
        const auto alone = s::analyseProject(s::assembleProject(p.root, p.disk, {}), read, t.root,
                                             stackls::knowledge::builtinKnowledge, {});
        CHECK(p.analysed.input.root == p.root.generic_string());
        CHECK(ruleSites(p.analysed.report) == ruleSites(alone.report));
        CHECK(p.analysed.report.basis == alone.report.basis);
    }
    CHECK_FALSE(found.projects[1].analysed.input.requirements.empty());

    // Only texts within the cache limit come back, each once.
    std::vector<std::string> cached;
    for (const auto& p : found.projects)
        for (const auto& [path, text] : p.filesRead) cached.push_back(fs::relative(path, t.root).generic_string());
    std::sort(cached.begin(), cached.end());
    CHECK(cached == std::vector<std::string>{"chat/package.json", "ml/requirements.txt"});
}

TEST_CASE("the prefetch stops at the project cap and says so", "[prefetch][limits]") {
    stackls::testing::TempTree t("stackls-prefetch-");
    for (int i = 0; i < 5; ++i) t.file("p" + std::to_string(i) + "/requirements.txt", "flask\n");
    const auto found = prefetchAll(prefetchRequestFor(t.root, 3));
    CHECK(found.projects.size() == 3);
    CHECK(found.discovery.projectCount == 3);
    CHECK(found.discovery.capped);
}

TEST_CASE("the prefetch of a folder that is gone is empty, with discovery's warning", "[prefetch]") {
    stackls::testing::TempTree t("stackls-prefetch-");
    const auto found = prefetchAll(prefetchRequestFor(t.root / "missing", 10));
    CHECK(found.projects.empty());
    CHECK_FALSE(found.discovery.warnings.empty());
}

TEST_CASE("a stopped prefetch hands over no more projects", "[prefetch]") {
    stackls::testing::TempTree t("stackls-prefetch-");
    for (int i = 0; i < 4; ++i) t.file("p" + std::to_string(i) + "/requirements.txt", "flask\n");
    s::PrefetchStream stream;
    stream.stop();
    s::prefetchWorkspace(prefetchRequestFor(t.root, 10), stream);
    stream.finish();
    const auto batch = stream.take(10, std::chrono::milliseconds(0));
    REQUIRE(batch.discovery);
    CHECK(batch.discovery->projectCount == 4);
    CHECK(batch.projects.empty());
    CHECK(batch.finished);
}
