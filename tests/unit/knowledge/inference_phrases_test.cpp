// Use-case phrases are reused between calls only while the knowledge base names use cases the same way.
#include <catch2/catch.hpp>

#include "knowledge/inference.h"
#include "test_support.h"

using namespace stackls::knowledge;
using namespace stackls::knowledge::test;

namespace {

bool infers(const KnowledgeBase& kb, const ProjectInput& project, const std::string& id) {
    for (const auto& u : inferUseCases(kb, project))
        if (u.id == id) return true;
    return false;
}

}  // namespace

TEST_CASE("a synonym added to a copy of the knowledge base counts at once, and is gone with the copy") {
    const KnowledgeBase& base = fixtureKnowledge();
    REQUIRE(!base.useCases.empty());
    const std::string id = base.useCases.front().id;
    auto project = makeProject({std::string(R"({"name": "x", "keywords": ["zorblax quux"]})"), {}, {}, {}});

    CHECK_FALSE(infers(base, project, id));  // fills the phrases for the base
    KnowledgeBase changed = base;
    changed.useCases.front().synonyms.push_back("zorblax quux");
    changed.reindex();
    CHECK(infers(changed, project, id));
    CHECK_FALSE(infers(base, project, id));
    CHECK(infers(changed, project, id));
}
