// pyproject.toml model: PEP 621, PEP 735, Poetry, PDM, uv, [tool.stackls], ranges and bad input.
#include <catch2/catch.hpp>

#include "knowledge/manifest/python_manifest.h"
#include "marked_text.h"

using namespace stackls::manifest;
using stackls::manifest::test::marked;

namespace {

const PythonDependency* find(const PythonManifest& m, std::string_view name, std::string_view group = "") {
    for (const auto& d : m.dependencies)
        if (d.name == name && d.group == group) return &d;
    return nullptr;
}

std::vector<std::string> pythonDependencyNames(const PythonManifest& m) {
    std::vector<std::string> out;
    for (const auto& d : m.dependencies) out.push_back(d.name);
    return out;
}

}  // namespace

TEST_CASE("PEP 621 metadata and dependencies with exact ranges", "[pyproject]") {
    const auto m = marked(R"([build-system]
requires = ["hatchling", "setuptools>=61"]

[project]
name = «"demo-api"»
description = "A REST API for résumés"
keywords = ["api", «"web"»]
classifiers = [
  "Framework :: FastAPI",
  "Topic :: Internet :: WWW/HTTP",
]
requires-python = ">=3.10"
dependencies = [
  «"«FastAPI»[all]>=0.110"»,
  "uvicorn ; python_version >= '3.8'",
  "é-not-ascii",
  "mylib @ https://example.com/mylib-1.0.tar.gz",
]

[project.optional-dependencies]
test = ["pytest>=8"]
ml = ["torch"]
)");
    const PythonManifest p = parsePyProject(m.text);
    CHECK(p.parsed);
    REQUIRE(p.name);
    CHECK(p.name->text == "demo-api");
    CHECK(p.name->range == m.ranges[0]);
    CHECK(p.description->text == "A REST API for résumés");
    REQUIRE(p.keywords.size() == 2);
    CHECK(p.keywords[1].range == m.ranges[1]);
    REQUIRE(p.classifiers.size() == 2);
    CHECK(p.classifiers[0].text == "Framework :: FastAPI");
    CHECK(p.requiresPython->text == ">=3.10");
    CHECK(pythonDependencyNames(p) == std::vector<std::string>{"fastapi", "uvicorn", "mylib", "pytest", "torch"});
    const PythonDependency& fastapi = p.dependencies[0];
    CHECK(fastapi.range == m.ranges[2]);
    CHECK(fastapi.nameRange == m.ranges[3]);
    CHECK(fastapi.extras == std::vector<std::string>{"all"});
    CHECK(fastapi.specifier == ">=0.110");
    CHECK(fastapi.section == "project.dependencies");
    CHECK_FALSE(fastapi.dev);
    CHECK(p.dependencies[1].marker == std::optional<std::string>(R"(python_version >= "3.8")"));
    CHECK(p.dependencies[2].url == std::optional<std::string>("https://example.com/mylib-1.0.tar.gz"));
    const auto* pytest = find(p, "pytest", "test");
    REQUIRE(pytest);
    CHECK(pytest->dev);
    CHECK(pytest->optional);
    const auto* torch = find(p, "torch", "ml");
    REQUIRE(torch);
    CHECK_FALSE(torch->dev);
    CHECK(torch->optional);
    // "é-not-ascii" is not a PEP 508 name: a problem at the string, and no dependency.
    REQUIRE(p.problems.size() == 1);
    CHECK(p.problems[0].line == 16);
}

TEST_CASE("PEP 735 dependency groups and include-group", "[pyproject]") {
    const auto m = marked(R"([dependency-groups]
test = ["pytest", «{include-group = "lint"}»]
lint = ["ruff", {include-group = "test"}]
docs = [«{include-group = "missing"}»]
)");
    const PythonManifest p = parsePyProject(m.text);
    CHECK(pythonDependencyNames(p) == std::vector<std::string>{"pytest", "ruff"});
    CHECK(p.dependencies[0].dev);
    CHECK(p.dependencies[0].group == "test");
    REQUIRE(p.problems.size() == 2);
    CHECK(p.problems[0].range == m.ranges[0]);
    CHECK_THAT(p.problems[0].message, Catch::Contains("cycle"));
    CHECK(p.problems[1].range == m.ranges[1]);
    CHECK_THAT(p.problems[1].message, Catch::Contains("names no dependency group"));
}

