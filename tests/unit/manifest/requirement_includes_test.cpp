// Include resolution over an in-memory file system: relative paths, cycles, missing files, limits.
#include <catch2/catch.hpp>

#include <map>

#include "knowledge/manifest/requirement_includes.h"

using namespace stackls::manifest;
namespace fs = std::filesystem;

namespace {

struct MemoryFs {
    std::map<fs::path, std::string> files;
    std::vector<fs::path> reads;
    ReadTextFile reader() {
        return [this](const fs::path& p) -> std::optional<std::string> {
            reads.push_back(p);
            const auto it = files.find(p);
            if (it == files.end()) return std::nullopt;
            return it->second;
        };
    }
};

bool hasProblem(const RequirementsFile& f, const std::string& needle) {
    for (const auto& p : f.problems)
        if (p.message.find(needle) != std::string::npos) return true;
    return false;
}

}  // namespace

TEST_CASE("includes resolve relative to the including file", "[includes]") {
    MemoryFs mem;
    mem.files["/p/requirements.txt"] = "flask\n-r requirements/dev.txt\n-c constraints.txt\n";
    mem.files["/p/requirements/dev.txt"] = "-r base.txt\npytest\n";
    mem.files["/p/requirements/base.txt"] = "requests\n";
    mem.files["/p/constraints.txt"] = "urllib3<2\n";
    const auto r = resolveRequirementIncludes("/p/requirements.txt", mem.reader());
    REQUIRE(r.files.size() == 4);
    CHECK(r.files[0].path == "/p/requirements.txt");
    CHECK(r.files[1].path == "/p/requirements/dev.txt");
    CHECK(r.files[1].depth == 1);
    CHECK(r.files[2].path == "/p/requirements/base.txt");
    CHECK(*r.files[2].parent == 1);
    CHECK(r.files[3].path == "/p/constraints.txt");
    CHECK(r.files[3].constraint);
    CHECK(!r.files[1].constraint);
    for (const auto& f : r.files) CHECK(f.file.problems.empty());
}

TEST_CASE("a cycle is reported at the include that closes it", "[includes]") {
    MemoryFs mem;
    mem.files["/p/a.txt"] = "x\n-r b.txt\n";
    mem.files["/p/b.txt"] = "-r ./a.txt\ny\n";
    const auto r = resolveRequirementIncludes("/p/a.txt", mem.reader());
    REQUIRE(r.files.size() == 2);
    REQUIRE(r.files[1].file.problems.size() == 1);
    const Problem& p = r.files[1].file.problems[0];
    CHECK(p.message.find("cycle") != std::string::npos);
    CHECK(p.line == 1);
    CHECK(p.range.begin == 0);
    CHECK(p.range.end == 10);
}

TEST_CASE("a self include and a missing file", "[includes]") {
    MemoryFs mem;
    mem.files["/p/r.txt"] = "-r r.txt\n-r missing.txt\n";
    const auto r = resolveRequirementIncludes("/p/r.txt", mem.reader());
    REQUIRE(r.files.size() == 1);
    CHECK(hasProblem(r.files[0].file, "cycle"));
    CHECK(hasProblem(r.files[0].file, "cannot open requirements file 'missing.txt'"));
    CHECK(r.files[0].file.problems[1].line == 2);
}

TEST_CASE("a diamond is read once and not reported", "[includes]") {
    MemoryFs mem;
    mem.files["/p/r.txt"] = "-r a.txt\n-r b.txt\n";
    mem.files["/p/a.txt"] = "-r c.txt\n";
    mem.files["/p/b.txt"] = "-r c.txt\n";
    mem.files["/p/c.txt"] = "x\n";
    const auto r = resolveRequirementIncludes("/p/r.txt", mem.reader());
    CHECK(r.files.size() == 4);
    for (const auto& f : r.files) CHECK(f.file.problems.empty());
}

TEST_CASE("depth and file-count limits", "[includes][limits]") {
    MemoryFs mem;
    for (int i = 0; i < 100; ++i) mem.files["/p/" + std::to_string(i) + ".txt"] = "-r " + std::to_string(i + 1) + ".txt\n";
    const auto deep = resolveRequirementIncludes("/p/0.txt", mem.reader());
    CHECK(deep.files.size() == IncludeLimits{}.maxDepth + 1);
    CHECK(hasProblem(deep.files.back().file, "deeper than"));

    IncludeLimits few;
    few.maxFiles = 3;
    few.maxDepth = 1000;
    const auto capped = resolveRequirementIncludes("/p/0.txt", mem.reader(), few);
    CHECK(capped.files.size() == 3);
    CHECK(hasProblem(capped.files.back().file, "more than 3"));
}

TEST_CASE("URL includes are never fetched and an unreadable root is one problem", "[includes]") {
    MemoryFs mem;
    mem.files["/p/r.txt"] = "-r https://example.com/reqs.txt\n";
    const auto r = resolveRequirementIncludes("/p/r.txt", mem.reader());
    CHECK(mem.reads.size() == 1);
    REQUIRE(r.files[0].file.problems.size() == 1);
    CHECK(r.files[0].file.problems[0].severity == Problem::Severity::Warning);

    const auto none = resolveRequirementIncludes("/nowhere.txt", mem.reader());
    REQUIRE(none.files.size() == 1);
    CHECK(none.files[0].file.problems.size() == 1);
}
