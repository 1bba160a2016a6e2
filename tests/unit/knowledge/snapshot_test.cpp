// The embedded snapshot is exactly what the loader makes of the data files, and damage is refused.
#include <catch2/catch.hpp>

#include <stdexcept>

#include "knowledge/embedded_data.h"
#include "knowledge/loader.h"
#include "knowledge/snapshot.h"

using namespace stackls::knowledge;

namespace {

KnowledgeBase loadedFromJson() {
    std::vector<DataFile> files;
    for (const auto& f : embeddedDataFiles()) files.push_back({std::string(f.name), f.text});
    auto result = loadKnowledge(files);
    REQUIRE(result.ok());
    return result.kb;
}

}  // namespace

TEST_CASE("the embedded snapshot matches the data files it was built from") {
    // A stale or hand-edited snapshot would differ byte for byte from a fresh one.
    CHECK(writeSnapshot(loadedFromJson()) == std::string(embeddedSnapshot()));
}

TEST_CASE("a snapshot reads back into an equal knowledge base, lookups included") {
    auto kb = loadedFromJson();
    kb.packages[idx(Tech::Node)][0].origin = "user.json";
    kb.useCases[0].fit[idx(Tech::Python)].level = FitLevel::Strong;
    kb.dimensions[0].sides[idx(Tech::Node)].score = 0.125;
    auto back = readSnapshot(writeSnapshot(kb));
    // Compared field by field through the structs' own ==, not through the snapshot's
    // field list, so a field the snapshot forgets makes the two differ.
    CHECK(back == kb);
    CHECK(back.packages[idx(Tech::Node)][0].origin == "user.json");
    // The indexes are rebuilt, not carried: a pypi lookup normalises the name.
    REQUIRE(back.package(Tech::Python, "Flask_SocketIO"));
    CHECK(back.package(Tech::Python, "Flask_SocketIO")->name == "flask-socketio");
    CHECK(back.useCase(kb.useCases.back().id) != nullptr);
}

TEST_CASE("builtinKnowledge is the snapshot's content") {
    CHECK(writeSnapshot(builtinKnowledge()) == std::string(embeddedSnapshot()));
}

TEST_CASE("a damaged snapshot is refused, never half-read") {
    const std::string good(embeddedSnapshot());
    SECTION("every truncation") {
        // Cutting anywhere must throw; sample the positions to keep the test quick.
        for (std::size_t cut = 0; cut < good.size(); cut += 997) {
            INFO("cut at " << cut);
            CHECK_THROWS_AS(readSnapshot(std::string_view(good).substr(0, cut)), std::runtime_error);
        }
        CHECK_THROWS_AS(readSnapshot(std::string_view(good).substr(0, good.size() - 1)), std::runtime_error);
    }
    SECTION("trailing bytes") { CHECK_THROWS_AS(readSnapshot(good + "x"), std::runtime_error); }
    SECTION("another format version") {
        auto other = good;
        other[10] = static_cast<char>(other[10] + 1);
        CHECK_THROWS_AS(readSnapshot(other), std::runtime_error);
    }
    SECTION("a count larger than the rest of the data") {
        KnowledgeBase tiny;
        auto bytes = writeSnapshot(tiny);
        // sourceTitle is empty (one length byte 0); claim 100 bytes instead.
        bytes[11] = 100;
        CHECK_THROWS_AS(readSnapshot(bytes), std::runtime_error);
    }
}
