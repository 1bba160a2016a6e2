// Fixes as data: applying them keeps JSON valid and produces the intended declaration or ignore entry.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "knowledge/advisor.h"
#include "knowledge/fixes.h"
#include "knowledge/stackls_config.h"
#include "test_support.h"

using namespace stackls::knowledge;
using namespace stackls::knowledge::test;

TEST_CASE("declaring a use case in package.json keeps it valid JSON in every shape") {
    const char* shapes[] = {
        "{}",
        R"({"name": "x"})",
        "{\n  \"name\": \"x\",\n  \"dependencies\": {\"express\": \"4\"}\n}\n",
        R"({"stackls": {}})",
        R"({"name": "x", "stackls": {"ignore": ["no-dependencies"]}})",
        R"({"stackls": {"useCase": "web"}, "name": "x"})",
        R"({"stackls": {"useCase": ["web", "nonsense"]}})",
    };
    for (const char* shape : shapes) {
        SECTION(shape) {
            auto project = makeProject({std::string(shape), {}, {}, {}});
            auto fix = declareUseCasesFix(project, nullptr, {"ai-ml", "iot"}, "Declare");
            REQUIRE(fix);
            auto fixed = applyFix(*fix, "package.json", shape);
            INFO(fixed);
            auto parsed = nlohmann::json::parse(fixed);  // throws if the edit broke the JSON
            CHECK(parsed["stackls"]["useCase"] == nlohmann::json::array({"ai-ml", "iot"}));
        }
    }
}

TEST_CASE("no fix is offered into an object that is still being typed") {
    auto project = makeProject({std::string(R"({"name": "x", )"), {}, {}, {}});
    CHECK_FALSE(declareUseCasesFix(project, nullptr, {"web"}, "Declare"));
    CHECK_FALSE(ignoreRuleFix(project, nullptr, "use-case-mismatch"));
}

TEST_CASE("declaring in a requirements file adds or replaces the comment line") {
    auto fresh = makeProject({{}, {"flask\n"}, {}, {}});
    auto fix = declareUseCasesFix(fresh, nullptr, {"web"}, "Declare");
    REQUIRE(fix);
    CHECK(applyFix(*fix, "requirements.txt", "flask\n") == "# stackls: use-case=web\nflask\n");

    const std::string declared = "flask\n# stackls: use-case=iot\n";
    auto existing = makeProject({{}, {declared}, {}, {}});
    fix = declareUseCasesFix(existing, nullptr, {"web", "backend"}, "Declare");
    REQUIRE(fix);
    CHECK(applyFix(*fix, "requirements.txt", declared) == "flask\n# stackls: use-case=web,backend\n");
}

TEST_CASE("ignoring a rule edits package.json's stackls.ignore in every shape") {
    const char* shapes[] = {
        R"({"name": "x"})",
        R"({"stackls": {"useCase": "web"}})",
        R"({"stackls": {"ignore": []}})",
        R"({"stackls": {"ignore": ["no-dependencies"]}})",
        "{}",
    };
    for (const char* shape : shapes) {
        SECTION(shape) {
            auto project = makeProject({std::string(shape), {}, {}, {}});
            auto fix = ignoreRuleFix(project, nullptr, "use-case-mismatch");
            REQUIRE(fix);
            auto parsed = nlohmann::json::parse(applyFix(*fix, "package.json", shape));
            auto ignore = parsed["stackls"]["ignore"];
            CHECK(std::find(ignore.begin(), ignore.end(), "use-case-mismatch") != ignore.end());
        }
    }
}

TEST_CASE("python-only projects ignore rules through .stackls.json, creating it when missing") {
    auto project = makeProject({{}, {"flask\n"}, {}, {}});
    auto fix = ignoreRuleFix(project, nullptr, "unsupported-use-case");
    REQUIRE(fix);
    REQUIRE(fix->creations.size() == 1);
    CHECK(fix->creations[0].file == ".stackls.json");
    auto created = nlohmann::json::parse(fix->creations[0].content);
    CHECK(created["ignore"] == nlohmann::json::array({"unsupported-use-case"}));

    const std::string existing = R"({"useCase": "web", "ignore": ["no-dependencies"]})";
    project = makeProject({{}, {"flask\n"}, existing, {}});
    auto config = parseStacklsConfig(existing);
    fix = ignoreRuleFix(project, &config, "unsupported-use-case");
    REQUIRE(fix);
    CHECK(fix->creations.empty());
    auto parsed = nlohmann::json::parse(applyFix(*fix, ".stackls.json", existing));
    CHECK(parsed["ignore"] == nlohmann::json::array({"no-dependencies", "unsupported-use-case"}));
}

TEST_CASE("every fix the advisor attaches applies cleanly") {
    // A project that triggers several rules at once.
    const std::string pkg = R"({"name": "bot", "stackls": {"useCase": ["ai-ml", "realtime-colaboration"]}, "dependencies": {"express": "4", "@tensorflow/tfjs-node": "4"}})";
    auto project = makeProject({pkg, {}, {}, {}});
    auto report = advise(fixtureKnowledge(), project);
    int applied = 0;
    for (const auto& f : report.findings) {
        for (const auto& fix : f.fixes) {
            INFO(f.rule << ": " << fix.title);
            auto fixed = applyFix(fix, "package.json", pkg);
            CHECK_NOTHROW(nlohmann::json::parse(fixed));
            ++applied;
        }
    }
    CHECK(applied >= 3);
    const auto* unknown = findRule(report.findings, rule::kUnknownUseCase);
    REQUIRE(unknown);
    REQUIRE(!unknown->fixes.empty());
    auto fixed = nlohmann::json::parse(applyFix(unknown->fixes[0], "package.json", pkg));
    CHECK(fixed["stackls"]["useCase"][1] == "realtime-collaboration");
}
