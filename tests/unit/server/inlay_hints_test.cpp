// Inlay hint planning on projects built from marked texts: where each hint lands and what it says, checked against the knowledge base.
#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "knowledge/advisor.h"
#include "knowledge/loader.h"
#include "knowledge/manifest/package_json.h"
#include "knowledge/manifest/requirements.h"
#include "server/lsp/features/inlay_hints.h"
#include "server/lsp/hover_content.h"

namespace kn = stackls::knowledge;
using stackls::manifest::ManifestKind;
using namespace stackls::server;

namespace {

// The text without ‸ marks, and where each mark stood.
struct Marked {
    std::string text;
    std::vector<std::size_t> marks;
};

Marked marked(std::string_view fixture) {
    static constexpr std::string_view caret = "‸";
    Marked m;
    for (std::size_t i = 0; i < fixture.size();) {
        if (fixture.substr(i, caret.size()) == caret) {
            m.marks.push_back(m.text.size());
            i += caret.size();
        } else {
            m.text += fixture[i++];
        }
    }
    return m;
}

ProjectState projectOf(std::optional<std::string> packageJson, std::optional<std::string> requirements,
                       std::optional<std::string> config = std::nullopt) {
    ProjectState s;
    s.root = "/p";
    s.input.root = "/p";
    s.input.configPath = ".stackls.json";
    if (packageJson) {
        s.input.packageJson = kn::PackageJsonSource{{"package.json", *packageJson}, stackls::manifest::parsePackageJson(*packageJson)};
    }
    if (requirements) {
        s.input.requirements.push_back({{"requirements.txt", *requirements}, stackls::manifest::parseRequirements(*requirements)});
    }
    if (config) {
        s.input.config = kn::TextFile{".stackls.json", *config};
    }
    for (std::size_t i = 0; i < inputFiles(s.input).size(); ++i) {
        ProjectFile& f = s.addFile(i);
        f.uri = "file:///p/" + f.name;
    }
    s.report = kn::advise(kn::builtinKnowledge(), s.input);
    return s;
}

std::string role(kn::Tech tech, const std::string& name) {
    const auto* p = kn::builtinKnowledge().package(tech, name);
    REQUIRE(p);
    return p->role;
}

std::string fit(const std::string& useCase, kn::Tech tech) {
    const auto* u = kn::builtinKnowledge().useCase(useCase);
    REQUIRE(u);
    return std::string(kn::techTitle(tech)) + ": " + fitPhrase(u->fit[kn::idx(tech)].level);
}

}  // namespace

TEST_CASE("package.json: fit after the declared id, role after each signalling entry", "[inlay]") {
    const auto& kb = kn::builtinKnowledge();
    auto m = marked(R"({
  "stackls": {"useCase": ["ai-ml"‸, "no-such-id"]},
  "dependencies": {"socket.io": "^4"‸, "left-pad-not-in-catalogue": "1"},
  "devDependencies": {"@tensorflow/tfjs": "4"‸}
})");
    auto project = projectOf(m.text, std::nullopt);
    auto hints = planInlayHints(kb, project, project.files[0], ManifestKind::PackageJson);
    REQUIRE(hints.size() == 3);
    CHECK(hints[0].offset == m.marks[0]);
    CHECK(hints[0].label == fit("ai-ml", kn::Tech::Node));  // one stack: only its side
    CHECK(hints[1].offset == m.marks[1]);
    CHECK(hints[1].label == role(kn::Tech::Node, "socket.io"));
    CHECK(hints[2].offset == m.marks[2]);
    CHECK(hints[2].label == role(kn::Tech::Node, "@tensorflow/tfjs"));
}

TEST_CASE("requirements: the hint ends the requirement, before any comment; both stacks shown", "[inlay]") {
    const auto& kb = kn::builtinKnowledge();
    auto m = marked("# stackls: use-case=web‸\ntorch==2.3.0‸  # pinned\nnot-in-the-catalogue==1\n");
    auto project = projectOf(std::string(R"({"dependencies": {}})"), m.text);
    auto hints = planInlayHints(kb, project, project.files[1], ManifestKind::Requirements);
    REQUIRE(hints.size() == 2);
    CHECK(hints[0].offset == m.marks[0]);
    CHECK(hints[0].label == fit("web", kn::Tech::Node) + " · " + fit("web", kn::Tech::Python));
    CHECK(hints[1].offset == m.marks[1]);
    CHECK(hints[1].label == role(kn::Tech::Python, "torch"));
    // package.json declares nothing and lists nothing: no hints there.
    CHECK(planInlayHints(kb, project, project.files[0], ManifestKind::PackageJson).empty());
}

TEST_CASE(".stackls.json: the declaration gets its hint even when another one wins", "[inlay]") {
    const auto& kb = kn::builtinKnowledge();
    auto m = marked(R"({"useCase": "iot"‸})");
    auto project = projectOf(std::string(R"({"stackls": {"useCase": "web"}})"), std::nullopt, m.text);
    auto hints = planInlayHints(kb, project, project.files[1], ManifestKind::StacklsConfig);
    REQUIRE(hints.size() == 1);
    CHECK(hints[0].offset == m.marks[0]);
    CHECK(hints[0].label == fit("iot", kn::Tech::Node));
}
