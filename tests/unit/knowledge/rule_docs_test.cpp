// Every rule has its texts for reports and a section in docs/rules.md.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "knowledge/findings.h"
#include "knowledge/rule_docs.h"

using namespace stackls::knowledge;

TEST_CASE("every rule has a name distinct from its id, a description, a fix and tags") {
    for (const auto& r : rules()) {
        INFO(r.id);
        const auto* d = ruleDoc(r.id);
        REQUIRE(d);
        CHECK(d->name != r.id);
        CHECK(!d->description.empty());
        CHECK(!d->fix.empty());
        CHECK(!d->tags.empty());
    }
    CHECK(ruleDoc("no-such-rule") == nullptr);
}

TEST_CASE("docs/rules.md has a section for every rule") {
    std::ifstream in(STACKLS_TEST_DATA "/../../docs/rules.md");
    REQUIRE(in);
    std::stringstream text;
    text << in.rdbuf();
    for (const auto& r : rules()) {
        INFO(r.id);
        CHECK(text.str().find("\n## " + std::string(r.id) + "\n") != std::string::npos);
    }
}