TEST_CASE("Poetry dependencies, groups, table forms and the python key", "[pyproject][poetry]") {
    const auto m = marked(R"([tool.poetry]
name = "poetry-app"
description = "Scrapes things"
keywords = ["scraping"]

[tool.poetry.dependencies]
python = "^3.9"
«««requests»» = "^2.31"»
django = {version = "~4.2", extras = ["bcrypt"], python = ">=3.10", optional = true}
mylib = {git = "https://github.com/example/mylib.git", rev = "v1.0"}
local = {path = "../local", develop = true}
numpy = [
  {version = "<1.25", python = "<3.9"},
  {version = "^1.25", python = ">=3.9"},
]
black = {version = "*", platform = "linux", markers = "implementation_name == 'cpython'"}

[tool.poetry.group.dev.dependencies]
pytest = "^8.0"

[tool.poetry.dev-dependencies]
mypy = ">=1.0 <2.0"

[tool.poetry.extras]
web = ["django"]
)");
    const PythonManifest p = parsePyProject(m.text);
    CHECK(p.problems.empty());
    CHECK(p.name->text == "poetry-app");
    CHECK(p.description->text == "Scrapes things");
    REQUIRE(p.requiresPython);
    CHECK(p.requiresPython->text == ">=3.9,<4.0");
    CHECK(pythonDependencyNames(p) == std::vector<std::string>{"requests", "django", "mylib", "local", "numpy", "numpy", "black", "pytest", "mypy"});
    const auto* requests = find(p, "requests");
    REQUIRE(requests);
    CHECK(requests->specifier == ">=2.31,<3.0");
    CHECK(requests->range == m.ranges[0]);
    CHECK(requests->nameRange == m.ranges[1]);
    const auto* django = find(p, "django", "web");
    REQUIRE(django);
    CHECK(django->specifier == ">=4.2,<4.3");
    CHECK(django->extras == std::vector<std::string>{"bcrypt"});
    CHECK(django->marker == std::optional<std::string>(R"(python_version >= "3.10")"));
    CHECK(django->optional);
    CHECK(find(p, "mylib")->url == std::optional<std::string>("git+https://github.com/example/mylib.git@v1.0"));
    CHECK(find(p, "local")->url == std::optional<std::string>("../local"));
    CHECK(p.dependencies[4].specifier == "<1.25");
    CHECK(p.dependencies[4].marker == std::optional<std::string>(R"(python_version < "3.9")"));
    CHECK(p.dependencies[5].specifier == ">=1.25,<2.0");
    CHECK(find(p, "black")->marker ==
          std::optional<std::string>(R"(implementation_name == "cpython" and sys_platform == "linux")"));
    const auto* pytest = find(p, "pytest", "dev");
    REQUIRE(pytest);
    CHECK(pytest->dev);
    CHECK(pytest->section == "tool.poetry.group.dev.dependencies");
    CHECK(find(p, "mypy", "dev")->specifier == ">=1.0,<2.0");
}

TEST_CASE("PDM and uv development dependencies, uv workspace members", "[pyproject]") {
    const PythonManifest p = parsePyProject(R"([project]
name = "ws"
dependencies = ["httpx"]

[tool.pdm.dev-dependencies]
lint = ["flake8", "-e file:///${PROJECT_ROOT}/../x#egg=x"]

[tool.uv]
dev-dependencies = ["pytest"]

[tool.uv.workspace]
members = ["packages/*", "apps/web"]
exclude = ["packages/legacy"]
)");
    CHECK(p.problems.empty());
    CHECK(pythonDependencyNames(p) == std::vector<std::string>{"httpx", "flake8", "pytest"});
    CHECK(p.dependencies[1].dev);
    CHECK(p.dependencies[1].group == "lint");
    CHECK(p.dependencies[2].dev);
    REQUIRE(p.workspaceMembers.size() == 2);
    CHECK(p.workspaceMembers[0].text == "packages/*");
    REQUIRE(p.workspaceExclude.size() == 1);
}

TEST_CASE("[tool.stackls] declares a use case and ignores rules", "[pyproject]") {
    const auto m = marked(R"([project]
name = "x"

«[tool.stackls]»
«useCase = [«"ai-ml"», "api"]»
ignore = ["stack-mismatch"]
colour = "blue"
)");
    const PythonManifest p = parsePyProject(m.text);
    REQUIRE(p.useCase);
    REQUIRE(p.useCase->ids.size() == 2);
    CHECK(p.useCase->ids[0].text == "ai-ml");
    CHECK(p.useCase->ids[0].range == m.ranges[2]);
    CHECK(p.useCase->range == m.ranges[1]);
    CHECK(p.stacklsTable == std::optional<ByteRange>(m.ranges[0]));
    REQUIRE(p.ignore.size() == 1);
    REQUIRE(p.problems.size() == 1);
    CHECK(p.problems[0].severity == Problem::Severity::Warning);
}

