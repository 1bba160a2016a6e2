// Recommendation: scores from fits and dimensions, node/python/split, reasons with citations.
#include <catch2/catch.hpp>

#include <sstream>

#include "knowledge/loader.h"
#include "knowledge/recommendation.h"
#include "knowledge/report/recommendation_json.h"
#include "knowledge/report/report_markdown.h"

using namespace stackls::knowledge;

TEST_CASE("the recommended stack follows the fits") {
    struct Case {
        std::vector<std::string> ids;
        StackChoice stack;
    };
    const Case cases[] = {
        {{"ai-ml"}, StackChoice::Python},
        {{"realtime-collaboration"}, StackChoice::Node},
        {{"realtime-collaboration", "ai-ml"}, StackChoice::Split},
        {{"streaming", "voice-image-recognition"}, StackChoice::Split},
        {{"microservices", "cloud"}, StackChoice::Node},
        {{"numerical-scientific", "web"}, StackChoice::Python},
        {{"mobile"}, StackChoice::Node},
    };
    for (const auto& c : cases) {
        std::string name;
        for (const auto& id : c.ids) name += id + " ";
        SECTION(name) {
            auto rec = recommend(builtinKnowledge(), c.ids);
            CHECK(rec.stack == c.stack);
            CHECK(rec.useCases == c.ids);
            CHECK(!rec.reasons.empty());
        }
    }
}

TEST_CASE("scores combine the fit value and the weighted dimension scores") {
    const auto& kb = builtinKnowledge();
    auto rec = recommend(kb, {"ai-ml"});
    const auto* u = kb.useCase("ai-ml");
    double weight = 0, node = 0, python = 0;
    for (const auto& [id, w] : u->dimensions) {
        weight += w;
        node += w * kb.dimension(id)->sides[0].score;
        python += w * kb.dimension(id)->sides[1].score;
    }
    CHECK(rec.scores[0] == Approx(0.7 * kb.fitValue(u->fit[0].level) + 0.3 * node / weight).margin(0.006));
    CHECK(rec.scores[1] == Approx(0.7 * kb.fitValue(u->fit[1].level) + 0.3 * python / weight).margin(0.006));
    CHECK(rec.scores[1] > rec.scores[0]);
    // Every dimension is charted; those ai-ml cares about carry its weight.
    CHECK(rec.dimensions.size() == kb.dimensions.size());
    for (const auto& d : rec.dimensions) {
        if (d.id == "additional-tools") CHECK(d.weight == Approx(1.0));
        if (d.id == "speed") CHECK(d.weight == Approx(0.0));
    }
}

TEST_CASE("a split says which part goes where and what helps the weaker side") {
    auto rec = recommend(builtinKnowledge(), {"realtime-collaboration", "ai-ml", "backend"});
    REQUIRE(rec.stack == StackChoice::Split);
    CHECK(rec.split[idx(Tech::Node)] == std::vector<std::string>{"realtime-collaboration"});
    CHECK(rec.split[idx(Tech::Python)] == std::vector<std::string>{"ai-ml"});
    CHECK(rec.either == std::vector<std::string>{"backend"});
    bool pythonRealtime = false, nodeMl = false;
    for (const auto& m : rec.mitigations) {
        pythonRealtime |= m.tech == Tech::Python && m.useCase == "realtime-collaboration";
        nodeMl |= m.tech == Tech::Node && m.useCase == "ai-ml";
    }
    CHECK(pythonRealtime);
    CHECK(nodeMl);
}

TEST_CASE("reasons cite knowledge entries with their source sections") {
    auto rec = recommend(builtinKnowledge(), {"memory-intensive"});
    bool citesMemoryChallenge = false;
    for (const auto& r : rec.reasons) {
        for (const auto& c : r.citations) {
            if (c.ref == "challenge:python.memory") {
                citesMemoryChallenge = true;
                CHECK(c.source.section == "Challenges with Python");
                CHECK(c.label == "Python challenge: High memory consumption");
            }
        }
    }
    CHECK(citesMemoryChallenge);
}

TEST_CASE("ties go to the current stack; unknown ids are skipped") {
    auto rec = recommend(builtinKnowledge(), {"backend"}, Tech::Python);
    CHECK(rec.stack == StackChoice::Python);
    auto none = recommend(builtinKnowledge(), {"nope"});
    CHECK(none.useCases.empty());
    CHECK(none.scores[0] == 0);
}

TEST_CASE("markdown renders the verdict, the table and the sources") {
    const auto& kb = builtinKnowledge();
    auto md = recommendationMarkdown(kb, recommend(kb, {"realtime-collaboration", "ai-ml"}));
    CHECK(md.find("split") != std::string::npos);
    CHECK(md.find("| Real-time collaboration tools and chats |") != std::string::npos);
    CHECK(md.find("nodejs-vs-python") != std::string::npos);
    auto cmp = useCaseComparisonMarkdown(kb, "ai-ml");
    CHECK(cmp.find("Additional tools") != std::string::npos);
    CHECK(cmp.find("weak") != std::string::npos);
}

TEST_CASE("the recommendation's JSON: the CLI's streamed text and the language server's tree hold the same") {
    const auto& kb = builtinKnowledge();
    const std::vector<std::vector<std::string>> idSets = {{"realtime-collaboration", "ai-ml", "backend"}, {"ai-ml"}};
    for (const auto& ids : idSets) {
        const auto rec = recommend(kb, ids, Tech::Node);
        std::ostringstream text;
        {
            stackls::support::JsonWriter w(text);
            writeRecommendation(w, kb, rec);
        }
        const nlohmann::json tree = recommendationToJson(kb, rec);
        CHECK(nlohmann::json::parse(text.str()) == tree);
        CHECK(tree["stack"] == std::string(stackChoiceName(rec.stack)));
        CHECK(tree["current"] == "node");
        CHECK(tree["useCases"] == ids);
        CHECK(tree["scores"]["python"].get<double>() == rec.scores[1]);
        REQUIRE(tree["reasons"].size() == rec.reasons.size());
        CHECK(tree["reasons"][0]["citations"].size() == rec.reasons[0].citations.size());
        CHECK(tree["source"]["doc"] == "nodejs-vs-python");
    }
}
