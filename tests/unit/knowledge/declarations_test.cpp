// Every way of declaring a use case, and the precedence between them.
#include <catch2/catch.hpp>

#include "knowledge/advisor.h"
#include "test_support.h"

using namespace stackls::knowledge;
using namespace stackls::knowledge::test;

TEST_CASE("each declaration form is read on its own") {
    struct Form {
        const char* name;
        ProjectTexts texts;
        std::vector<std::string> cli, setting;
        std::vector<std::string> ids;
        DeclarationOrigin origin;
    };
    const Form forms[] = {
        {"cli", {R"({"dependencies": {"express": "4"}})", {}, {}, {}}, {"web", "backend"}, {}, {"web", "backend"}, DeclarationOrigin::Cli},
        {"package.json string", {R"({"stackls": {"useCase": "web"}})", {}, {}, {}}, {}, {}, {"web"}, DeclarationOrigin::PackageJson},
        {"package.json array", {R"({"stackls": {"useCase": ["web", "iot"]}})", {}, {}, {}}, {}, {}, {"web", "iot"}, DeclarationOrigin::PackageJson},
        {"requirements comment", {{}, {"# stackls: use-case=ai-ml, games\ntorch\n"}, {}, {}}, {}, {}, {"ai-ml", "games"}, DeclarationOrigin::Requirements},
        {".stackls.json", {{}, {"torch\n"}, R"({"useCase": "ai-ml"})", {}}, {}, {}, {"ai-ml"}, DeclarationOrigin::ConfigFile},
        {"editor setting", {{}, {"torch\n"}, {}, {}}, {}, {"numerical-scientific"}, {"numerical-scientific"}, DeclarationOrigin::EditorSetting},
    };
    for (const auto& f : forms) {
        SECTION(f.name) {
            AdviceOptions options;
            options.cliUseCases = f.cli;
            options.settingUseCases = f.setting;
            auto report = advise(fixtureKnowledge(), makeProject(f.texts), options);
            CHECK(report.declaredUseCases == f.ids);
            REQUIRE(report.declaration);
            CHECK(report.declaration->origin == f.origin);
            CHECK(report.basis == f.ids);
        }
    }
}

TEST_CASE("precedence: cli > package.json > requirements > .stackls.json > setting") {
    struct Layer {
        const char* name;
        bool cli, pkg, req, config, setting;
        const char* winner;
    };
    // Each layer declares a different use case; the highest present must win.
    const Layer layers[] = {
        {"all", true, true, true, true, true, "games"},
        {"no cli", false, true, true, true, true, "web"},
        {"requirements over config and setting", false, false, true, true, true, "iot"},
        {"config over setting", false, false, false, true, true, "cloud"},
        {"setting alone", false, false, false, false, true, "desktop"},
        {"cli over setting", true, false, false, false, true, "games"},
    };
    for (const auto& l : layers) {
        SECTION(l.name) {
            ProjectTexts texts;
            texts.packageJson = l.pkg ? R"({"stackls": {"useCase": "web"}, "dependencies": {"express": "4"}})"
                                      : R"({"dependencies": {"express": "4"}})";
            if (l.req) texts.requirements = {"# stackls: use-case=iot\nflask\n"};
            if (l.config) texts.config = R"({"useCase": "cloud"})";
            AdviceOptions options;
            if (l.cli) options.cliUseCases = {"games"};
            if (l.setting) options.settingUseCases = {"desktop"};
            auto report = advise(fixtureKnowledge(), makeProject(texts), options);
            CHECK(report.declaredUseCases == std::vector<std::string>{l.winner});
            // File declarations that disagree are conflicts, whatever the CLI says.
            int fileDecls = int(l.pkg) + int(l.req) + int(l.config);
            auto conflicts = std::count_if(report.findings.begin(), report.findings.end(),
                                           [](const Finding& f) { return f.rule == rule::kConflictingDeclarations; });
            CHECK(conflicts == std::max(0, fileDecls - 1));
        }
    }
}

TEST_CASE("a declaration with only unknown ids does not win; the next one does") {
    ProjectTexts texts{R"({"stackls": {"useCase": "blockchain-magic"}, "dependencies": {"express": "4"}})", {}, R"({"useCase": "web"})", {}};
    auto report = advise(fixtureKnowledge(), makeProject(texts));
    CHECK(report.declaredUseCases == std::vector<std::string>{"web"});
    REQUIRE(report.declaration);
    CHECK(report.declaration->origin == DeclarationOrigin::ConfigFile);
    CHECK(findRule(report.findings, rule::kUnknownUseCase));
}

TEST_CASE("the conflict fix rewrites the lower declaration to match the winner") {
    ProjectTexts texts{R"({"stackls": {"useCase": ["web", "backend"]}, "dependencies": {"express": "4"}})", {"# stackls: use-case=iot\nflask\n"}, {}, {}};
    auto report = advise(fixtureKnowledge(), makeProject(texts));
    const auto* f = findRule(report.findings, rule::kConflictingDeclarations);
    REQUIRE(f);
    CHECK(f->file == "requirements.txt");
    REQUIRE(f->fixes.size() == 1);
    auto fixed = applyFix(f->fixes[0], "requirements.txt", texts.requirements[0]);
    CHECK(fixed == "# stackls: use-case=web,backend\nflask\n");
}
