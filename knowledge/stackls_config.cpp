// .stackls.json reader built on the manifest layer's position-keeping JSON reader.
#include "knowledge/stackls_config.h"

#include <string>

#include "knowledge/manifest/json_reader.h"
#include "knowledge/manifest/project_settings.h"

namespace stackls::knowledge {

namespace tolerant = manifest::json;  // not `json`: other files of this library alias nlohmann that way
using manifest::ByteRange;
using manifest::Located;
using manifest::Problem;

namespace {

constexpr std::size_t kMaxConfigBytes = 1024 * 1024;
constexpr std::string_view kConfigMembers[] = {"useCase", "ignore", "rules", "exclude", "knowledge"};
constexpr std::string_view kRuleLevels[] = {"error", "warning", "information", "hint", "off"};

std::string configMemberList() {
    std::string out;
    for (std::size_t i = 0; i < std::size(kConfigMembers); ++i) {
        if (i > 0) out += i + 1 == std::size(kConfigMembers) ? " or " : ", ";
        out += kConfigMembers[i];
    }
    return out;
}

void problem(StacklsConfig& out, ByteRange range, std::string message,
             Problem::Severity severity = Problem::Severity::Error) {
    out.problems.push_back({range, std::move(message), severity, 0});
}

std::vector<Located> strings(const tolerant::Document& doc, const tolerant::Node& n, std::string_view what,
                             StacklsConfig& out) {
    std::vector<Located> items;
    if (n.kind != tolerant::Kind::Array) {
        problem(out, n.range, std::string(what) + " must be an array of strings");
        return items;
    }
    for (const auto* c = doc.firstChild(n); c; c = doc.nextSibling(*c)) {
        if (c->kind == tolerant::Kind::String) items.push_back({std::string(c->text), c->range});
        else problem(out, c->range, std::string(what) + " items must be strings");
    }
    return items;
}

}  // namespace

StacklsConfig parseStacklsConfig(std::string_view text) {
    StacklsConfig out;
    tolerant::Limits limits;
    limits.maxBytes = kMaxConfigBytes;
    limits.maxDepth = 32;
    auto doc = tolerant::parse(text, limits);
    out.problems = doc.problems;
    const auto* root = doc.root();
    if (!root) {
        if (out.problems.empty()) problem(out, {0, 0}, ".stackls.json is empty; expected an object like {\"useCase\": \"web\"}");
    } else if (root->kind != tolerant::Kind::Object) {
        problem(out, root->range, ".stackls.json must hold a JSON object");
    } else {
        out.root = manifest::ObjectSpan{root->range, root->childCount, root->closed};
        for (const auto* m = doc.firstChild(*root); m; m = doc.nextSibling(*m)) {
            if (!m->hasKey || !m->keyClosed) continue;
            // Only the last of duplicated keys counts, as JSON.parse would have it.
            if (doc.member(*root, m->keyText) != m) continue;
            const std::string key(m->keyText);
            if (key == "useCase") {
                manifest::UseCaseDeclaration decl;
                decl.range = m->memberRange();
                if (m->kind == tolerant::Kind::String) decl.ids.push_back({std::string(m->text), m->range});
                else decl.ids = strings(doc, *m, "\"useCase\"", out);
                out.useCase = std::move(decl);
            } else if (key == "ignore") {
                out.ignore = strings(doc, *m, "\"ignore\"", out);
                if (m->kind == tolerant::Kind::Array && m->closed) out.ignoreArray = m->range;
            } else if (key == "knowledge") {
                if (m->kind == tolerant::Kind::String) out.knowledge = Located{std::string(m->text), m->range};
                else problem(out, m->range, "\"knowledge\" must be a path string");
            } else if (key == "rules") {
                out.rules = manifest::readRuleSettings(doc, *m, "\"rules\"", out.problems);
            } else if (key == "exclude") {
                out.exclude = manifest::readExcludeGlobs(doc, *m, "\"exclude\"", out.problems);
            } else if (key != "$schema") {
                problem(out, m->keyRange(), "unknown member \"" + key + "\" (expected " + configMemberList() + ")",
                        Problem::Severity::Warning);
            }
        }
    }
    for (auto& p : out.problems) p.line = tolerant::lineOf(text, p.range.begin);
    return out;
}

std::span<const std::string_view> stacklsConfigMembers() { return kConfigMembers; }

std::span<const std::string_view> ruleLevelNames() { return kRuleLevels; }

}  // namespace stackls::knowledge
