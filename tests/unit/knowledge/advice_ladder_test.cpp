// Advice that holds on real projects: specific use cases over generic ones, the project's own
// words (package.json and Python manifests), the severity ladder and the recommendation's inertia.
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>

#include "knowledge/advisor.h"
#include "knowledge/loader.h"
#include "test_support.h"

using namespace stackls::knowledge;
using namespace stackls::knowledge::test;

namespace {

std::vector<std::string> inferredIds(const std::vector<InferredUseCase>& list) {
    std::vector<std::string> out;
    for (const auto& u : list) out.push_back(u.id);
    return out;
}

stackls::manifest::Located located(std::string text) { return {std::move(text), {0, 0}}; }

// A pyproject.toml as the manifest readers would model it; the text is not read by inference.
ProjectInput pyProject(stackls::manifest::PythonManifest model) {
    ProjectInput p;
    p.root = ".";
    p.configPath = ".stackls.json";
    p.pythonManifests.push_back({{"pyproject.toml", ""}, std::move(model)});
    return p;
}

stackls::manifest::PythonDependency pyDep(std::string name, bool dev = false) {
    stackls::manifest::PythonDependency d;
    d.name = std::move(name);
    d.dev = dev;
    return d;
}

ProjectReport adviseTexts(const ProjectTexts& texts, std::vector<std::string> cli = {}) {
    AdviceOptions options;
    options.cliUseCases = std::move(cli);
    return advise(builtinKnowledge(), makeProject(texts), options);
}

std::vector<std::pair<std::string, Severity>> mismatches(const ProjectReport& r) {
    std::vector<std::pair<std::string, Severity>> out;
    for (const auto& f : r.findings) {
        if (f.category == Category::Mismatch) out.emplace_back(f.rule, f.severity);
    }
    return out;
}

}  // namespace

TEST_CASE("a generic use case ranks first only without comparable specific evidence") {
    const auto& kb = fixtureKnowledge();
    // fastapi: backend 0.7; python-socketio: realtime 0.9. Backend's 0.7 ranks as 0.42.
    CHECK(inferredIds(inferUseCases(kb, makeProject({{}, {"fastapi\npython-socketio\n"}, {}, {}}))) ==
          std::vector<std::string>{"realtime-collaboration", "backend"});
    // Alone, backend is first.
    CHECK(inferredIds(inferUseCases(kb, makeProject({{}, {"fastapi\n"}, {}, {}}))) == std::vector<std::string>{"backend"});
    // Backend at 0.88 ranks as 0.53: numpy's numerical 0.6 (this fixture's weight) is ahead, its ai-ml 0.3 is not.
    auto withNumpy = inferUseCases(kb, makeProject({{}, {"flask\nfastapi\nnumpy\n"}, {}, {}}));
    CHECK(inferredIds(withNumpy) == std::vector<std::string>{"numerical-scientific", "backend", "web", "ai-ml"});
    CHECK(withNumpy[1].confidence == Approx(0.88));  // the confidence shown is not discounted
}

TEST_CASE("a project named like a catalogued package is that package") {
    auto inferred = inferUseCases(fixtureKnowledge(), makeProject({std::string(R"({"name": "three"})"), {}, {}, {}}));
    REQUIRE(!inferred.empty());
    CHECK(inferred.front().id == "3d-modeling");
    CHECK(inferred.front().confidence == Approx(0.8));
    CHECK(inferred.front().evidence.front().kind == Evidence::Kind::Name);
}

