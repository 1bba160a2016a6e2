// The hover renderings: what each kind of hover must say, in markdown and in plain text, checked against the knowledge base.
#include <catch2/catch.hpp>

#include <algorithm>
#include <sstream>
#include <string>

#include "knowledge/advisor.h"
#include "knowledge/loader.h"
#include "knowledge/manifest/package_json.h"
#include "server/lsp/hover_content.h"

namespace kn = stackls::knowledge;
using stackls::protocol::MarkupKind;
using namespace stackls::server;

namespace {

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// What the markdown side is expected to do to text from the knowledge base.
std::string mdEscaped(const std::string& text) {
    std::string out;
    for (char c : text) {
        if (std::string("\\`*_[]<>|").find(c) != std::string::npos) out += '\\';
        out += c;
    }
    return out;
}

kn::ProjectReport nodeProject(const std::string& packageJson) {
    kn::ProjectInput input;
    input.root = "/p";
    input.configPath = ".stackls.json";
    input.packageJson = kn::PackageJsonSource{{"package.json", packageJson}, stackls::manifest::parsePackageJson(packageJson)};
    return kn::advise(kn::builtinKnowledge(), input);
}

const kn::DependencyInfo& dependencyNamed(const kn::ProjectReport& report, const std::string& name) {
    auto it = std::find_if(report.dependencies.begin(), report.dependencies.end(),
                           [&](const kn::DependencyInfo& d) { return d.name == name; });
    REQUIRE(it != report.dependencies.end());
    return *it;
}

std::vector<std::string> linesOf(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) out.push_back(line);
    return out;
}

const std::string kAiOnNode = R"({"name": "x", "dependencies": {"socket.io": "^4", "left-pad-unknown": "1"},
  "stackls": {"useCase": "ai-ml"}})";

}  // namespace

TEST_CASE("markup kind follows the client's contentFormat order", "[hover]") {
    stackls::protocol::ClientCapabilities caps;
    CHECK(hoverMarkupKind(caps) == MarkupKind::Markdown);
    caps.hoverContentFormat = {"plaintext"};
    CHECK(hoverMarkupKind(caps) == MarkupKind::PlainText);
    caps.hoverContentFormat = {"plaintext", "markdown"};
    CHECK(hoverMarkupKind(caps) == MarkupKind::PlainText);
    caps.hoverContentFormat = {"markdown", "plaintext"};
    CHECK(hoverMarkupKind(caps) == MarkupKind::Markdown);
    caps.hoverContentFormat = {"asciidoc"};
    CHECK(hoverMarkupKind(caps) == MarkupKind::Markdown);
}

TEST_CASE("fit summary names both sides with the knowledge base's levels", "[hover]") {
    const auto& kb = kn::builtinKnowledge();
    for (const auto& u : kb.useCases) {
        CHECK(fitSummary(kb, u.id) == "Node.js: " + fitPhrase(u.fit[0].level) + " · Python: " + fitPhrase(u.fit[1].level));
    }
    CHECK(fitSummary(kb, "no-such-use-case").empty());
    CHECK(fitPhrase(kn::FitLevel::Weak) != fitPhrase(kn::FitLevel::Strong));
}

TEST_CASE("use-case hover: a markdown table with one row per dimension, the verdict and sources", "[hover]") {
    const auto& kb = kn::builtinKnowledge();
    auto report = nodeProject(kAiOnNode);
    const auto* u = kb.useCase("ai-ml");
    REQUIRE(u);
    auto md = useCaseHover(kb, "ai-ml", report, MarkupKind::Markdown);
    CHECK(has(md, "**" + u->title + "**"));
    CHECK(has(md, "| Dimension | Node.js | Python |"));
    std::size_t rows = 0;
    for (const auto& line : linesOf(md)) rows += line.rfind("| ", 0) == 0 ? 1 : 0;
    CHECK(rows == u->dimensions.size() + 1);  // header + one per dimension
    for (const auto& [id, weight] : u->dimensions) CHECK(has(md, kb.dimension(id)->title));
    const bool pythonBetter = u->fit[1].level > u->fit[0].level;
    CHECK(has(md, pythonBetter ? "Python suits it better" : "Node.js suits it better"));
    CHECK(has(md, "This project is on Node.js: " + fitPhrase(u->fit[0].level)));
    CHECK(has(md, "Sources: "));
    CHECK(has(md, u->source.section));
}

TEST_CASE("use-case hover in plain text: aligned columns, no markdown syntax", "[hover]") {
    const auto& kb = kn::builtinKnowledge();
    auto report = nodeProject(kAiOnNode);
    auto plain = useCaseHover(kb, "ai-ml", report, MarkupKind::PlainText);
    CHECK_FALSE(has(plain, "**"));
    CHECK_FALSE(has(plain, "|"));
    CHECK_FALSE(has(plain, "`"));
    auto lines = linesOf(plain);
    auto header = std::find_if(lines.begin(), lines.end(), [](const std::string& l) { return l.rfind("Dimension", 0) == 0; });
    REQUIRE(header != lines.end());
    const auto column = header->find("Node.js");
    REQUIRE(column != std::string::npos);
    // Every row's second cell starts in the header's "Node.js" column (ASCII titles: bytes = columns).
    const auto* u = kb.useCase("ai-ml");
    for (std::size_t i = 0; i < u->dimensions.size(); ++i) {
        const auto& row = *(header + 2 + static_cast<long>(i));
        const auto* d = kb.dimension(u->dimensions[i].first);
        REQUIRE(row.rfind(d->title, 0) == 0);
        CHECK(row.substr(column, d->sides[0].position.size()) == d->sides[0].position);
    }
}

