// Fuzzes the setup.cfg reader (configparser's line rules, setuptools' lists, PEP 508 items).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz/fuzz_check.h"
#include "knowledge/manifest/python_manifest.h"

namespace m = stackls::manifest;

namespace {

void checkRange(const m::ByteRange& r, std::size_t size) { FUZZ_CHECK(r.begin <= r.end && r.end <= size); }

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    const m::PythonManifest model = m::parseSetupCfg(input);
    for (const auto& d : model.dependencies) {
        checkRange(d.range, size);
        checkRange(d.nameRange, size);
        FUZZ_CHECK(d.nameRange.begin >= d.range.begin && d.nameRange.end <= d.range.end);
    }
    for (const auto& p : model.problems) {
        checkRange(p.range, size);
        FUZZ_CHECK(p.line >= 1);
    }
    for (const auto* list : {&model.keywords, &model.classifiers})
        for (const auto& l : *list) checkRange(l.range, size);
    return 0;
}
