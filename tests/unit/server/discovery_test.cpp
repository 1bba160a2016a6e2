// Workspace discovery on a real temporary directory tree: grouping, skipped folders, symlinks, caps.
#include <catch2/catch.hpp>

#include "server/workspace/discovery.h"
#include "temp_tree.h"

namespace fs = std::filesystem;
using stackls::server::discoverProjects;
using stackls::server::DiscoveryLimits;
using stackls::testing::TempTree;

namespace {

std::vector<std::string> relative(const fs::path& root, const std::vector<fs::path>& paths) {
    std::vector<std::string> out;
    for (const auto& p : paths) out.push_back(fs::relative(p, root).generic_string());
    return out;
}

}  // namespace

TEST_CASE("manifests are grouped into projects; requirements/ belongs to its parent", "[discovery]") {
    TempTree t("stackls-discovery-");
    t.file("package.json");
    t.file("requirements.txt", "flask\n");
    t.file("requirements/dev.txt", "pytest\n");
    t.file(".stackls.json");
    t.file("services/api/package.json");
    t.file("services/ml/requirements-gpu.txt", "torch\n");
    t.file("services/ml/notes.txt", "not a manifest");
    t.file("node_modules/x/package.json");
    t.file("services/api/node_modules/y/package.json");
    t.file(".venv/lib/site-packages/z/requirements.txt");
    t.file("build/package.json");
    t.file("dist/package.json");
    t.file("__pycache__/requirements.txt");
    t.file(".git/requirements.txt");

    const auto r = discoverProjects(t.root);
    REQUIRE(r.projects.size() == 3);
    CHECK(r.projects[0].root == t.root);
    CHECK(relative(t.root, r.projects[0].manifests) ==
          std::vector<std::string>{".stackls.json", "package.json", "requirements/dev.txt", "requirements.txt"});  // path order
    CHECK(relative(t.root, std::vector<fs::path>{r.projects[1].root}) == std::vector<std::string>{"services/api"});
    CHECK(relative(t.root, r.projects[2].manifests) == std::vector<std::string>{"services/ml/requirements-gpu.txt"});
    CHECK(r.warnings.empty());
}

TEST_CASE("symlinks that leave the root are not followed; loops inside end", "[discovery]") {
    TempTree outside("stackls-discovery-"), t("stackls-discovery-");
    outside.file("package.json");
    t.file("app/package.json");
    fs::create_directory_symlink(outside.root, t.root / "escape");
    fs::create_directory_symlink(t.root / "app", t.root / "app" / "loop");
    fs::create_symlink(outside.root / "package.json", t.root / "package.json");
    const auto r = discoverProjects(t.root);
    REQUIRE(r.projects.size() == 1);
    CHECK(relative(t.root, r.projects[0].manifests) == std::vector<std::string>{"app/package.json"});
}

TEST_CASE("caps on depth, manifest count and sizes become warnings", "[discovery][limits]") {
    TempTree t("stackls-discovery-");
    t.file("a/b/c/d/package.json");
    t.file("one/package.json");
    t.file("two/package.json");
    t.file("big/requirements.txt", std::string(2000, 'x'));
    DiscoveryLimits limits;
    limits.maxDepth = 2;
    limits.maxManifests = 1;
    limits.maxManifestBytes = 1000;
    const auto r = discoverProjects(t.root, limits);
    std::size_t manifests = 0;
    for (const auto& p : r.projects) manifests += p.manifests.size();
    CHECK(manifests == 1);
    CHECK(r.warnings.size() == 3);
}

TEST_CASE("a missing root is a warning, not a throw", "[discovery]") {
    const auto r = discoverProjects("/definitely/not/here/stackls");
    CHECK(r.projects.empty());
    CHECK(r.warnings.size() == 1);
}

TEST_CASE("exclude globs from the caller and from each .stackls.json on the way", "[discovery]") {
    TempTree t("stackls-discovery-");
    t.file("package.json");
    t.file("examples/demo/package.json");
    t.file("legacy/requirements.txt", "flask\n");
    t.file("services/.stackls.json", R"({"exclude": ["fixtures/**", "*.in"]})");
    t.file("services/api/package.json");
    t.file("services/fixtures/bad/package.json");
    t.file("services/api/requirements.in", "flask\n");
    t.file("fixtures/package.json");  // above services/: its .stackls.json does not reach here

    const auto r = discoverProjects(t.root, {}, {"examples", "legacy/requirements.txt"});
    std::vector<std::string> roots;
    for (const auto& p : r.projects) roots.push_back(p.root == t.root ? "." : fs::relative(p.root, t.root).generic_string());
    CHECK(roots == std::vector<std::string>{".", "fixtures", "services", "services/api"});
    REQUIRE(r.projects.size() == 4);
    CHECK(relative(t.root, r.projects[3].manifests) == std::vector<std::string>{"services/api/package.json"});
}
