// Fuzzes the tolerant, position-keeping JSON reader and the package.json reader built on it.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz/fuzz_check.h"
#include "knowledge/manifest/json_reader.h"
#include "knowledge/manifest/package_json.h"

namespace m = stackls::manifest;

namespace {

void checkRange(const m::ByteRange& r, std::size_t size) { FUZZ_CHECK(r.begin <= r.end && r.end <= size); }

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);

    // Small limits so the depth and problem caps are reached by short inputs.
    m::json::Limits limits;
    limits.maxDepth = 16;
    limits.maxProblems = 8;
    const m::json::Document doc = m::json::parse(text, limits);
    FUZZ_CHECK(doc.problems.size() <= limits.maxProblems + 1);
    for (std::size_t i = 0; i < doc.nodes.size(); ++i) {
        const m::json::Node& node = doc.nodes[i];
        checkRange(node.range, size);
        if (node.hasKey) checkRange(node.keyRange(), size);
        if (i > 0) FUZZ_CHECK(node.parent < i);
        std::size_t children = 0;
        for (const m::json::Node* child = doc.firstChild(node); child; child = doc.nextSibling(*child)) {
            FUZZ_CHECK(&doc.nodes[child->parent] == &node);
            FUZZ_CHECK(++children <= node.childCount);
        }
        FUZZ_CHECK(children == node.childCount);
    }
    for (const auto& problem : doc.problems) checkRange(problem.range, size);

    // Not storing some content must not change what is reported.
    const m::json::Document part = m::json::parse(
        text, limits, [](const m::json::Document&, const m::json::Node& c) { return c.range.begin % 3 != 1; });
    FUZZ_CHECK(part.problems.size() == doc.problems.size());
    for (std::size_t i = 0; i < part.problems.size(); ++i) {
        FUZZ_CHECK(part.problems[i].range == doc.problems[i].range);
        FUZZ_CHECK(part.problems[i].message == doc.problems[i].message);
    }
    for (const auto& node : part.nodes) FUZZ_CHECK(!node.contentSkipped || node.childCount == 0);

    const m::PackageJson pkg = m::parsePackageJson(text);
    for (const auto& dep : pkg.dependencies) {
        checkRange(dep.keyRange, size);
        checkRange(dep.valueRange, size);
        checkRange(dep.memberRange, size);
    }
    for (const auto& problem : pkg.problems) checkRange(problem.range, size);
    return 0;
}
