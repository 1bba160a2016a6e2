// Pipfile and setup.cfg models: sections, table forms, setuptools' list rules, ranges.
#include <catch2/catch.hpp>

#include "knowledge/manifest/python_manifest.h"
#include "marked_text.h"

using namespace stackls::manifest;
using stackls::manifest::test::marked;

namespace {

std::vector<std::string> depNames(const PythonManifest& m) {
    std::vector<std::string> out;
    for (const auto& d : m.dependencies) out.push_back(d.name);
    return out;
}

}  // namespace

TEST_CASE("Pipfile packages, dev-packages, table forms and python_version", "[pipfile]") {
    const auto m = marked(R"([[source]]
url = "https://pypi.org/simple"
name = "pypi"

[packages]
««flask» = "*"»
requests = {version = ">=2.0", extras = ["socks"]}
pywin32 = {version = "*", sys_platform = "== 'win32'"}
mylib = {git = "https://github.com/example/mylib.git", ref = "main", editable = true}
pinned = "1.2.3"

[dev-packages]
pytest = "~=8.0"

[requires]
python_version = «"3.11"»
)");
    const PythonManifest p = parsePipfile(m.text);
    CHECK(p.problems.empty());
    CHECK(p.kind == PythonManifestKind::Pipfile);
    CHECK(depNames(p) == std::vector<std::string>{"flask", "requests", "pywin32", "mylib", "pinned", "pytest"});
    CHECK(p.dependencies[0].range == m.ranges[0]);
    CHECK(p.dependencies[0].nameRange == m.ranges[1]);
    CHECK(p.dependencies[0].specifier.empty());
    CHECK(p.dependencies[1].specifier == ">=2.0");
    CHECK(p.dependencies[1].extras == std::vector<std::string>{"socks"});
    CHECK(p.dependencies[2].marker == std::optional<std::string>(R"(sys_platform == "win32")"));
    CHECK(p.dependencies[3].url == std::optional<std::string>("git+https://github.com/example/mylib.git@main"));
    CHECK(p.dependencies[4].specifier == "==1.2.3");
    CHECK(p.dependencies[5].dev);
    CHECK(p.dependencies[5].section == "dev-packages");
    REQUIRE(p.requiresPython);
    CHECK(p.requiresPython->text == "3.11");
    CHECK(p.requiresPython->range == m.ranges[2]);
}

TEST_CASE("Pipfile: bad versions and a syntax error", "[pipfile]") {
    const PythonManifest bad = parsePipfile("[packages]\nflask = \">>1\"\n");
    REQUIRE(bad.problems.size() == 1);
    CHECK(bad.problems[0].line == 2);
    CHECK_FALSE(parsePipfile("[packages\nflask = \"*\"\n").parsed);
}

TEST_CASE("setup.cfg metadata, install_requires and extras with exact ranges", "[setup.cfg]") {
    const auto m = marked(R"([metadata]
name = «demo»
description = Train models on tabular data
keywords = ml, «tabular»
classifiers =
    Topic :: Scientific/Engineering :: Artificial Intelligence
    # a comment inside the value
    Programming Language :: Python :: 3

[options]
python_requires = >=3.9
install_requires =
    «««numpy»>=1.24»»
    pandas ; python_version >= "3.9"

    scikit-learn  # inline comment

[options.extras_require]
test = pytest; coverage
gpu =
    torch
)");
    const PythonManifest p = parseSetupCfg(m.text);
    CHECK(p.kind == PythonManifestKind::SetupCfg);
    REQUIRE(p.name);
    CHECK(p.name->text == "demo");
    CHECK(p.name->range == m.ranges[0]);
    CHECK(p.description->text == "Train models on tabular data");
    REQUIRE(p.keywords.size() == 2);
    CHECK(p.keywords[1].range == m.ranges[1]);
    REQUIRE(p.classifiers.size() == 2);
    CHECK(p.classifiers[1].text == "Programming Language :: Python :: 3");
    CHECK(p.requiresPython->text == ">=3.9");
    CHECK(depNames(p) == std::vector<std::string>{"numpy", "pandas", "scikit-learn", "pytest", "coverage", "torch"});
    CHECK(p.dependencies[0].range == m.ranges[2]);
    CHECK(p.dependencies[0].nameRange == m.ranges[4]);
    CHECK(p.dependencies[0].specifier == ">=1.24");
    CHECK(p.dependencies[1].marker == std::optional<std::string>(R"(python_version >= "3.9")"));
    CHECK(p.dependencies[3].group == "test");
    CHECK(p.dependencies[3].dev);
    CHECK(p.dependencies[3].optional);
    CHECK_FALSE(p.dependencies[5].dev);
    // The inline comment and the one-line `test` extra split at ';' are warnings.
    REQUIRE(p.problems.size() == 2);
    CHECK(p.problems[0].line == 16);
    CHECK(p.problems[1].line == 19);
}

TEST_CASE("setup.cfg oddities: file: values, lines outside sections, dashed keys", "[setup.cfg]") {
    const PythonManifest p = parseSetupCfg(R"(stray line
[metadata]
long-description = file: README.md
classifiers = file: classifiers.txt
[options]
install-requires =
  click
not a key line
)");
    CHECK(depNames(p) == std::vector<std::string>{"click"});
    CHECK(p.problems.size() == 3);
}

TEST_CASE("setup.cfg: a marker cut off by the end of the file stays inside the text", "[setup.cfg][robustness]") {
    const std::string text = "[options]\ninstall_requires =\n    flask; python_version >=";
    const PythonManifest p = parseSetupCfg(text);
    REQUIRE(p.problems.size() == 1);
    CHECK(p.problems[0].range.end <= text.size());
    CHECK(p.problems[0].range.begin <= p.problems[0].range.end);
}
