// Checks that the built-in knowledge carries every item of the seed article, and validates.
#include <catch2/catch.hpp>

#include <algorithm>
#include <set>
#include <string>

#include "knowledge/embedded_data.h"
#include "knowledge/knowledge_base.h"
#include "knowledge/loader.h"

using namespace stackls::knowledge;

namespace {

bool hasTitled(const std::vector<Entry>& entries, const std::string& title) {
    return std::any_of(entries.begin(), entries.end(), [&](const Entry& e) { return e.title == title; });
}

bool mentions(const std::vector<Entry>& entries, const std::string& word) {
    return std::any_of(entries.begin(), entries.end(),
                       [&](const Entry& e) { return e.text.find(word) != std::string::npos; });
}

}  // namespace

TEST_CASE("the embedded knowledge validates without errors") {
    std::vector<DataFile> files;
    for (const auto& f : embeddedDataFiles()) files.push_back({std::string(f.name), f.text});
    auto result = loadKnowledge(files);
    std::string all;
    for (const auto& e : result.errors) all += e.toString() + "\n";
    INFO(all);
    CHECK(result.ok());
}

TEST_CASE("every row of the seed's comparison table is present with both cells") {
    const auto& kb = builtinKnowledge();
    struct Row {
        const char* title;
        const char* node;
        const char* python;
    };
    // The table as the seed prints it: row title, Node.js cell, Python cell.
    const Row rows[] = {
        {"Technology essence", "runtime environment", "programming language"},
        {"Architecture", "event-driven", "not event-driven"},
        {"Speed and performance", "faster", "slower"},
        {"Syntax", "JavaScript", "simple and concise"},
        {"Scalability", "easily scalable", "not easily scalable"},
        {"Additional tools", "integrates with tools, libraries and frameworks",
         "integrates with other languages, tools, libraries and frameworks"},
        {"Learning curve", "low", "low"},
    };
    for (const auto& row : rows) {
        INFO(row.title);
        auto it = std::find_if(kb.dimensions.begin(), kb.dimensions.end(),
                               [&](const Dimension& d) { return d.title == row.title; });
        REQUIRE(it != kb.dimensions.end());
        CHECK(it->inTable);
        CHECK(it->sides[idx(Tech::Node)].position == row.node);
        CHECK(it->sides[idx(Tech::Python)].position == row.python);
        CHECK(!it->sides[idx(Tech::Node)].reasons.empty());
        CHECK(!it->sides[idx(Tech::Python)].reasons.empty());
        CHECK(it->source.doc == "nodejs-vs-python");
    }
    // Community has its own section in the text but no table row.
    REQUIRE(kb.dimension("community"));
    CHECK_FALSE(kb.dimension("community")->inTable);
}

TEST_CASE("every use case the seed lists for each technology is present") {
    const auto& kb = builtinKnowledge();
    const std::pair<Tech, const char*> listed[] = {
        {Tech::Node, "backend development"},
        {Tech::Node, "desktop, web and mobile apps"},
        {Tech::Node, "cross-platform apps"},
        {Tech::Node, "memory-intensive apps"},
        {Tech::Node, "real-time collaboration tools and chats"},
        {Tech::Node, "streaming web apps"},
        {Tech::Node, "data-driven single-page apps"},
        {Tech::Node, "IoT solutions"},
        {Tech::Node, "cloud solutions"},
        {Tech::Node, "microservices architecture"},
        {Tech::Python, "backend development"},
        {Tech::Python, "desktop, web and mobile apps"},
        {Tech::Python, "cross-platform apps"},
        {Tech::Python, "apps that do not require a lot of memory"},
        {Tech::Python, "numerical and scientific applications"},
        {Tech::Python, "AI and machine learning solutions"},
        {Tech::Python, "IoT apps"},
        {Tech::Python, "games"},
        {Tech::Python, "voice and image recognition software"},
        {Tech::Python, "3D modeling"},
    };
    for (const auto& item : listed) {
        // Not a structured binding: clang 14 (the sanitizer build) cannot capture one in a lambda.
        const Tech tech = item.first;
        const auto& label = item.second;
        INFO(techId(tech) << ": " << label);
        CHECK(std::any_of(kb.useCases.begin(), kb.useCases.end(),
                          [&](const UseCase& u) { return u.listed[idx(tech)] == label; }));
    }
    // "Better suited than the other" lists from the use-cases section.
    const std::pair<const char*, const char*> better[] = {
        {"realtime-collaboration", "node"}, {"streaming", "node"}, {"data-driven-spa", "node"},
        {"iot", "both"}, {"cloud", "node"}, {"microservices", "node"},
        {"numerical-scientific", "python"}, {"ai-ml", "python"}, {"games", "python"},
        {"voice-image-recognition", "python"}, {"3d-modeling", "python"},
    };
    for (const auto& [id, side] : better) {
        INFO(id);
        REQUIRE(kb.useCase(id));
        CHECK(kb.useCase(id)->betterSuited == side);
    }
}

