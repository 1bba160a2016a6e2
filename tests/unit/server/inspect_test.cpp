// `stackls inspect`: output shape, UTF-16 ranges, exit codes and usage errors.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include <nlohmann/json.hpp>

#include "server/cli/inspect.h"

namespace fs = std::filesystem;
using stackls::server::runInspect;

namespace {

struct TempFile {
    fs::path dir, path;
    TempFile(const std::string& name, const std::string& text) {
        std::random_device rd;
        dir = fs::temp_directory_path() / ("stackls-inspect-" + std::to_string(rd()));
        fs::create_directories(dir);
        path = dir / name;
        std::ofstream(path, std::ios::binary) << text;
    }
    ~TempFile() {
        std::error_code ec;
        fs::remove_all(dir, ec);
    }
};

struct Run {
    int code;
    std::string out, err;
};

Run inspect(std::vector<std::string> args) {
    std::ostringstream out, err;
    const int code = runInspect(args, out, err);
    return {code, out.str(), err.str()};
}

}  // namespace

TEST_CASE("inspect prints the requirements shape with UTF-16 ranges", "[inspect]") {
    // The emoji is two UTF-16 units and four UTF-8 bytes: the error column proves the encoding.
    TempFile f("requirements.txt", "Flask[Async]>=2.0 ; python_version >= '3.8'\n# \xF0\x9F\x98\x80\n-r other.txt\nfoo~=1 # \xF0\x9F\x98\x80\n\xF0\x9F\x98\x80==1\n");
    const Run r = inspect({f.path.string()});
    CHECK(r.code == 1);
    const auto j = nlohmann::json::parse(r.out);
    CHECK(j["kind"] == "requirements");
    REQUIRE(j["entries"].size() == 3);
    const auto& flask = j["entries"][0];
    CHECK(flask["line"] == 1);
    CHECK(flask["kind"] == "requirement");
    CHECK(flask["name"] == "flask");
    CHECK(flask["extras"] == nlohmann::json::array({"async"}));
    CHECK(flask["specifier"] == ">=2.0");
    CHECK(flask["marker"] == "python_version >= \"3.8\"");
    CHECK(flask["url"].is_null());
    CHECK(flask["editable"] == false);
    CHECK(flask["range"]["start"] == nlohmann::json({{"line", 0}, {"character", 0}}));
    CHECK(j["entries"][1]["kind"] == "include");
    CHECK(j["entries"][1]["line"] == 3);
    REQUIRE(j["errors"].size() == 2);
    CHECK(j["errors"][1]["line"] == 5);
    CHECK(j["errors"][1]["range"]["start"] == nlohmann::json({{"line", 4}, {"character", 0}}));
    CHECK(j["errors"][1]["range"]["end"]["character"] == 5);  // emoji (2 units) + "==1" (3)
}

TEST_CASE("inspect prints the package.json shape", "[inspect]") {
    TempFile f("package.json", "{\"name\": \"\xC3\xA9t\xC3\xA9\", \"description\": \"d\", \"keywords\": [\"k\"],\n"
                               " \"dependencies\": {\"express\": \"^4\"}, \"devDependencies\": {\"jest\": \"29\"}}\n");
    const Run r = inspect({f.path.string(), "--format", "json"});
    CHECK(r.code == 0);
    const auto j = nlohmann::json::parse(r.out);
    CHECK(j["kind"] == "package.json");
    CHECK(j["name"] == "\xC3\xA9t\xC3\xA9");
    CHECK(j["keywords"] == nlohmann::json::array({"k"}));
    REQUIRE(j["dependencies"].size() == 2);
    CHECK(j["dependencies"][1] ["section"] == "devDependencies");
    CHECK(j["dependencies"][0]["range"]["start"] == nlohmann::json({{"line", 1}, {"character", 18}}));
    CHECK(j["errors"].empty());
}

TEST_CASE("inspect text format and exit codes", "[inspect]") {
    TempFile ok("requirements-dev.txt", "pytest\n");
    const Run text = inspect({ok.path.string(), "--format=text"});
    CHECK(text.code == 0);
    CHECK(text.out.find("requirement pytest") != std::string::npos);

    TempFile warn("requirements.txt", "foo==abc\n");
    CHECK(inspect({warn.path.string()}).code == 0);  // warnings alone do not fail

    CHECK(inspect({}).code == 2);
    CHECK(inspect({ok.path.string(), "--format", "yaml"}).code == 2);
    CHECK(inspect({(ok.dir / "requirements-missing.txt").string()}).code == 2);
    TempFile other("notes.md", "x");
    const Run unknown = inspect({other.path.string()});
    CHECK(unknown.code == 2);
    CHECK(!unknown.err.empty());
}
