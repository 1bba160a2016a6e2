// Fuzzes the pip requirements reader and -r/-c include resolution over an in-memory tree.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "fuzz/fuzz_check.h"
#include "knowledge/manifest/requirement_includes.h"
#include "knowledge/manifest/requirements.h"

namespace m = stackls::manifest;

namespace {

void checkRange(const m::ByteRange& r, std::size_t size) { FUZZ_CHECK(r.begin <= r.end && r.end <= size); }

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);

    // A fixed environment: the fuzzer must not depend on the process's variables.
    m::RequirementsOptions options;
    options.environment = [](std::string_view name) -> std::optional<std::string> {
        if (name == "INDEX") return std::string("https://example.invalid/simple");
        return std::nullopt;
    };
    const m::RequirementsFile file = m::parseRequirements(input, options);
    for (const auto& entry : file.entries) {
        checkRange(entry.range, size);
        checkRange(entry.nameRange, size);
        checkRange(entry.specifierRange, size);
        checkRange(entry.markerRange, size);
    }
    for (const auto& problem : file.problems) checkRange(problem.range, size);

    // The input split at "\f" is a tree of files: r.txt, then a.txt, b.txt, ... so -r
    // includes, cycles and missing targets are all reachable.
    std::map<std::filesystem::path, std::string> files;
    std::size_t start = 0;
    for (char name = 'a' - 1; start <= input.size() && name <= 'z'; ++name) {
        const std::size_t end = std::min(input.find('\f', start), input.size());
        const std::string fileName = name < 'a' ? std::string("r.txt") : std::string(1, name) + ".txt";
        files.emplace(std::filesystem::path("/ws") / fileName, std::string(input.substr(start, end - start)));
        start = end + 1;
    }
    const m::ReadTextFile read = [&](const std::filesystem::path& path) -> std::optional<std::string> {
        const auto it = files.find(path.lexically_normal());
        if (it == files.end()) return std::nullopt;
        return it->second;
    };
    m::IncludeLimits limits;
    limits.maxDepth = 4;
    limits.maxFiles = 8;
    const m::IncludeResolution resolution = m::resolveRequirementIncludes("/ws/r.txt", read, limits, options);
    FUZZ_CHECK(!resolution.files.empty());
    FUZZ_CHECK(resolution.files.size() <= limits.maxFiles);
    for (const auto& included : resolution.files) {
        FUZZ_CHECK(included.depth <= limits.maxDepth);
        if (included.parent) FUZZ_CHECK(*included.parent < resolution.files.size());
    }
    return 0;
}