TEST_CASE("Python manifests: description, keywords, classifiers and dependencies are evidence") {
    stackls::manifest::PythonManifest m;
    m.name = located("orbit-lab");
    m.description = located("Tools for data analysis");
    m.keywords = {located("statistics")};
    m.classifiers = {located("Topic :: Scientific/Engineering :: Artificial Intelligence"),
                     located("License :: OSI Approved :: MIT License"), located("Topic :: Games/Entertainment"),
                     located("Intended Audience :: Science/Research")};
    m.dependencies = {pyDep("torch"), pyDep("flask", true)};
    auto inferred = inferUseCases(fixtureKnowledge(), pyProject(m));

    std::map<std::string, std::vector<std::pair<Evidence::Kind, double>>> byId;
    for (const auto& u : inferred) {
        for (const auto& e : u.evidence) byId[u.id].emplace_back(e.kind, e.weight);
    }
    using K = Evidence::Kind;
    // The deepest part of a classifier decides: artificial intelligence, not the science above it.
    CHECK(byId["ai-ml"] == std::vector<std::pair<K, double>>{{K::Dependency, 1.0}, {K::Classifier, 0.6}});
    CHECK(byId["games"] == std::vector<std::pair<K, double>>{{K::Classifier, 0.6}});
    // Keyword 0.5, the audience classifier 0.3, the description's "data analysis" 0.3.
    auto numerical = byId["numerical-scientific"];
    std::sort(numerical.begin(), numerical.end());
    CHECK(numerical == std::vector<std::pair<K, double>>{{K::Keyword, 0.5}, {K::Description, 0.3}, {K::Classifier, 0.3}});
    // A development-only dependency counts half.
    CHECK(byId["backend"] == std::vector<std::pair<K, double>>{{K::Dependency, 0.3}});
    CHECK(inferred.front().id == "ai-ml");
}

TEST_CASE("a data stack is numerical and scientific work, not memory-intensive") {
    auto report = adviseTexts({{}, {"pandas\npolars\nduckdb\npyarrow\ndask\n"}, {}, {}});
    REQUIRE(!report.inferredUseCases.empty());
    CHECK(report.inferredUseCases.front().id == "numerical-scientific");
    for (const auto& u : report.inferredUseCases) CHECK(u.id != "memory-intensive");
    CHECK(mismatches(report).empty());
    REQUIRE(report.recommendation);
    CHECK(report.recommendation->stack == StackChoice::Python);
}

TEST_CASE("the severity ladder: weak is a warning, a trade-off is information, strong is nothing") {
    struct Case {
        const char* name;
        ProjectTexts texts;
        std::vector<std::string> cli;
        std::vector<std::pair<std::string, Severity>> expected;
    };
    const Case cases[] = {
        {"realtime declared on python", {{}, {"flask\n"}, {}, {}}, {"realtime-collaboration"},
         {{"use-case-mismatch", Severity::Warning}}},
        {"microservices declared on python", {{}, {"fastapi\npika\n"}, {}, {}}, {"microservices"},
         {{"use-case-trade-off", Severity::Information}}},
        {"games declared on node", {std::string(R"({"dependencies": {"phaser": "3"}})"), {}, {}, {}}, {"games"},
         {{"use-case-trade-off", Severity::Information}}},
        {"ai declared on python", {{}, {"torch\n"}, {}, {}}, {"ai-ml"}, {}},
        {"desktop declared on python: both are listed", {{}, {"pyqt6\n"}, {}, {}}, {"desktop"}, {}},
        {"mobile declared on node: python is the weak side", {std::string(R"({"dependencies": {"react-native": "0.74"}})"), {}, {}, {}},
         {"mobile"}, {}},
        // Nothing declared: the primary inferred use case, at most information.
        {"inferred realtime on python", {{}, {"flask\nflask-socketio\n"}, {}, {}}, {},
         {{"inferred-use-case-mismatch", Severity::Information}}},
        {"inferred serverless on python", {{}, {"flask\nzappa\n"}, {}, {}}, {},
         {{"use-case-trade-off", Severity::Information}}},
        {"a side use case gets no finding", {{}, {"torch\nboto3\n"}, {}, {}}, {}, {}},
    };
    for (const auto& c : cases) {
        SECTION(c.name) { CHECK(mismatches(adviseTexts(c.texts, c.cli)) == c.expected); }
    }
}

TEST_CASE("a trade-off finding says what each side brings, what helps and how to silence it") {
    auto report = adviseTexts({{}, {"fastapi\npika\n"}, {}, {}}, {"microservices"});
    const auto* f = findRule(report.findings, "use-case-trade-off");
    REQUIRE(f);
    CHECK(f->message.rfind("Microservices architecture is declared. Python fits it, but the source favours Node.js (strong vs fits):", 0) == 0);
    CHECK(f->message.find("What helps: ") != std::string::npos);
    CHECK(f->message.find("ignore rule use-case-trade-off") != std::string::npos);
    CHECK(f->useCase == "microservices");
    bool ignoreFix = false;
    for (const auto& fix : f->fixes) ignoreFix |= fix.title.find("use-case-trade-off") != std::string::npos;
    CHECK(ignoreFix);
}

