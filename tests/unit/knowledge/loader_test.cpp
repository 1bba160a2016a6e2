// The loader rejects broken data files with JSON paths, and keeps what is valid.
#include <catch2/catch.hpp>

#include "knowledge/embedded_data.h"
#include "knowledge/loader.h"

using namespace stackls::knowledge;

namespace {

std::vector<DataFile> builtinWith(const std::string& name, const std::string& text) {
    std::vector<DataFile> files;
    for (const auto& f : embeddedDataFiles()) {
        if (f.name != name) files.push_back({std::string(f.name), f.text});
    }
    if (!text.empty()) files.push_back({name, text});
    return files;
}

std::string errorsOf(const LoadResult& r) {
    std::string all;
    for (const auto& e : r.errors) all += e.toString() + "\n";
    return all;
}

}  // namespace

TEST_CASE("all data files are embedded") {
    std::vector<std::string> names;
    for (const auto& f : embeddedDataFiles()) names.emplace_back(f.name);
    for (const char* n : {"technologies.json", "dimensions.json", "use-cases.json"}) {
        CHECK(std::find(names.begin(), names.end(), n) != names.end());
    }
}

TEST_CASE("broken data files are reported with file and path") {
    struct Bad {
        const char* file;
        const char* text;
        const char* expect;
    };
    const Bad cases[] = {
        {"use-cases.json", "", "use-cases.json: data file is missing"},
        {"dimensions.json", "{\"dimensions\": [{\"id\": \"x\"}]}", "dimensions.json: $.dimensions[0].title: missing required member"},
        {"packages-npm.json", R"({"ecosystem": "npm", "source": "t", "packages": [{"name": "a", "role": "way too long a role label", "summary": "s", "signals": {"web": 1}}]})",
         "packages-npm.json: $.packages[0].role: longer than 16"},
        {"packages-npm.json", R"({"ecosystem": "npm", "source": "t", "packages": [{"name": "a", "role": "r", "summary": "s", "signals": {"web": 1}, "equivalents": ["not-a-pypi-package-anywhere"]}]})",
         "is not in the pypi catalogue"},
        {"technologies.json", "{\"technologies\": 5}", "technologies.json: $.technologies: expected an array"},
        {"use-cases.json", "not json", "use-cases.json: invalid JSON at line 1"},
    };
    for (const auto& c : cases) {
        SECTION(c.expect) {
            auto r = loadKnowledge(builtinWith(c.file, c.text));
            INFO(errorsOf(r));
            CHECK(errorsOf(r).find(c.expect) != std::string::npos);
        }
    }
}

TEST_CASE("a reason ref that names nothing is an error") {
    std::string text;
    for (const auto& f : embeddedDataFiles()) {
        if (f.name == "use-cases.json") text = std::string(f.text);
    }
    auto at = text.find("\"feature:node.event-driven-io\"");
    REQUIRE(at != std::string::npos);
    text.replace(at, 30, "\"feature:node.no-such-featur\"");
    auto r = loadKnowledge(builtinWith("use-cases.json", text));
    CHECK(errorsOf(r).find("names no knowledge entry") != std::string::npos);
}

TEST_CASE("the built-in catalogue is large and its entries resolve") {
    const auto& kb = builtinKnowledge();
    CHECK(kb.packages[idx(Tech::Node)].size() >= 300);
    CHECK(kb.packages[idx(Tech::Python)].size() >= 300);
    REQUIRE(kb.package(Tech::Python, "Flask_SocketIO"));
    CHECK(kb.package(Tech::Python, "Flask_SocketIO")->name == "flask-socketio");
}
