// User knowledge files: valid ones add packages and override fits; broken ones report JSON paths and change nothing.
#include <catch2/catch.hpp>

#include "knowledge/advisor.h"
#include "knowledge/user_knowledge.h"
#include "test_support.h"

using namespace stackls::knowledge;
using namespace stackls::knowledge::test;

TEST_CASE("a valid file adds packages and overrides fits") {
    KnowledgeBase kb = fixtureKnowledge();
    auto errors = applyUserKnowledge(kb, R"({
        "packages": {"npm": [{"name": "our-ml-client", "role": "ml client", "summary": "Internal model client.",
                              "signals": {"ai-ml": 0.9}, "equivalents": ["torch"]}]},
        "fits": {"ai-ml": {"node": {"level": "fits", "reason": "We only call hosted models."}}}
    })", "team.json");
    REQUIRE(errors.empty());
    const auto* p = kb.package(Tech::Node, "our-ml-client");
    REQUIRE(p);
    CHECK(p->origin == "team.json");
    CHECK(kb.useCase("ai-ml")->fit[idx(Tech::Node)].level == FitLevel::Fits);
    CHECK(kb.useCase("ai-ml")->fit[idx(Tech::Node)].overriddenBy == "team.json");
}

TEST_CASE("broken files report where, and leave the knowledge base untouched") {
    struct Bad {
        const char* text;
        const char* path;
    };
    const Bad cases[] = {
        {R"({"fits": {"ai-ml": {"node": "great"}}})", R"($.fits["ai-ml"].node)"},
        {R"({"fits": {"blockchain": {"node": "fits"}}})", "$.fits.blockchain"},
        {R"({"fits": {"ai-ml": {"ruby": "fits"}}})", R"($.fits["ai-ml"].ruby)"},
        {R"({"packages": {"npm": [{"name": "x", "role": "r", "summary": "s", "signals": {}}]}})", "$.packages.npm[0].signals"},
        {R"({"packages": {"npm": [{"name": "x", "role": "r", "summary": "s", "signals": {"web": 3}}]}})", "$.packages.npm[0].signals.web"},
        {R"({"packages": {"pypi": [{"name": "Flask_Thing", "role": "r", "summary": "s", "signals": {"web": 0.3}}]}})", "$.packages.pypi[0].name"},
        {R"({"packages": {"cargo": []}})", "$.packages.cargo"},
        {R"({"packages": {"npm": [{"name": "x", "role": "r", "summary": "s", "signals": {"web": 0.3}, "equivalents": ["nope"]}]}})", "equivalents"},
        {R"({"pakages": {}})", "$.pakages"},
        {R"([1, 2])", "$"},
        {R"({"fits": )", "line 1"},
        {"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[", "nesting"},
    };
    for (const auto& c : cases) {
        SECTION(c.text) {
            KnowledgeBase kb = fixtureKnowledge();
            auto errors = applyUserKnowledge(kb, c.text, "team.json");
            REQUIRE(!errors.empty());
            std::string all;
            for (const auto& e : errors) all += e.toString() + "\n";
            INFO(all);
            CHECK(all.find(c.path) != std::string::npos);
            CHECK(all.find("team.json") != std::string::npos);
            CHECK(kb.useCase("ai-ml")->fit[idx(Tech::Node)].level == FitLevel::Weak);
            CHECK(kb.package(Tech::Node, "x") == nullptr);
        }
    }
}

TEST_CASE("a project's knowledge file changes that project's advice only") {
    ProjectTexts texts{R"({"stackls": {"useCase": "ai-ml"}, "dependencies": {"express": "4"}})", {},
                       R"({"knowledge": "knowledge.json"})", R"({"fits": {"ai-ml": {"node": "strong"}}})"};
    auto report = advise(fixtureKnowledge(), makeProject(texts));
    CHECK(findRule(report.findings, rule::kUseCaseMismatch) == nullptr);
    // The shared knowledge base is unchanged.
    CHECK(fixtureKnowledge().useCase("ai-ml")->fit[idx(Tech::Node)].level == FitLevel::Weak);
    texts.knowledge.reset();
    report = advise(fixtureKnowledge(), makeProject(texts));
    CHECK(findRule(report.findings, rule::kUseCaseMismatch) != nullptr);
}

TEST_CASE("a knowledge file the caller could not read is reported at the config's knowledge member") {
    auto m = marked(R"({"knowledge": [["missing.json"]]})");
    auto project = makeProject({std::string(R"({"dependencies": {"express": "4"}})"), {}, m.text, {}});
    project.knowledgeReadError = "cannot read missing.json";
    auto report = advise(fixtureKnowledge(), project);
    const auto* f = findRule(report.findings, rule::kInvalidConfig);
    REQUIRE(f);
    CHECK(f->file == ".stackls.json");
    CHECK(f->range.begin == m.range.begin);
}