TEST_CASE("the 18 canonical use-case ids exist, each with fits, reasons and dimensions") {
    const auto& kb = builtinKnowledge();
    const std::set<std::string> ids = {
        "realtime-collaboration", "streaming", "data-driven-spa", "iot", "cloud", "microservices",
        "memory-intensive", "backend", "desktop", "web", "mobile", "cross-platform",
        "numerical-scientific", "ai-ml", "games", "voice-image-recognition", "3d-modeling", "low-memory"};
    CHECK(kb.useCases.size() == ids.size());
    for (const auto& id : ids) {
        INFO(id);
        const auto* u = kb.useCase(id);
        REQUIRE(u);
        CHECK(!u->title.empty());
        CHECK(!u->synonyms.empty());
        CHECK(!u->dimensions.empty());
        for (auto t : kTechs) {
            CHECK(!u->fit[idx(t)].reasons.empty());
            // The weaker side of a lopsided use case must say what helps.
            if (u->fit[idx(t)].level == FitLevel::Weak) CHECK(!u->mitigations[idx(t)].empty());
        }
    }
}

TEST_CASE("every feature and challenge the seed names is present") {
    const auto& kb = builtinKnowledge();
    const auto& node = kb.technologies[idx(Tech::Node)];
    const auto& python = kb.technologies[idx(Tech::Python)];
    for (const char* title : {"JavaScript", "Event-driven I/O model", "Single-threaded architecture", "V8 Engine",
                              "NPM (Node Package Manager)", "Cross-platform development"}) {
        INFO(title);
        CHECK(hasTitled(node.features, title));
    }
    for (const char* title : {"Functional and OOP programming", "Interpreted language", "Modules",
                              "Dynamic memory allocation", "Backend and frontend development", "Portability",
                              "Integrations"}) {
        INFO(title);
        CHECK(hasTitled(python.features, title));
    }
    for (const char* title : {"No clear guidelines", "Problematic scalability", "Technical debt"}) {
        INFO(title);
        CHECK(hasTitled(node.challenges, title));
    }
    for (const char* title : {"Slow speed", "High memory consumption", "No built-in mobile capabilities"}) {
        INFO(title);
        CHECK(hasTitled(python.challenges, title));
    }
    // Facts from the introductions, and the names the seed mentions.
    CHECK(mentions(node.facts, "Ryan Dahl"));
    CHECK(mentions(node.facts, "2009"));
    CHECK(mentions(python.facts, "Guido van Rossum"));
    CHECK(mentions(python.facts, "1991"));
    CHECK(mentions(node.features, "Electron"));
    CHECK(mentions(node.features, "NW.js"));
    CHECK(mentions(python.features, "PyScript"));
    CHECK(mentions(python.features, "Pyjs"));
    CHECK(mentions(python.features, "CORBA"));
    CHECK(mentions(python.challenges, "Kivy"));
    CHECK(mentions(python.challenges, "BeeWare"));
}

TEST_CASE("dated or overstated claims keep their attribution and carry a correction") {
    const auto& kb = builtinKnowledge();
    const auto* scalability = kb.dimension("scalability");
    REQUIRE(scalability);
    const auto& py = scalability->sides[idx(Tech::Python)];
    CHECK(py.reasons.front().find("multithreading") != std::string::npos);
    CHECK(py.correction.find("global interpreter lock") != std::string::npos);
    const auto* architecture = kb.dimension("architecture");
    REQUIRE(architecture);
    const auto& arch = architecture->sides[idx(Tech::Python)];
    CHECK(arch.reasons.front().find("asyncio") != std::string::npos);
    CHECK(arch.correction.find("3.4") != std::string::npos);
}

TEST_CASE("every entry cites the seed as its source") {
    const auto& kb = builtinKnowledge();
    auto cited = [](const SourceRef& s) { return s.doc == "nodejs-vs-python" && !s.section.empty(); };
    for (const auto& d : kb.dimensions) CHECK(cited(d.source));
    for (const auto& u : kb.useCases) CHECK(cited(u.source));
    for (const auto& g : kb.general) CHECK(cited(g.source));
    for (const auto& t : kb.technologies) {
        for (const auto* list : {&t.facts, &t.features, &t.challenges}) {
            for (const auto& e : *list) {
                INFO(e.id);
                CHECK(cited(e.source));
            }
        }
    }
}
