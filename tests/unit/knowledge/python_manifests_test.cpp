// The advisor over pyproject.toml, Pipfile and setup.cfg: stacks, dependencies, [tool.stackls], fixes.
#include <catch2/catch.hpp>

#include "knowledge/advisor.h"
#include "knowledge/fixes.h"
#include "knowledge/manifest/package_json.h"
#include "knowledge/manifest/python_manifest.h"
#include "test_support.h"

using namespace stackls::knowledge;
using namespace stackls::knowledge::test;
namespace mf = stackls::manifest;

namespace {

ProjectInput pythonProject(mf::PythonManifestKind kind, const std::string& name, const std::string& text) {
    ProjectInput p;
    p.root = ".";
    p.configPath = ".stackls.json";
    p.pythonManifests.push_back({{name, text}, mf::parsePythonManifest(kind, text)});
    return p;
}

const char* const kPoetry = R"([tool.poetry]
name = "trainer"
description = "Trains models"

[tool.poetry.dependencies]
python = "^3.10"
torch = "^2.1"

[tool.poetry.group.dev.dependencies]
pytest = "^8"
)";

}  // namespace

TEST_CASE("a pyproject-only project is a Python project with its dependencies") {
    const auto report = advise(fixtureKnowledge(), pythonProject(mf::PythonManifestKind::PyProject, "pyproject.toml", kPoetry));
    CHECK(report.stacks == std::vector<Tech>{Tech::Python});
    REQUIRE(report.dependencies.size() == 2);
    CHECK(report.dependencies[0].name == "torch");
    CHECK(report.dependencies[0].file == "pyproject.toml");
    CHECK_FALSE(report.dependencies[0].dev);
    CHECK(report.dependencies[1].name == "pytest");
    CHECK(report.dependencies[1].dev);
}

TEST_CASE("Pipfile and setup.cfg projects are Python projects") {
    const auto pipfile = advise(fixtureKnowledge(), pythonProject(mf::PythonManifestKind::Pipfile, "Pipfile", "[packages]\nflask = \"*\"\n"));
    CHECK(pipfile.stacks == std::vector<Tech>{Tech::Python});
    CHECK(pipfile.dependencies.size() == 1);
    const auto cfg = advise(fixtureKnowledge(), pythonProject(mf::PythonManifestKind::SetupCfg, "setup.cfg",
                                                              "[options]\ninstall_requires =\n    flask\n"));
    CHECK(cfg.stacks == std::vector<Tech>{Tech::Python});
}

TEST_CASE("pyproject.toml next to a frontend package.json is a mixed project; a tools-only one is not") {
    ProjectInput p = pythonProject(mf::PythonManifestKind::PyProject, "pyproject.toml", kPoetry);
    const std::string pj = R"({"dependencies": {"react": "18"}})";
    p.packageJson = PackageJsonSource{{"package.json", pj}, mf::parsePackageJson(pj)};
    CHECK(advise(fixtureKnowledge(), p).stacks == std::vector<Tech>{Tech::Node, Tech::Python});

    ProjectInput tools = pythonProject(mf::PythonManifestKind::PyProject, "pyproject.toml", "[tool.black]\nline-length = 100\n");
    tools.packageJson = p.packageJson;
    CHECK(advise(fixtureKnowledge(), tools).stacks == std::vector<Tech>{Tech::Node});
}

TEST_CASE("[tool.stackls] useCase declares, below package.json and above requirements") {
    ProjectInput p = pythonProject(mf::PythonManifestKind::PyProject, "pyproject.toml",
                                   "[project]\nname = \"x\"\n\n[tool.stackls]\nuseCase = \"ai-ml\"\n");
    auto report = advise(fixtureKnowledge(), p);
    CHECK(report.declaredUseCases == std::vector<std::string>{"ai-ml"});
    REQUIRE(report.declaration);
    CHECK(report.declaration->origin == DeclarationOrigin::PyProject);
    CHECK(report.declaration->file == "pyproject.toml");

    const std::string pj = R"({"stackls": {"useCase": "web"}})";
    p.packageJson = PackageJsonSource{{"package.json", pj}, mf::parsePackageJson(pj)};
    report = advise(fixtureKnowledge(), p);
    CHECK(report.declaredUseCases == std::vector<std::string>{"web"});
    CHECK(findRule(report.findings, "conflicting-declarations"));
}