TEST_CASE("a Django web app with Celery and PostgreSQL stays on Python") {
    auto report = adviseTexts({{}, {"Django\ndjangorestframework\ncelery\npsycopg2\ngunicorn\n"}, {}, {}});
    REQUIRE(!report.inferredUseCases.empty());
    CHECK(isGenericUseCase(report.inferredUseCases.front().id));
    CHECK(mismatches(report).empty());
    REQUIRE(report.recommendation);
    CHECK(report.recommendation->stack == StackChoice::Python);
    CHECK(report.recommendation->keepsCurrent);
    CHECK(report.recommendation->summary.rfind("Stay on Python: the source rates it strong for ", 0) == 0);
    CHECK(report.recommendation->summary.find("Node.js would offer: ") != std::string::npos);
}

TEST_CASE("inertia: a project moves only when the source favours the other side for its primary use case") {
    const auto& kb = builtinKnowledge();
    struct Case {
        std::vector<std::string> ids;
        Tech current;
        StackChoice stack;
        bool keeps;
    };
    const Case cases[] = {
        {{"backend"}, Tech::Python, StackChoice::Python, true},
        {{"iot"}, Tech::Python, StackChoice::Python, true},
        {{"desktop"}, Tech::Python, StackChoice::Python, true},
        {{"backend", "microservices"}, Tech::Python, StackChoice::Python, true},  // a side use case does not tip it
        {{"microservices"}, Tech::Python, StackChoice::Node, false},
        {{"games"}, Tech::Node, StackChoice::Python, false},
        {{"ai-ml"}, Tech::Node, StackChoice::Python, false},
        {{"ai-ml", "realtime-collaboration"}, Tech::Node, StackChoice::Split, false},
        {{"mobile"}, Tech::Node, StackChoice::Node, true},
    };
    for (const auto& c : cases) {
        auto rec = recommend(kb, c.ids, c.current);
        INFO(c.ids.front() << " on " << techId(c.current) << ": " << rec.summary);
        CHECK(rec.stack == c.stack);
        CHECK(rec.keepsCurrent == c.keeps);
        REQUIRE(rec.current);
        CHECK(*rec.current == c.current);
    }
    auto tradeOff = recommend(kb, {"microservices"}, Tech::Python);
    CHECK(tradeOff.summary.find("Staying on Python is a trade-off; what helps: ") != std::string::npos);
}

TEST_CASE("a new project's recommendation follows the source for every use case") {
    const auto& kb = builtinKnowledge();
    REQUIRE(kb.useCases.size() == 18);
    for (const auto& u : kb.useCases) {
        auto rec = recommend(kb, {u.id});
        INFO(u.id << ": " << rec.summary);
        CHECK_FALSE(rec.current);
        if (u.betterSuited == "node") CHECK(rec.stack == StackChoice::Node);
        if (u.betterSuited == "python") CHECK(rec.stack == StackChoice::Python);
        if (u.fit[0].level == u.fit[1].level) CHECK(rec.summary.rfind("Both fit ", 0) == 0);
    }
}

TEST_CASE("Node.js used only for development tools leaves Python as the working stack") {
    ProjectTexts texts{std::string(R"({"devDependencies": {"serverless": "3"}})"), {"boto3\n"}, {}, {}};
    auto report = adviseTexts(texts, {"cloud"});
    CHECK(report.stacks == std::vector<Tech>{Tech::Node, Tech::Python});
    REQUIRE(report.workingStack);
    CHECK(*report.workingStack == Tech::Python);
    CHECK(mismatches(report) == std::vector<std::pair<std::string, Severity>>{{"use-case-trade-off", Severity::Information}});
    // A package.json with runtime dependencies: both stacks work, nothing is judged.
    auto both = adviseTexts({std::string(R"({"dependencies": {"express": "4"}})"), {"boto3\n"}, {}, {}}, {"cloud"});
    CHECK_FALSE(both.workingStack);
    CHECK(mismatches(both).empty());
}
