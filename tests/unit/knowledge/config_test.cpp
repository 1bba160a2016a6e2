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
