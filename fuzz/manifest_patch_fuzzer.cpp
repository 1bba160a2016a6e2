// Fuzzes the readers that patch a model after an edit: whenever a patch is taken, the model
// must equal a fresh parse of the edited text.
//
// Input: byte 0 picks the manifest (even: package.json, odd: requirements.txt); bytes 1-2
// where the edit begins, byte 3 how many bytes it removes (0-3) and how many of the bytes
// after it it inserts (bits 2-3); the rest is the text, whose last bytes are the insertion.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz/fuzz_check.h"
#include "knowledge/manifest/package_json.h"
#include "knowledge/manifest/package_json_patch.h"
#include "knowledge/manifest/requirements.h"
#include "knowledge/manifest/requirements_patch.h"

namespace m = stackls::manifest;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size < 4) return 0;
    const bool packageJson = data[0] % 2 == 0;
    const std::size_t insertedLength = std::min<std::size_t>((data[3] >> 2) & 3, size - 4);
    const std::string_view inserted(reinterpret_cast<const char*>(data) + size - insertedLength, insertedLength);
    const std::string text(reinterpret_cast<const char*>(data) + 4, size - 4 - insertedLength);
    const std::size_t begin = (static_cast<std::size_t>(data[1]) << 8 | data[2]) % (text.size() + 1);
    const std::size_t end = std::min(text.size(), begin + (data[3] & 3));
    std::string edited = text;
    edited.replace(begin, end - begin, inserted);
    const m::TextChange change{begin, end, inserted};

    if (packageJson) {
        m::PackageJson model = m::parsePackageJson(text);
        const m::PackageJson before = model;
        if (m::patchPackageJson(model, text, edited, change)) FUZZ_CHECK(model == m::parsePackageJson(edited));
        else FUZZ_CHECK(model == before);
    } else {
        m::RequirementsFile model = m::parseRequirements(text);
        const m::RequirementsFile before = model;
        if (m::patchRequirements(model, text, edited, change)) FUZZ_CHECK(model == m::parseRequirements(edited));
        else FUZZ_CHECK(model == before);
    }
    return 0;
}
