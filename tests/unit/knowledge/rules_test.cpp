// Table-driven tests: each rule fires where it should, at the right place, and stays quiet otherwise.
#include <catch2/catch.hpp>

#include "knowledge/advisor.h"
#include "test_support.h"

using namespace stackls::knowledge;
using namespace stackls::knowledge::test;

namespace {

struct RuleCase {
    const char* name;
    ProjectTexts texts;  // package.json may carry one [[marker]] for the expected range
    std::vector<std::string> cli;
    const char* rule;    // the rule under test
    bool fires;
    const char* file;    // where it must point (when it fires)
    const char* mentions;  // a word its message must contain
};

}  // namespace

TEST_CASE("each rule fires where it should and nowhere else") {
    const RuleCase cases[] = {
        // use-case-mismatch: declared use case, stack weak, other side better.
        {"ml declared on node", {R"({"stackls": {"useCase": [["ai-ml"]]}, "dependencies": {"express": "4"}})", {}, {}, {}}, {},
         "use-case-mismatch", true, "package.json", "Python strong"},
        {"realtime declared on python", {{}, {"# stackls: use-case=[[realtime-collaboration]]\nflask\n"}, {}, {}}, {},
         "use-case-mismatch", true, "requirements.txt", "asyncio"},
        {"mobile declared on python", {{}, {"# stackls: use-case=[[mobile]]\nkivy\n"}, {}, {}}, {},
         "use-case-mismatch", true, "requirements.txt", "Kivy"},
        {"realtime declared on node is fine", {R"({"stackls": {"useCase": "realtime-collaboration"}, "dependencies": {"socket.io": "4"}})", {}, {}, {}}, {},
         "use-case-mismatch", false, "", ""},
        {"games on node only fits, no warning", {R"({"stackls": {"useCase": "games"}, "dependencies": {"express": "4"}})", {}, {}, {}}, {},
         "use-case-mismatch", false, "", ""},
        {"mixed stack is never a mismatch", {R"({"stackls": {"useCase": "ai-ml"}, "dependencies": {"express": "4"}})", {"torch\n"}, {}, {}}, {},
         "use-case-mismatch", false, "", ""},
        {"cli declaration is checked too", {R"({"dependencies": {"express": "4"}})", {}, {}, {}}, {"ai-ml"},
         "use-case-mismatch", true, "package.json", "AI and machine learning"},
        // dependency-against-stack: a package serving a use case the other side owns.
        {"tfjs-node in node", {R"({"dependencies": {[["@tensorflow/tfjs-node"]]: "4"}})", {}, {}, {}}, {},
         "dependency-against-stack", true, "package.json", "tensorflow"},
        {"flask-socketio in python", {{}, {"flask\nflask-socketio==5.3\n"}, {}, {}}, {},
         "dependency-against-stack", true, "requirements.txt", "socket.io"},
        {"express in node is at home", {R"({"dependencies": {"express": "4"}})", {}, {}, {}}, {},
         "dependency-against-stack", false, "", ""},
        // inferred-use-case-mismatch: only when nothing is declared.
        {"undeclared ml on node", {R"({"dependencies": {[["@tensorflow/tfjs-node"]]: "4"}})", {}, {}, {}}, {},
         "inferred-use-case-mismatch", true, "package.json", "looks like AI"},
        {"declared projects are not second-guessed", {R"({"stackls": {"useCase": "backend"}, "dependencies": {"@tensorflow/tfjs-node": "4"}})", {}, {}, {}}, {},
         "inferred-use-case-mismatch", false, "", ""},
        {"undeclared realtime on python", {{}, {"flask-socketio\n"}, {}, {}}, {},
         "inferred-use-case-mismatch", true, "requirements.txt", "Real-time"},
        // unsupported-use-case: declared, dependencies present, none serves it.
        {"3d declared, only express", {R"({"stackls": {"useCase": [["3d-modeling"]]}, "dependencies": {"express": "4"}})", {}, {}, {}}, {},
         "unsupported-use-case", true, "package.json", "three"},
        {"realtime declared with socket.io", {R"({"stackls": {"useCase": "realtime-collaboration"}, "dependencies": {"socket.io": "4"}})", {}, {}, {}}, {},
         "unsupported-use-case", false, "", ""},
        {"a new project without dependencies is not flagged", {R"({"stackls": {"useCase": "3d-modeling"}})", {}, {}, {}}, {},
         "unsupported-use-case", false, "", ""},
        // unknown-use-case.
        {"misspelt id", {R"({"stackls": {"useCase": [["realtime-colaboration"]]}, "dependencies": {"socket.io": "4"}})", {}, {}, {}}, {},
         "unknown-use-case", true, "package.json", "did you mean \"realtime-collaboration\""},
        {"unknown id in requirements", {{}, {"# stackls: use-case=[[maschine-learning]]\ntorch\n"}, {}, {}}, {},
         "unknown-use-case", true, "requirements.txt", "ai-ml"},
        // conflicting-declarations.
        {"package.json vs .stackls.json", {R"({"stackls": {"useCase": "web"}, "dependencies": {"express": "4"}})", {}, R"({"useCase": "backend"})", {}}, {},
         "conflicting-declarations", true, ".stackls.json", "takes precedence"},
        {"agreeing declarations", {R"({"stackls": {"useCase": "web"}, "dependencies": {"express": "4"}})", {}, R"({"useCase": ["web"]})", {}}, {},
         "conflicting-declarations", false, "", ""},
        // invalid-config.
        {"malformed .stackls.json", {R"({"dependencies": {"express": "4"}})", {}, R"({"useCase": )", {}}, {},
         "invalid-config", true, ".stackls.json", ""},
        {"broken knowledge file", {R"({"dependencies": {"express": "4"}})", {}, R"({"knowledge": "knowledge.json"})", R"({"fits": {"ai-ml": {"node": "great"}}})"}, {},
         "invalid-config", true, ".stackls.json", "$.fits"},
        // no-dependencies.
        {"empty package.json", {R"({"name": "x"})", {}, {}, {}}, {}, "no-dependencies", true, "package.json", "no dependencies"},
        {"empty but declared", {R"({"name": "x", "stackls": {"useCase": "web"}})", {}, {}, {}}, {}, "no-dependencies", false, "", ""},
        // manifest-problem.
        {"broken package.json", {R"({"dependencies": {"express": 4}})", {}, {}, {}}, {}, "manifest-problem", true, "package.json", ""},
    };
    for (const auto& c : cases) {
        SECTION(c.name) {
            ProjectTexts texts = c.texts;
            std::optional<stackls::manifest::ByteRange> expected;
            if (texts.packageJson && texts.packageJson->find("[[") != std::string::npos) {
                auto m = marked(*texts.packageJson);
                texts.packageJson = m.text;
                expected = m.range;
            }
            if (!texts.requirements.empty() && texts.requirements[0].find("[[") != std::string::npos) {
                auto m = marked(texts.requirements[0]);
                texts.requirements[0] = m.text;
                expected = m.range;
            }
            AdviceOptions options;
            options.cliUseCases = c.cli;
            auto report = advise(fixtureKnowledge(), makeProject(texts), options);
            const auto* f = findRule(report.findings, c.rule);
            std::string all;
            for (const auto& x : report.findings) all += x.rule + ": " + x.message + "\n";
            INFO(all);
            if (!c.fires) {
                CHECK(f == nullptr);
                continue;
            }
            REQUIRE(f != nullptr);
            CHECK(f->file == c.file);
            CHECK(f->message.find(c.mentions) != std::string::npos);
            const auto* info = ruleInfo(c.rule);
            REQUIRE(info);
            CHECK(f->category == info->category);
            if (expected) {
                CHECK(f->range.begin == expected->begin);
                CHECK(f->range.end == expected->end);
            }
        }
    }
}

