// Fuzzes the TOML path: the bounds pre-scan, toml++, and the pyproject.toml and Pipfile readers.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz/fuzz_check.h"
#include "knowledge/manifest/python_manifest.h"

namespace m = stackls::manifest;

namespace {

void checkRange(const m::ByteRange& r, std::size_t size) { FUZZ_CHECK(r.begin <= r.end && r.end <= size); }

void checkModel(const m::PythonManifest& model, std::size_t size) {
    for (const auto& d : model.dependencies) {
        checkRange(d.range, size);
        checkRange(d.nameRange, size);
        FUZZ_CHECK(!d.name.empty());
    }
    for (const auto& p : model.problems) checkRange(p.range, size);
    for (const auto* list : {&model.keywords, &model.classifiers, &model.workspaceMembers, &model.ignore})
        for (const auto& l : *list) checkRange(l.range, size);
    if (model.useCase)
        for (const auto& id : model.useCase->ids) checkRange(id.range, size);
    // A file that does not parse yields its one problem and nothing else.
    if (!model.parsed) FUZZ_CHECK(model.problems.size() == 1 && model.dependencies.empty());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    checkModel(m::parsePyProject(input), size);
    checkModel(m::parsePipfile(input), size);
    return 0;
}
