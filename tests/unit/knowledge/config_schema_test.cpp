// schemas/stackls.schema.json and the server's reading of .stackls.json state the same facts.
#include <catch2/catch.hpp>

#include <fstream>
#include <set>

#include <nlohmann/json.hpp>

#include "knowledge/findings.h"
#include "knowledge/loader.h"
#include "knowledge/stackls_config.h"

using namespace stackls::knowledge;

namespace {

nlohmann::json configSchema() {
    std::ifstream in(STACKLS_TEST_DATA "/../../schemas/stackls.schema.json");
    REQUIRE(in);
    return nlohmann::json::parse(in);
}

std::vector<std::string> strings(const nlohmann::json& array) { return array.get<std::vector<std::string>>(); }

}  // namespace

TEST_CASE("the schema's members are the members .stackls.json is read with") {
    const auto schema = configSchema();
    std::set<std::string> inSchema;
    for (const auto& [key, value] : schema.at("properties").items())
        if (key != "$schema") inSchema.insert(key);
    std::set<std::string> read(stacklsConfigMembers().begin(), stacklsConfigMembers().end());
    CHECK(inSchema == read);
    CHECK(schema.at("additionalProperties") == false);
}

TEST_CASE("the schema's rule ids, severities and use cases are the rule table's and the knowledge base's") {
    const auto schema = configSchema();
    const auto& defs = schema.at("definitions");
    std::vector<std::string> ruleIds;
    for (const auto& r : rules()) ruleIds.emplace_back(r.id);
    CHECK(strings(defs.at("ruleId").at("enum")) == ruleIds);

    std::vector<std::string> levels(ruleLevelNames().begin(), ruleLevelNames().end());
    CHECK(strings(defs.at("severity").at("enum")) == levels);
    for (auto s : {Severity::Error, Severity::Warning, Severity::Information, Severity::Hint})
        CHECK(severityNamed(severityName(s)) == s);

    std::vector<std::string> useCases;
    for (const auto& u : builtinKnowledge().useCases) useCases.push_back(u.id);
    CHECK(strings(defs.at("useCaseId").at("enum")) == useCases);
}