TEST_CASE("rule severities and categories are the ones the spec lists") {
    struct Expect {
        std::string_view id;
        Category category;
        Severity severity;
    };
    const Expect expected[] = {
        {rule::kUseCaseMismatch, Category::Mismatch, Severity::Warning},
        {rule::kDependencyAgainstStack, Category::Hint, Severity::Hint},
        {rule::kInferredUseCaseMismatch, Category::Mismatch, Severity::Information},
        {rule::kUnsupportedUseCase, Category::Hint, Severity::Information},
        {rule::kUnknownUseCase, Category::Syntax, Severity::Error},
        {rule::kConflictingDeclarations, Category::Config, Severity::Warning},
    };
    for (const auto& e : expected) {
        INFO(e.id);
        const auto* r = ruleInfo(e.id);
        REQUIRE(r);
        CHECK(r->category == e.category);
        CHECK(r->severity == e.severity);
    }
}

TEST_CASE("ignored rules are silenced from package.json and .stackls.json; unknown ignore ids are reported") {
    ProjectTexts texts{R"({"stackls": {"useCase": "ai-ml", "ignore": ["use-case-mismatch"]}, "dependencies": {"express": "4"}})", {}, {}, {}};
    auto report = advise(fixtureKnowledge(), makeProject(texts));
    CHECK(findRule(report.findings, rule::kUseCaseMismatch) == nullptr);
    CHECK(findRule(report.findings, rule::kUnsupportedUseCase) != nullptr);

    texts.config = R"({"ignore": ["unsupported-use-case", "no-such-rule"]})";
    report = advise(fixtureKnowledge(), makeProject(texts));
    CHECK(findRule(report.findings, rule::kUnsupportedUseCase) == nullptr);
    const auto* bad = findRule(report.findings, rule::kInvalidConfig);
    REQUIRE(bad);
    CHECK(bad->message.find("no-such-rule") != std::string::npos);
}

TEST_CASE("findings carry the use case and dependency they are about") {
    ProjectTexts texts{R"({"dependencies": {"@tensorflow/tfjs-node": "4"}})", {}, {}, {}};
    auto report = advise(fixtureKnowledge(), makeProject(texts));
    const auto* f = findRule(report.findings, rule::kDependencyAgainstStack);
    REQUIRE(f);
    CHECK(f->useCase == "ai-ml");
    CHECK(f->dependency == "@tensorflow/tfjs-node");
    CHECK(!f->refs.empty());
}
