// Monorepo member globs and pnpm-workspace.yaml's packages list.
#include <catch2/catch.hpp>

#include "knowledge/manifest/pnpm_workspace.h"
#include "knowledge/manifest/workspace_glob.h"

using namespace stackls::manifest;

namespace {

std::vector<Located> globs(std::initializer_list<const char*> texts) {
    std::vector<Located> out;
    for (const char* t : texts) out.push_back({t, {0, 0}});
    return out;
}

}  // namespace

TEST_CASE("workspace globs match folders segment by segment", "[workspace]") {
    CHECK(matchesWorkspaceGlob("packages/*", "packages/web"));
    CHECK_FALSE(matchesWorkspaceGlob("packages/*", "packages/web/sub"));
    CHECK(matchesWorkspaceGlob("packages/**", "packages/web/sub"));
    CHECK(matchesWorkspaceGlob("**/svc-*", "a/b/svc-auth"));
    CHECK(matchesWorkspaceGlob("./apps/web/", "apps/web"));
    CHECK(matchesWorkspaceGlob("apps/w?b", "apps/web"));
    CHECK_FALSE(matchesWorkspaceGlob("apps/web", "apps/webapp"));
    CHECK_FALSE(matchesWorkspaceGlob("*", ""));
    // A pathological pattern stays linear in practice: no backtracking blow-up.
    CHECK_FALSE(matchesWorkspaceGlob(std::string(60, '*') + "b", std::string(10000, 'a')));
    CHECK(isWorkspaceMember(globs({"packages/*", "!packages/legacy"}), {}, "packages/web"));
    CHECK_FALSE(isWorkspaceMember(globs({"packages/*", "!packages/legacy"}), {}, "packages/legacy"));
    CHECK_FALSE(isWorkspaceMember(globs({"packages/*"}), globs({"packages/old-*"}), "packages/old-api"));
    CHECK_FALSE(isWorkspaceMember({}, {}, "packages/web"));
}

TEST_CASE("pnpm-workspace.yaml packages, block and flow lists", "[workspace]") {
    const std::string block = "# monorepo\npackages:\n  - 'packages/*'\n  - \"apps/**\"\n  - tools/cli # the CLI\n  - '!**/test/**'\ncatalog:\n  react: ^18\n";
    const auto items = parsePnpmWorkspacePackages(block);
    REQUIRE(items.size() == 4);
    CHECK(items[0].text == "packages/*");
    CHECK(items[1].text == "apps/**");
    CHECK(items[2].text == "tools/cli");
    CHECK(items[3].text == "!**/test/**");
    CHECK(block.substr(items[0].range.begin, items[0].range.end - items[0].range.begin) == "'packages/*'");
    const auto flow = parsePnpmWorkspacePackages("packages: ['a/*', b, \"c\"]\n");
    REQUIRE(flow.size() == 3);
    CHECK(flow[1].text == "b");
    CHECK(parsePnpmWorkspacePackages("not: yaml: at all\n  - x\n").empty());
}
