// The advisor never throws and stays fast on hostile or half-typed input.
#include <catch2/catch.hpp>

#include <chrono>
#include <random>

#include "knowledge/advisor.h"
#include "test_support.h"

using namespace stackls::knowledge;
using namespace stackls::knowledge::test;

TEST_CASE("mutated manifests and configs never make the advisor throw") {
    const std::string seeds[] = {
        R"({"name": "x", "description": "a realtime chat", "keywords": ["ml"], "stackls": {"useCase": ["ai-ml", "web"], "ignore": ["no-dependencies"]}, "dependencies": {"express": "4", "@tensorflow/tfjs-node": "4"}})",
        "# stackls: use-case=realtime-collaboration,mobile\nflask==3\nflask-socketio\n-r other.txt\nkivy ; python_version<'3.12'\n",
        R"({"useCase": ["iot"], "ignore": ["use-case-mismatch"], "knowledge": "k.json"})",
    };
    std::mt19937 rng(1234);
    const std::string alphabet = "{}[]\":,\\ \n#=-abc\x01\xff\xe2\x82\xac";
    for (int round = 0; round < 600; ++round) {
        std::string texts[3];
        for (int k = 0; k < 3; ++k) {
            texts[k] = seeds[k];
            int edits = 1 + static_cast<int>(rng() % 6);
            for (int e = 0; e < edits && !texts[k].empty(); ++e) {
                std::size_t at = rng() % texts[k].size();
                switch (rng() % 3) {
                    case 0: texts[k].erase(at, 1 + rng() % 8); break;
                    case 1: texts[k].insert(at, 1, alphabet[rng() % alphabet.size()]); break;
                    default: texts[k].resize(at); break;
                }
            }
        }
        auto project = makeProject({texts[0], {texts[1]}, texts[2], std::string(R"({"fits": {"ai-ml": {"node": "fits"}}})")});
        AdviceOptions options;
        if (round % 5 == 0) options.cliUseCases = {"games"};
        INFO(texts[0] << "\n---\n" << texts[1] << "\n---\n" << texts[2]);
        CHECK_NOTHROW(advise(fixtureKnowledge(), project, options));
    }
}

TEST_CASE("many dependencies stay linear") {
    std::string pkg = R"({"dependencies": {)";
    for (int i = 0; i < 20000; ++i) pkg += (i ? ", " : "") + std::string("\"express") + std::to_string(i) + "\": \"1\"";
    pkg += R"(, "express": "4"}})";
    std::string req;
    for (int i = 0; i < 20000; ++i) req += "flask\n";
    auto project = makeProject({pkg, {req}, {}, {}});  // parsing is the manifest readers' business, not timed here
    auto start = std::chrono::steady_clock::now();
    auto report = advise(fixtureKnowledge(), project);
    auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    CHECK(seconds < 2.0);
    CHECK(!report.inferredUseCases.empty());
}