TEST_CASE("use-case hover for an unknown id is empty", "[hover]") {
    CHECK(useCaseHover(kn::builtinKnowledge(), "ai-mll", nodeProject(kAiOnNode), MarkupKind::Markdown).empty());
}

TEST_CASE("dependency hover: role, signals, fit with the declared use case, equivalents", "[hover]") {
    const auto& kb = kn::builtinKnowledge();
    auto report = nodeProject(kAiOnNode);
    const auto& dep = dependencyNamed(report, "socket.io");
    REQUIRE(dep.package);
    auto md = dependencyHover(kb, dep, report, MarkupKind::Markdown);
    CHECK(has(md, "**socket.io** (npm) — " + dep.package->role));
    for (const auto& [id, w] : dep.package->signals) CHECK(has(md, kb.useCase(id)->title));
    const auto* ai = kb.useCase("ai-ml");
    CHECK(has(md, ai->title + " on Node.js: " + fitPhrase(ai->fit[0].level)));
    CHECK(has(md, "points elsewhere"));  // socket.io does not signal ai-ml
    for (const auto& e : dep.package->equivalents) CHECK(has(md, "`" + e + "`"));
    CHECK(has(md, "What this project declares it is for"));
}

TEST_CASE("dependency hover: in line with the use case, and unknown packages", "[hover]") {
    const auto& kb = kn::builtinKnowledge();
    auto report = nodeProject(R"({"dependencies": {"@tensorflow/tfjs": "4"}, "stackls": {"useCase": "ai-ml"}})");
    auto md = dependencyHover(kb, dependencyNamed(report, "@tensorflow/tfjs"), report, MarkupKind::Markdown);
    CHECK(has(md, "in line with it"));

    auto other = nodeProject(kAiOnNode);
    auto unknown = dependencyHover(kb, dependencyNamed(other, "left-pad-unknown"), other, MarkupKind::PlainText);
    CHECK(has(unknown, "left-pad-unknown (npm)"));
    CHECK(has(unknown, "Not in the stackls package catalogue"));
}

TEST_CASE("dependency hover without any use case says so", "[hover]") {
    const auto& kb = kn::builtinKnowledge();
    kn::DependencyInfo dep;
    dep.name = "express";
    dep.package = std::make_shared<const kn::Package>(*kb.package(kn::Tech::Node, "express"));
    kn::ProjectReport report;  // nothing declared, nothing inferred
    auto md = dependencyHover(kb, dep, report, MarkupKind::Markdown);
    CHECK(has(md, "No use case is declared or inferred"));
    CHECK_FALSE(has(md, "in line with it"));
}

TEST_CASE("markdown escapes names from user files, plain text keeps them", "[hover]") {
    const auto& kb = kn::builtinKnowledge();
    kn::DependencyInfo dep;
    dep.name = "my_pkg*";
    kn::ProjectReport report;
    CHECK(has(dependencyHover(kb, dep, report, MarkupKind::Markdown), "my\\_pkg\\*"));
    CHECK(has(dependencyHover(kb, dep, report, MarkupKind::PlainText), "my_pkg* (npm)"));
}

TEST_CASE("finding hover: rule, message, the knowledge it rests on, fixes", "[hover]") {
    const auto& kb = kn::builtinKnowledge();
    auto report = nodeProject(kAiOnNode);
    auto it = std::find_if(report.findings.begin(), report.findings.end(),
                           [](const kn::Finding& f) { return f.rule == kn::rule::kUseCaseMismatch; });
    REQUIRE(it != report.findings.end());
    auto md = findingHover(kb, *it, MarkupKind::Markdown);
    CHECK(has(md, "`use-case-mismatch`"));
    CHECK(has(md, mdEscaped(std::string(kn::ruleInfo(it->rule)->title))));
    REQUIRE_FALSE(it->refs.empty());
    CHECK(has(md, "Based on:"));
    for (const auto& ref : it->refs) CHECK(has(md, mdEscaped(kb.refLabel(ref))));
    if (!it->fixes.empty()) CHECK(has(md, "Quick fixes:"));
    for (const auto& fix : it->fixes) CHECK(has(md, mdEscaped(fix.title)));
    auto plain = findingHover(kb, *it, MarkupKind::PlainText);
    CHECK(has(plain, it->message));
}

TEST_CASE("rule hover: every rule's title and default severity; unknown ids get nothing", "[hover]") {
    for (const auto& r : kn::rules()) {
        auto md = ruleHover(r.id, MarkupKind::Markdown);
        CHECK(has(md, mdEscaped(std::string(r.title))));
        CHECK(has(md, "`" + std::string(r.id) + "`"));
        CHECK(has(md, std::string(kn::severityName(r.severity)) + " by default"));
    }
    CHECK(ruleHover("no-such-rule", MarkupKind::Markdown).empty());
}
