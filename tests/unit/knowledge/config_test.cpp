// .stackls.json reading: members, ranges, and problems for everything else.
#include <catch2/catch.hpp>

#include "knowledge/stackls_config.h"
#include "test_support.h"

using namespace stackls::knowledge;
using namespace stackls::knowledge::test;

TEST_CASE(".stackls.json members are read with ranges") {
    auto m = marked(R"({"useCase": ["web", [["iot"]]], "ignore": ["no-dependencies"], "knowledge": "k.json"})");
    auto config = parseStacklsConfig(m.text);
    CHECK(config.problems.empty());
    REQUIRE(config.useCase);
    REQUIRE(config.useCase->ids.size() == 2);
    CHECK(config.useCase->ids[1].text == "iot");
    CHECK(config.useCase->ids[1].range == m.range);
    REQUIRE(config.ignore.size() == 1);
    CHECK(config.ignore[0].text == "no-dependencies");
    REQUIRE(config.knowledge);
    CHECK(config.knowledge->text == "k.json");
    REQUIRE(config.root);
    CHECK(config.root->memberCount == 3);
}

TEST_CASE("malformed .stackls.json files become problems, never exceptions") {
    const char* texts[] = {"", "[]", "{\"useCase\": 3}", "{\"useCase\": [1]}", "{\"ignore\": \"x\"}",
                           "{\"knowledge\": {}}", "{\"usecase\": \"web\"}", "{\"useCase\": \"web\"", "\x01\xff"};
    for (const char* t : texts) {
        INFO(t);
        auto config = parseStacklsConfig(t);
        CHECK(!config.problems.empty());
    }
}

TEST_CASE(".stackls.json rules and exclude are read as written") {
    auto m = marked(R"({"rules": {[["no-dependencies"]]: "off", "use-case-mismatch": 3}, "exclude": ["vendor/**"]})");
    auto config = parseStacklsConfig(m.text);
    CHECK(config.problems.empty());
    REQUIRE(config.rules.size() == 2);
    CHECK(config.rules[0].rule.text == "no-dependencies");
    CHECK(config.rules[0].rule.range == m.range);
    CHECK(config.rules[0].level.text == "off");
    CHECK(config.rules[1].level.text.empty());  // not a string: the advisor reports it
    REQUIRE(config.exclude.size() == 1);
    CHECK(config.exclude[0].text == "vendor/**");

    for (const char* t : {R"({"rules": []})", R"({"exclude": "vendor"})", R"({"exclude": [""]})", R"({"exclude": [1]})"}) {
        INFO(t);
        CHECK(!parseStacklsConfig(t).problems.empty());
    }
    auto unknown = parseStacklsConfig(R"({"severity": {}})");
    REQUIRE(unknown.problems.size() == 1);
    CHECK(unknown.problems[0].message == "unknown member \"severity\" (expected useCase, ignore, rules, exclude or knowledge)");
}
