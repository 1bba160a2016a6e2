// Inference: confidence from weighted evidence, evidence kinds and their locations.
#include <catch2/catch.hpp>

#include "knowledge/inference.h"
#include "test_support.h"

using namespace stackls::knowledge;
using namespace stackls::knowledge::test;

namespace {

const InferredUseCase* find(const std::vector<InferredUseCase>& list, const std::string& id) {
    for (const auto& u : list) {
        if (u.id == id) return &u;
    }
    return nullptr;
}

}  // namespace

TEST_CASE("dependency signals combine with a noisy-or and rank the use cases") {
    auto project = makeProject({{}, {"torch\nnumpy\nflask\n"}, {}, {}});
    auto inferred = inferUseCases(fixtureKnowledge(), project);
    REQUIRE(!inferred.empty());
    CHECK(inferred.front().id == "ai-ml");
    // torch 1.0 and numpy 0.3: 1 - (0 × 0.7) = 1.
    CHECK(inferred.front().confidence == Approx(1.0));
    const auto* numerical = find(inferred, "numerical-scientific");
    REQUIRE(numerical);
    CHECK(numerical->confidence == Approx(0.6));
    const auto* backend = find(inferred, "backend");
    REQUIRE(backend);
    CHECK(backend->confidence == Approx(0.6));
    REQUIRE(backend->evidence.size() == 1);
    CHECK(backend->evidence[0].text == "flask");
    CHECK(backend->evidence[0].file == "requirements.txt");
}

TEST_CASE("devDependencies count half") {
    auto project = makeProject({std::string(R"({"devDependencies": {"electron": "30"}})"), {}, {}, {}});
    auto inferred = inferUseCases(fixtureKnowledge(), project);
    const auto* desktop = find(inferred, "desktop");
    REQUIRE(desktop);
    CHECK(desktop->confidence == Approx(0.5));
}

TEST_CASE("keywords, description and name words are evidence with their own weights") {
    auto m = marked(R"({"name": "team-chat", "description": "A [[Discord-style chat]] for teams", "keywords": ["websocket"]})");
    auto project = makeProject({m.text, {}, {}, {}});
    auto inferred = inferUseCases(fixtureKnowledge(), project);
    const auto* rt = find(inferred, "realtime-collaboration");
    REQUIRE(rt);
    bool keyword = false, description = false, name = false;
    for (const auto& e : rt->evidence) {
        keyword |= e.kind == Evidence::Kind::Keyword && e.text == "websocket" && e.weight == Approx(0.5);
        description |= e.kind == Evidence::Kind::Description && e.weight == Approx(0.3);
        name |= e.kind == Evidence::Kind::Name && e.weight == Approx(0.2);
    }
    CHECK(keyword);
    CHECK(description);
    CHECK(name);
    // 1 - 0.5 × 0.7 × 0.8
    CHECK(rt->confidence == Approx(0.72));
}

TEST_CASE("short ambiguous words inside names are not evidence") {
    auto project = makeProject({std::string(R"({"name": "live-ai-tools"})"), {}, {}, {}});
    CHECK(inferUseCases(fixtureKnowledge(), project).empty());
}

TEST_CASE("a package listed twice counts once") {
    auto project = makeProject({{}, {"torch\n", "torch==2.1\n"}, {}, {}});
    auto inferred = inferUseCases(fixtureKnowledge(), project);
    REQUIRE(!inferred.empty());
    CHECK(inferred.front().evidence.size() == 1);
}