TEST_CASE("[tool.stackls] ignore silences rules; unknown ids are reported") {
    const auto p = pythonProject(mf::PythonManifestKind::PyProject, "pyproject.toml",
                                 "[project]\nname = \"x\"\n\n[tool.stackls]\nignore = [\"no-dependencies\", \"nonsense\"]\n");
    const auto report = advise(fixtureKnowledge(), p);
    CHECK_FALSE(findRule(report.findings, "no-dependencies"));
    CHECK(report.ignoredRules == std::vector<std::string>{"no-dependencies"});
    CHECK(findRule(report.findings, "invalid-config"));
}

TEST_CASE("declaring a use case writes [tool.stackls] into pyproject.toml, keeping it valid TOML") {
    const auto check = [](const std::string& before, const std::vector<std::string>& ids, const std::string& expected) {
        const auto p = pythonProject(mf::PythonManifestKind::PyProject, "pyproject.toml", before);
        const auto fix = declareUseCasesFix(p, nullptr, ids, "Declare");
        REQUIRE(fix);
        const std::string after = applyFix(*fix, "pyproject.toml", before);
        CHECK(after == expected);
        const auto reparsed = mf::parsePyProject(after);
        CHECK(reparsed.parsed);
        REQUIRE(reparsed.useCase);
        CHECK(reparsed.useCase->ids.size() == ids.size());
    };
    check("[project]\nname = \"x\"\n", {"ai-ml"}, "[project]\nname = \"x\"\n\n[tool.stackls]\nuseCase = \"ai-ml\"\n");
    check("[project]\nname = \"x\"", {"ai-ml", "api"}, "[project]\nname = \"x\"\n\n[tool.stackls]\nuseCase = [\"ai-ml\", \"api\"]\n");
    check("[tool.stackls]\nignore = []\n", {"web"}, "[tool.stackls]\nuseCase = \"web\"\nignore = []\n");
    check("[tool.stackls]\nuseCase = \"web\" # old\n", {"games"}, "[tool.stackls]\nuseCase = \"games\" # old\n");
    // [tool.stackls] written as dotted keys under [tool]: a new [tool.stackls] table would
    // redefine it, so the fix is refused rather than break the file.
    const std::string dotted = "[tool]\nstackls.ignore = []\n";
    const auto p = pythonProject(mf::PythonManifestKind::PyProject, "pyproject.toml", dotted);
    const auto fix = declareUseCasesFix(p, nullptr, {"web"}, "Declare");
    if (fix) CHECK(mf::parsePyProject(applyFix(*fix, "pyproject.toml", dotted)).parsed);
}

TEST_CASE("ignoring a rule writes into [tool.stackls] ignore") {
    const std::string before = "[project]\nname = \"x\"\n\n[tool.stackls]\nignore = [\"a\"]\n";
    const auto p = pythonProject(mf::PythonManifestKind::PyProject, "pyproject.toml", before);
    const auto fix = ignoreRuleFix(p, nullptr, "use-case-mismatch");
    REQUIRE(fix);
    CHECK(applyFix(*fix, "pyproject.toml", before) == "[project]\nname = \"x\"\n\n[tool.stackls]\nignore = [\"a\", \"use-case-mismatch\"]\n");
    const std::string bare = "[project]\nname = \"x\"\n";
    const auto p2 = pythonProject(mf::PythonManifestKind::PyProject, "pyproject.toml", bare);
    const auto fix2 = ignoreRuleFix(p2, nullptr, "use-case-mismatch");
    REQUIRE(fix2);
    CHECK(applyFix(*fix2, "pyproject.toml", bare) == "[project]\nname = \"x\"\n\n[tool.stackls]\nignore = [\"use-case-mismatch\"]\n");
}
