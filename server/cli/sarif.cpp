// SARIF 2.1.0 rendering of check results.
#include "server/cli/sarif.h"

#include <cstdint>
#include <cstdio>
#include <map>

#include "knowledge/rule_docs.h"
#include "server/cli/project_json.h"
#include "support/args.h"

namespace stackls::server {

using nlohmann::ordered_json;
namespace kn = stackls::knowledge;

std::string sarifUri(const std::string& path) {
    std::string out = !path.empty() && path.front() == '/' ? "file://" : "";
    for (unsigned char c : path) {
        bool plain = std::isalnum(c) || c == '/' || c == '-' || c == '_' || c == '.' || c == '~';
        if (plain) {
            out += static_cast<char>(c);
        } else {
            char buf[4];
            std::snprintf(buf, sizeof buf, "%%%02X", c);
            out += buf;
        }
    }
    return out;
}

namespace {

constexpr const char* kSrcRoot = "%SRCROOT%";

std::string sarifLevel(kn::Severity s) {
    switch (s) {
        case kn::Severity::Error: return "error";
        case kn::Severity::Warning: return "warning";
        case kn::Severity::Information: return "note";
        case kn::Severity::Hint: return "none";
    }
    return "note";
}

// The rule's section of docs/rules.md: under STACKLS_HOMEPAGE when the build names one, else
// relative to the project's repository (no address is made up).
std::string rulesDocUri(std::string_view id) {
    const std::string_view homepage = STACKLS_HOMEPAGE;
    const std::string section = "docs/rules.md#" + std::string(id);
    return homepage.empty() ? section : std::string(homepage) + "/blob/main/" + section;
}

std::vector<std::string> tagList(std::string_view tags) {
    const auto items = support::splitList(tags);
    return {items.begin(), items.end()};
}

ordered_json ruleDescriptor(const kn::RuleInfo& r) {
    const kn::RuleDoc* doc = kn::ruleDoc(r.id);
    const std::string id(r.id);
    const std::string silence = "To silence it, set \"rules\": {\"" + id + "\": \"off\"} in .stackls.json.";
    ordered_json rule = {{"id", id}};
    if (doc) rule["name"] = doc->name;
    rule["shortDescription"] = {{"text", r.title}};
    if (doc) {
        rule["fullDescription"] = {{"text", doc->description}};
        rule["help"] = {{"text", std::string(doc->description) + " " + std::string(doc->fix) + " " + silence},
                        {"markdown", "**" + id + "**: " + std::string(doc->description) + "\n\n**Fix.** " +
                                         std::string(doc->fix) + "\n\n**Silence.** `\"rules\": {\"" + id +
                                         "\": \"off\"}` in `.stackls.json`.\n\n[Documentation](" + rulesDocUri(id) +
                                         ")"}};
    }
    rule["helpUri"] = rulesDocUri(id);
    rule["defaultConfiguration"] = {{"level", sarifLevel(r.severity)}};
    ordered_json properties = {{"category", kn::categoryName(r.category)}};
    if (doc) properties["tags"] = tagList(doc->tags);
    rule["properties"] = std::move(properties);
    return rule;
}

// 64-bit FNV-1a, written as 16 hex digits: stable across runs, platforms and versions.
std::string fingerprintHex(std::string_view text) {
    std::uint64_t h = 14695981039346656037ull;
    for (unsigned char c : text) {
        h ^= c;
        h *= 1099511628211ull;
    }
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
    return buf;
}

// What identifies a finding apart from where its line is: the rule, the file, what it is
// about and the text of its line with surrounding blanks removed. Moving unrelated lines
// keeps it; identical findings on identical lines are told apart by their order.
std::string fingerprintKey(const kn::Finding& f, std::string_view line) {
    while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r')) line.remove_suffix(1);
    std::string key = f.rule;
    for (std::string_view part : {std::string_view(f.file), std::string_view(f.useCase), std::string_view(f.dependency), line}) {
        key += '\x1f';
        key += part;
    }
    return key;
}

}  // namespace

ordered_json toSarif(const std::vector<kn::ProjectInput>& inputs, const std::vector<kn::ProjectReport>& reports,
                     const std::filesystem::path& srcRoot) {
    ordered_json rules = ordered_json::array();
    const auto& table = kn::rules();
    for (const auto& r : table) rules.push_back(ruleDescriptor(r));
    ordered_json results = ordered_json::array();
    std::map<std::string, int> seen;  // fingerprint key → how many came before
    for (std::size_t i = 0; i < inputs.size() && i < reports.size(); ++i) {
        ProjectPositions positions(inputs[i]);
        for (const auto& f : reports[i].findings) {
            std::size_t ruleIndex = 0;
            while (ruleIndex < table.size() && table[ruleIndex].id != f.rule) ++ruleIndex;
            auto s = positions.at(f.file, f.range.begin);
            auto e = positions.at(f.file, f.range.end);
            const std::string file = f.file.empty() ? reports[i].root : f.file;
            ordered_json artifact = {{"uri", sarifUri(file)}};
            if (!file.empty() && file.front() != '/') artifact["uriBaseId"] = kSrcRoot;
            const std::string key = fingerprintKey(f, positions.lineText(f.file, f.range.begin));
            const int occurrence = seen[key]++;
            ordered_json result = {{"ruleId", f.rule},
                                   {"ruleIndex", ruleIndex},
                                   {"level", sarifLevel(f.severity)},
                                   {"message", {{"text", f.message}}}};
            result["locations"] = ordered_json::array(
                {{{"physicalLocation",
                   {{"artifactLocation", std::move(artifact)},
                    {"region", {{"startLine", s.line + 1}, {"startColumn", s.character + 1},
                                {"endLine", e.line + 1}, {"endColumn", e.character + 1}}}}}}});
            result["partialFingerprints"] = {
                {"stacklsFinding/v1", fingerprintHex(key) + ":" + std::to_string(occurrence + 1)}};
            results.push_back(std::move(result));
        }
    }
    ordered_json driver = {{"name", "stackls"}, {"version", STACKLS_VERSION}, {"semanticVersion", STACKLS_VERSION}};
    if (!std::string_view(STACKLS_HOMEPAGE).empty()) driver["informationUri"] = STACKLS_HOMEPAGE;
    driver["rules"] = std::move(rules);
    std::string root = srcRoot.generic_string();
    if (root.empty() || root.back() != '/') root += '/';
    ordered_json run = {{"tool", {{"driver", driver}}},
                        {"originalUriBaseIds", {{kSrcRoot, {{"uri", sarifUri(root)}}}}},
                        {"columnKind", "utf16CodeUnits"},
                        {"results", results}};
    return {{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
            {"version", "2.1.0"},
            {"runs", ordered_json::array({std::move(run)})}};
}

}  // namespace stackls::server
