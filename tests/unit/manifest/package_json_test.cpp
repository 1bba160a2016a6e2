// package.json model: fields, sections, ranges, the stackls block, and half-typed files.
#include <catch2/catch.hpp>

#include "knowledge/manifest/package_json.h"
#include "marked_text.h"

using namespace stackls::manifest;
using stackls::manifest::test::marked;

namespace {

std::vector<std::string> names(const PackageJson& p) {
    std::vector<std::string> out;
    for (const auto& d : p.dependencies) out.push_back(d.name);
    return out;
}

}  // namespace

TEST_CASE("package.json fields and dependency ranges", "[package.json]") {
    const auto m = marked(R"({
  "name": «"demo"»,
  "description": "A demo",
  "keywords": ["api", "cli"],
  "engines": {"node": ">=18"},
  "dependencies": «{
    «««"express"»: «"^4.18.2"»»»
  }»,
  "devDependencies": {"jest": "^29.0.0"},
  "peerDependencies": {"react": "*"},
  "optionalDependencies": {"fsevents": "2"},
  "workspaces": ["packages/*"]
})");
    const PackageJson p = parsePackageJson(m.text);
    CHECK(p.problems.empty());
    REQUIRE(p.name);
    CHECK(p.name->text == "demo");
    CHECK(p.name->range == m.ranges[0]);
    CHECK(p.description->text == "A demo");
    REQUIRE(p.keywords.size() == 2);
    CHECK(p.keywords[1].text == "cli");
    REQUIRE(p.engines.size() == 1);
    CHECK(p.engines[0].first.text == "node");
    CHECK(p.engines[0].second.text == ">=18");
    CHECK(names(p) == std::vector<std::string>{"express", "jest", "react", "fsevents"});
    const NpmDependency& express = p.dependencies[0];
    CHECK(express.spec == "^4.18.2");
    CHECK(express.section == DependencySection::Dependencies);
    CHECK(express.memberRange == m.ranges[2]);
    CHECK(express.keyRange == m.ranges[4]);
    CHECK(express.valueRange == m.ranges[5]);
    CHECK(p.dependencies[1].section == DependencySection::DevDependencies);
    CHECK(p.dependencies[2].section == DependencySection::PeerDependencies);
    CHECK(p.dependencies[3].section == DependencySection::OptionalDependencies);
    REQUIRE(p.sections.count(DependencySection::Dependencies));
    CHECK(p.sections.at(DependencySection::Dependencies).range == m.ranges[1]);
    CHECK(p.sections.at(DependencySection::Dependencies).memberCount == 1);
    CHECK(p.sections.at(DependencySection::Dependencies).closed);
    REQUIRE(p.workspaces.size() == 1);
    CHECK(p.workspaces[0].text == "packages/*");
    REQUIRE(p.root);
    CHECK(p.root->memberCount == 9);
}

TEST_CASE("workspaces as an object with packages", "[package.json]") {
    const PackageJson p = parsePackageJson(R"({"workspaces": {"packages": ["a", "b/*"], "nohoist": []}})");
    REQUIRE(p.workspaces.size() == 2);
    CHECK(p.workspaces[1].text == "b/*");
}

TEST_CASE("the stackls block: useCase as a string or a list, and ignore", "[package.json][stackls]") {
    const auto m = marked(R"({"stackls": «{«"useCase": [«"web-api"», «"cli"»]», "ignore": [«"node-cpu-bound"»]}»})");
    const PackageJson p = parsePackageJson(m.text);
    CHECK(p.problems.empty());
    REQUIRE(p.stackls);
    REQUIRE(p.stackls->useCase);
    CHECK(p.stackls->object.range == m.ranges[0]);
    CHECK(p.stackls->useCase->range == m.ranges[1]);
    REQUIRE(p.stackls->useCase->ids.size() == 2);
    CHECK(p.stackls->useCase->ids[0].text == "web-api");
    CHECK(p.stackls->useCase->ids[0].range == m.ranges[2]);
    CHECK(p.stackls->useCase->ids[1].range == m.ranges[3]);
    REQUIRE(p.stackls->ignore.size() == 1);
    CHECK(p.stackls->ignore[0].range == m.ranges[4]);

    const PackageJson single = parsePackageJson(R"({"stackls": {"useCase": "data-science"}})");
    REQUIRE(single.stackls->useCase);
    REQUIRE(single.stackls->useCase->ids.size() == 1);
    CHECK(single.stackls->useCase->ids[0].text == "data-science");
}

struct Broken {
    const char* name;
    const char* text;
    std::vector<std::string> deps;
};

TEST_CASE("dependencies that are intact survive a half-typed file", "[package.json][typing]") {
    const std::vector<Broken> cases = {
        {"missing comma", "{\"dependencies\": {\"express\": \"^4\"\n \"lodash\": \"^4\"}}", {"express", "lodash"}},
        {"typing a new name", "{\"dependencies\": {\"express\": \"^4\", \"lod", {"express"}},
        {"typing a version", "{\"dependencies\": {\"express\": \"^4\", \"lodash\": \"^4.1", {"express", "lodash"}},
        {"name typed, no value yet", "{\"dependencies\": {\"express\": \"^4\", \"lodash\": }", {"express"}},
        {"name and colon", "{\"dependencies\": {\"express\": \"^4\", \"lodash\":", {"express"}},
        {"trailing comma", "{\"dependencies\": {\"express\": \"^4\",}, \"devDependencies\": {\"jest\": \"1\"}}", {"express", "jest"}},
        {"comment", "{\"dependencies\": {\n// web\n\"express\": \"^4\"}}", {"express"}},
        {"unclosed file", "{\"name\": \"x\", \"dependencies\": {\"express\": \"^4\", \"koa\": \"2\"", {"express", "koa"}},
    };
    for (const auto& c : cases) {
        INFO(c.name);
        const PackageJson p = parsePackageJson(c.text);
        CHECK(names(p) == c.deps);
        CHECK(!p.problems.empty());
    }
}

TEST_CASE("wrong types are problems, not crashes", "[package.json]") {
    const PackageJson p = parsePackageJson(R"({"name": 5, "keywords": "x", "dependencies": {"a": 1, "b": "2"}, "engines": []})");
    CHECK(!p.name);
    CHECK(p.keywords.empty());
    REQUIRE(p.dependencies.size() == 2);
    CHECK(p.dependencies[0].spec.empty());
    CHECK(p.dependencies[1].spec == "2");
    CHECK(p.problems.size() == 4);

    const PackageJson notObject = parsePackageJson("[1, 2]");
    CHECK(!notObject.root);
    CHECK(notObject.problems.size() == 1);
}

TEST_CASE("duplicate dependencies keep the last and warn", "[package.json]") {
    const PackageJson p = parsePackageJson(R"({"dependencies": {"a": "1", "a": "2"}})");
    REQUIRE(p.dependencies.size() == 1);
    CHECK(p.dependencies[0].spec == "2");
    REQUIRE(p.problems.size() == 1);
    CHECK(p.problems[0].severity == Problem::Severity::Warning);
}

TEST_CASE("an unclosed section reports where it would close", "[package.json][typing]") {
    const std::string text = "{\"dependencies\": {\"a\": \"1\"";
    const PackageJson p = parsePackageJson(text);
    REQUIRE(p.sections.count(DependencySection::Dependencies));
    const ObjectSpan& s = p.sections.at(DependencySection::Dependencies);
    CHECK(!s.closed);
    CHECK(s.range.end == text.size());
}
