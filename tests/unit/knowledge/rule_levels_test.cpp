// Rule severities from the project's files, the editor setting and the CLI, with their precedence.
#include <catch2/catch.hpp>

#include "knowledge/advisor.h"
#include "test_support.h"

using namespace stackls::knowledge;
using namespace stackls::knowledge::test;

namespace {

// An empty package.json: one no-dependencies finding (information by default).
const char* kEmptyPackage = R"({"name": "x"})";

std::optional<Severity> levelOf(const ProjectReport& report, std::string_view rule) {
    if (const auto* f = findRule(report.findings, rule)) return f->severity;
    return std::nullopt;
}

}  // namespace

TEST_CASE("no-dependencies is information by default, not an error") {
    auto report = advise(fixtureKnowledge(), makeProject({kEmptyPackage, {}, {}, {}}));
    CHECK(levelOf(report, rule::kNoDependencies) == Severity::Information);
}

TEST_CASE(".stackls.json rules set severities and turn rules off") {
    auto report = advise(fixtureKnowledge(), makeProject({kEmptyPackage, {}, R"({"rules": {"no-dependencies": "error"}})", {}}));
    CHECK(levelOf(report, rule::kNoDependencies) == Severity::Error);

    report = advise(fixtureKnowledge(), makeProject({kEmptyPackage, {}, R"({"rules": {"no-dependencies": "off"}})", {}}));
    CHECK(ruleIds(report.findings).empty());
    CHECK(report.ignoredRules == std::vector<std::string>{"no-dependencies"});
}

TEST_CASE("package.json's stackls.rules comes before .stackls.json; a rules entry beats its file's ignore") {
    auto report = advise(fixtureKnowledge(),
                         makeProject({R"({"name": "x", "stackls": {"rules": {"no-dependencies": "hint"}}})", {},
                                      R"({"rules": {"no-dependencies": "error"}})", {}}));
    CHECK(levelOf(report, rule::kNoDependencies) == Severity::Hint);

    report = advise(fixtureKnowledge(),
                    makeProject({kEmptyPackage, {}, R"({"ignore": ["no-dependencies"], "rules": {"no-dependencies": "warning"}})", {}}));
    CHECK(levelOf(report, rule::kNoDependencies) == Severity::Warning);
}

TEST_CASE("CLI flags beat the project's files, which beat the editor setting") {
    const auto project = makeProject({kEmptyPackage, {}, R"({"rules": {"no-dependencies": "warning"}})", {}});
    AdviceOptions options;
    options.settingRules["no-dependencies"] = Severity::Error;
    CHECK(levelOf(advise(fixtureKnowledge(), project, options), rule::kNoDependencies) == Severity::Warning);

    options.cliRules["no-dependencies"] = std::nullopt;  // --ignore no-dependencies
    CHECK(advise(fixtureKnowledge(), project, options).findings.empty());

    AdviceOptions setting;
    setting.settingRules["no-dependencies"] = Severity::Error;
    CHECK(levelOf(advise(fixtureKnowledge(), makeProject({kEmptyPackage, {}, {}, {}}), setting), rule::kNoDependencies) ==
          Severity::Error);
}

TEST_CASE("--select reports only the rules it names") {
    const auto project = makeProject({R"({"dependencies": {"@tensorflow/tfjs-node": "4"}})", {}, {}, {}});
    AdviceOptions options;
    REQUIRE(ruleIds(advise(fixtureKnowledge(), project, options).findings) ==
            std::vector<std::string>{"dependency-against-stack", "inferred-use-case-mismatch"});
    options.cliSelect = std::vector<std::string>{"inferred-use-case-mismatch"};
    CHECK(ruleIds(advise(fixtureKnowledge(), project, options).findings) == std::vector<std::string>{"inferred-use-case-mismatch"});
}

TEST_CASE("unknown rule ids and severities in rules become invalid-config findings at the entry") {
    auto m = marked(R"({"rules": {[["no-such-rule"]]: "off", "no-dependencies": "loud"}})");
    auto report = advise(fixtureKnowledge(), makeProject({kEmptyPackage, {}, m.text, {}}));
    REQUIRE(ruleIds(report.findings) == std::vector<std::string>{"invalid-config", "invalid-config", "no-dependencies"});
    CHECK(report.findings[0].range == m.range);
    CHECK(report.findings[0].severity == Severity::Warning);
    CHECK(report.findings[0].message == "unknown rule id \"no-such-rule\" in rules");
    CHECK(report.findings[1].severity == Severity::Error);
    CHECK(report.findings[1].message ==
          "the severity of \"no-dependencies\" must be \"error\", \"warning\", \"information\", \"hint\" or \"off\"");
    CHECK(levelOf(report, rule::kNoDependencies) == Severity::Information);
}
