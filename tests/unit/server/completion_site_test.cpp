// Where completion applies in manifests mid-edit: fixtures mark the cursor with ‸ and the range an item replaces with «».
#include <catch2/catch.hpp>

#include <string>
#include <string_view>

#include "server/lsp/features/completion.h"

using stackls::manifest::ManifestKind;
using stackls::server::CompletionTarget;
using stackls::server::completionSite;

namespace {

struct Case {
    std::string text;
    std::size_t cursor = 0;
    std::size_t begin = 0, end = 0;  // the «» range; equal to the cursor when unmarked
};

Case parse(std::string_view fixture) {
    static constexpr std::string_view caret = "‸", open = "«", close = "»";
    Case c;
    bool ranged = false;
    for (std::size_t i = 0; i < fixture.size();) {
        if (fixture.substr(i, caret.size()) == caret) {
            c.cursor = c.text.size();
            i += caret.size();
        } else if (fixture.substr(i, open.size()) == open) {
            c.begin = c.text.size();
            ranged = true;
            i += open.size();
        } else if (fixture.substr(i, close.size()) == close) {
            c.end = c.text.size();
            i += close.size();
        } else {
            c.text += fixture[i++];
        }
    }
    if (!ranged) c.begin = c.end = c.cursor;
    return c;
}

void expectSite(ManifestKind kind, std::string_view fixture, CompletionTarget target, bool quote = false) {
    auto c = parse(fixture);
    INFO(fixture);
    auto site = completionSite(kind, c.text, c.cursor);
    CHECK(site.target == target);
    if (target == CompletionTarget::None) return;
    CHECK(site.begin == c.begin);
    CHECK(site.end == c.end);
    CHECK(site.quote == quote);
}

}  // namespace

TEST_CASE("package.json: use-case ids inside the stackls declaration", "[completion]") {
    expectSite(ManifestKind::PackageJson, R"({"name": "x", "stackls": {"useCase": "«ai‸-m»"}})", CompletionTarget::UseCaseId);
    expectSite(ManifestKind::PackageJson, R"({"stackls": {"useCase": ["web", "«‸»"]}})", CompletionTarget::UseCaseId);
    // Still being typed: no closing quote, the string ends at the line's end.
    expectSite(ManifestKind::PackageJson, "{\"stackls\": {\"useCase\": \"«re‸»\n}", CompletionTarget::UseCaseId);
    // No string started yet: the item brings its quotes.
    expectSite(ManifestKind::PackageJson, R"({"stackls": {"useCase": ‸}})", CompletionTarget::UseCaseId, true);
    expectSite(ManifestKind::PackageJson, R"({"stackls": {"useCase": ["web", ‸]}})", CompletionTarget::UseCaseId, true);
    // Escapes do not end a string early.
    expectSite(ManifestKind::PackageJson, R"({"description": "a \"quoted\" word", "stackls": {"useCase": "«‸»"}})",
               CompletionTarget::UseCaseId);
}

TEST_CASE("package.json: not a use-case position", "[completion]") {
    expectSite(ManifestKind::PackageJson, R"({"useCase": "‸"})", CompletionTarget::None);               // not under "stackls"
    expectSite(ManifestKind::PackageJson, R"({"stackls": {"useCase": "ai-ml"}, "x": "‸"})", CompletionTarget::None);
    expectSite(ManifestKind::PackageJson, R"({"stackls": {"use‸Case": "ai-ml"}})", CompletionTarget::None);  // a key of stackls
    expectSite(ManifestKind::PackageJson, R"({"stackls": {"ignore": ["‸"]}})", CompletionTarget::None);
    expectSite(ManifestKind::PackageJson, "‸", CompletionTarget::None);
}

TEST_CASE("package.json: package names as dependency keys", "[completion]") {
    expectSite(ManifestKind::PackageJson, "{\"dependencies\": {\"«sock‸»\": \"^4\"}}", CompletionTarget::NpmPackage);
    expectSite(ManifestKind::PackageJson, "{\"devDependencies\": {\"a\": \"1\", \"«‸»", CompletionTarget::NpmPackage);
    // The version is a value, not a name.
    expectSite(ManifestKind::PackageJson, "{\"dependencies\": {\"ws\": \"^8‸\"}}", CompletionTarget::None);
    // A nested object of the same name is not a dependency section.
    expectSite(ManifestKind::PackageJson, "{\"x\": {\"dependencies\": {\"‸\": 1}}}", CompletionTarget::None);
}

TEST_CASE(".stackls.json: use-case ids at the top level", "[completion]") {
    expectSite(ManifestKind::StacklsConfig, R"({"useCase": "«‸»"})", CompletionTarget::UseCaseId);
    expectSite(ManifestKind::StacklsConfig, R"({"useCase": ["«io‸t»"]})", CompletionTarget::UseCaseId);
    expectSite(ManifestKind::StacklsConfig, R"({"stackls": {"useCase": "‸"}})", CompletionTarget::None);
}

TEST_CASE("requirements: the use-case comment and package names", "[completion]") {
    expectSite(ManifestKind::Requirements, "flask\n# stackls: use-case=«ai‸»\n", CompletionTarget::UseCaseId);
    expectSite(ManifestKind::Requirements, "#stackls:use-case = web, «‸»", CompletionTarget::UseCaseId);
    expectSite(ManifestKind::Requirements, "# stackls: use-case=«we‸b»,ai-ml", CompletionTarget::UseCaseId);
    expectSite(ManifestKind::Requirements, "# just a comment ‸", CompletionTarget::None);
    expectSite(ManifestKind::Requirements, "# stackls: use‸", CompletionTarget::None);

    expectSite(ManifestKind::Requirements, "flask\n«nu‸mpy»==1.26\n", CompletionTarget::PypiPackage);
    expectSite(ManifestKind::Requirements, "  «‸»", CompletionTarget::PypiPackage);
    expectSite(ManifestKind::Requirements, "numpy==‸", CompletionTarget::None);
    expectSite(ManifestKind::Requirements, "-r ‸", CompletionTarget::None);
    expectSite(ManifestKind::Requirements, "--hash‸", CompletionTarget::None);
    expectSite(ManifestKind::Requirements, "numpy \\\n  ‸", CompletionTarget::None);  // a continuation line
}

TEST_CASE("other files get no completion", "[completion]") {
    expectSite(ManifestKind::PyProject, "[project]\nname = \"‸\"", CompletionTarget::None);
}