TEST_CASE("[tool.stackls.rules] sets rule levels with their ranges", "[pyproject]") {
    const auto m = marked(R"([tool.stackls]
rules = { «"no-dependencies"» = «"off"», use-case-trade-off = «3» }
)");
    const PythonManifest p = parsePyProject(m.text);
    REQUIRE(p.rules.size() == 2);
    CHECK(p.rules[0].rule.text == "no-dependencies");
    CHECK(p.rules[0].rule.range == m.ranges[0]);
    CHECK(p.rules[0].level.text == "off");
    CHECK(p.rules[0].level.range == m.ranges[1]);
    CHECK(p.rules[1].rule.text == "use-case-trade-off");
    CHECK(p.rules[1].level.text.empty());  // not a string: the advisor reports it
    CHECK(p.rules[1].level.range == m.ranges[2]);
    CHECK(p.problems.empty());
}

TEST_CASE("pyproject.toml that does not parse: one problem at the parser's position", "[pyproject][robustness]") {
    const auto m = marked("[project]\nname = \"a\"\ndependencies = [\"x\" «\"»y\"]\n");
    const PythonManifest p = parsePyProject(m.text);
    CHECK_FALSE(p.parsed);
    REQUIRE(p.problems.size() == 1);
    CHECK(p.problems[0].range == m.ranges[0]);
    CHECK(p.problems[0].line == 3);
    CHECK_THAT(p.problems[0].message, Catch::Contains("TOML syntax error"));
}

TEST_CASE("a pyproject.toml holding JSON says so", "[pyproject][robustness]") {
    const PythonManifest p = parsePyProject("{\"project\": {\"name\": \"x\"}}");
    CHECK_FALSE(p.parsed);
    REQUIRE(p.problems.size() == 1);
    CHECK_THAT(p.problems[0].message, Catch::Contains("JSON, not TOML"));
    CHECK(p.problems[0].range == ByteRange{0, 1});
}

TEST_CASE("deep nesting, huge files and many keys are refused before parsing", "[pyproject][robustness]") {
    SECTION("100,000-deep arrays") {
        const std::string text = "a = " + std::string(100000, '[') + std::string(100000, ']');
        const PythonManifest p = parsePyProject(text);
        CHECK_FALSE(p.parsed);
        REQUIRE(p.problems.size() == 1);
        CHECK_THAT(p.problems[0].message, Catch::Contains("nested deeper"));
    }
    SECTION("100,000-deep inline tables") {
        std::string text = "a = ";
        for (int i = 0; i < 100000; ++i) text += "{b = ";
        const PythonManifest p = parsePyProject(text);
        CHECK_FALSE(p.parsed);
        CHECK_THAT(p.problems.at(0).message, Catch::Contains("nested deeper"));
    }
    SECTION("a 100,000-part dotted key") {
        std::string text = "a";
        for (int i = 0; i < 100000; ++i) text += ".b";
        text += " = 1\n";
        CHECK_FALSE(parsePyProject(text).parsed);
    }
    SECTION("more than 16 MiB") {
        const std::string text = "a = \"" + std::string(17u << 20, 'x') + "\"";
        const PythonManifest p = parsePyProject(text);
        CHECK_FALSE(p.parsed);
        CHECK_THAT(p.problems.at(0).message, Catch::Contains("16 MiB"));
    }
    SECTION("a million keys") {
        std::string text;
        for (int i = 0; i < 1000000; ++i) text += "k" + std::to_string(i) + "=1\n";
        const PythonManifest p = parsePyProject(text);
        CHECK_FALSE(p.parsed);
        CHECK_THAT(p.problems.at(0).message, Catch::Contains("keys"));
    }
    SECTION("invalid UTF-8") {
        const PythonManifest p = parsePyProject("[project]\nname = \"a\xff\"\n");
        CHECK_FALSE(p.parsed);
        CHECK(p.problems.at(0).line == 2);
    }
    SECTION("duplicate keys and tables") {
        CHECK_FALSE(parsePyProject("[project]\nname = \"a\"\nname = \"b\"\n").parsed);
        CHECK_FALSE(parsePyProject("[project]\n[project]\n").parsed);
    }
}

TEST_CASE("values of the wrong type are problems, the rest is read", "[pyproject]") {
    const PythonManifest p = parsePyProject(R"([project]
name = 3
dependencies = "requests"
keywords = ["a", 2]

[project.optional-dependencies]
x = ["rich"]
)");
    CHECK(p.parsed);
    CHECK_FALSE(p.name);
    CHECK(pythonDependencyNames(p) == std::vector<std::string>{"rich"});
    CHECK(p.keywords.size() == 1);
    CHECK(p.problems.size() == 3);
}

TEST_CASE("a string with escapes still gets its dependency, ranged on the whole string", "[pyproject]") {
    const auto m = marked("[project]\ndependencies = [«\"req\\u0075ests>=2\"»]\n");
    const PythonManifest p = parsePyProject(m.text);
    REQUIRE(p.dependencies.size() == 1);
    CHECK(p.dependencies[0].name == "requests");
    CHECK(p.dependencies[0].nameRange == m.ranges[0]);
}
