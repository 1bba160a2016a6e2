// SARIF 2.1.0 rendering of check results.
#include "server/cli/sarif.h"

#include <cstdio>

#include "server/cli/project_json.h"

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

std::string level(kn::Severity s) {
    switch (s) {
        case kn::Severity::Error: return "error";
        case kn::Severity::Warning: return "warning";
        default: return "note";
    }
}

}  // namespace

ordered_json toSarif(const std::vector<kn::ProjectInput>& inputs, const std::vector<kn::ProjectReport>& reports) {
    ordered_json rules = ordered_json::array();
    const auto& table = kn::rules();
    for (const auto& r : table) {
        rules.push_back({{"id", r.id},
                         {"name", r.id},
                         {"shortDescription", {{"text", r.title}}},
                         {"defaultConfiguration", {{"level", level(r.severity)}}},
                         {"properties", {{"category", kn::categoryName(r.category)}}}});
    }
    ordered_json results = ordered_json::array();
    for (std::size_t i = 0; i < inputs.size() && i < reports.size(); ++i) {
        ProjectPositions positions(inputs[i]);
        for (const auto& f : reports[i].findings) {
            std::size_t ruleIndex = 0;
            while (ruleIndex < table.size() && table[ruleIndex].id != f.rule) ++ruleIndex;
            auto s = positions.at(f.file, f.range.begin);
            auto e = positions.at(f.file, f.range.end);
            ordered_json result = {{"ruleId", f.rule},
                                   {"ruleIndex", ruleIndex},
                                   {"level", level(f.severity)},
                                   {"message", {{"text", f.message}}}};
            std::string file = f.file.empty() ? reports[i].root : f.file;
            result["locations"] = ordered_json::array(
                {{{"physicalLocation",
                   {{"artifactLocation", {{"uri", sarifUri(file)}}},
                    {"region", {{"startLine", s.line + 1}, {"startColumn", s.character + 1},
                                {"endLine", e.line + 1}, {"endColumn", e.character + 1}}}}}}});
            results.push_back(std::move(result));
        }
    }
    ordered_json driver = {{"name", "stackls"},
                           {"version", STACKLS_VERSION},
                           {"semanticVersion", STACKLS_VERSION},
                           {"rules", rules}};
    return {{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
            {"version", "2.1.0"},
            {"runs", ordered_json::array({{{"tool", {{"driver", driver}}}, {"columnKind", "utf16CodeUnits"}, {"results", results}}})}};
}

}  // namespace stackls::server
