// Patching a requirements model after an edit inside one line: whenever the patch is taken,
// the model equals a fresh parse of the edited text.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <random>
#include <string>

#include "knowledge/manifest/requirements.h"
#include "knowledge/manifest/requirements_patch.h"

using namespace stackls::manifest;

namespace {

bool applyAndCheckLine(std::string& text, RequirementsFile& model, std::size_t begin, std::size_t end,
                       const std::string& inserted) {
    std::string edited = text;
    edited.replace(begin, end - begin, inserted);
    RequirementsFile before = model;
    const bool patched = patchRequirements(model, text, edited, {begin, end, inserted});
    if (patched) {
        INFO("before:\n" << text << "\nreplaced [" << begin << ", " << end << ") by '" << inserted << "'");
        REQUIRE(model == parseRequirements(edited));
    } else {
        REQUIRE(model == before);
        model = parseRequirements(edited);
    }
    text = std::move(edited);
    return patched;
}

std::string generatedRequirements(std::mt19937& rng, int lines) {
    const char* known[] = {"flask", "numpy", "torch", "django", "pandas", "fastapi", "celery"};
    std::string out = "# generated\n--index-url https://example.invalid/simple\n";
    for (int i = 0; i < lines; ++i) {
        switch (rng() % 7) {
            case 0: out += std::string(known[rng() % 7]) + "==1." + std::to_string(i) + "\n"; break;
            case 1: out += "pkg-" + std::to_string(i) + "[extra]>=2 ; python_version >= \"3.9\"\n"; break;
            case 2: out += "pkg-" + std::to_string(i) + "==1.0 \\\n    --hash=sha256:abc\n"; break;
            case 3: out += "\n"; break;
            case 4: out += "pkg-" + std::to_string(i) + "~=2.0  # pinned\r\n"; break;
            case 5: out += "pkg-" + std::to_string(i) + "\n"; break;
            default: out += "pkg-" + std::to_string(i) + " @ https://example.invalid/p.whl\n"; break;
        }
    }
    return out;
}

}  // namespace

TEST_CASE("typing inside a requirement line patches the model", "[requirements][patch]") {
    std::string text = "flask==2.0\n\nnumpy>=1.26\n# a comment\ntorch\n";
    RequirementsFile model = parseRequirements(text);
    CHECK(applyAndCheckLine(text, model, text.find("numpy") + 2, text.find("numpy") + 2, "x"));
    CHECK(model.entries[1].name == "nuxmpy");
    CHECK(applyAndCheckLine(text, model, text.find("torch"), text.find("torch") + 5, "tensorflow"));
    CHECK(model.entries[2].name == "tensorflow");
    CHECK(model.entries[2].nameRange.begin == text.find("tensorflow"));
}

TEST_CASE("edits that could join lines or change the file's options are not patched", "[requirements][patch]") {
    std::string text = "flask==2.0\nnumpy>=1.26 \\\n  --hash=sha256:abc\n-r other.txt\n";
    RequirementsFile model = parseRequirements(text);
    CHECK_FALSE(applyAndCheckLine(text, model, text.find("flask") + 5, text.find("flask") + 5, "\n"));  // a new line
    text = "flask==2.0\nnumpy>=1.26 \\\n  --hash=sha256:abc\ntorch\n";
    model = parseRequirements(text);
    CHECK_FALSE(applyAndCheckLine(text, model, text.find("numpy") + 1, text.find("numpy") + 1, "x"));  // continued
    CHECK_FALSE(applyAndCheckLine(text, model, text.find("torch"), text.find("torch") + 5, "-r x.txt"));  // an include
    CHECK_FALSE(applyAndCheckLine(text, model, text.find("flask") + 2, text.find("flask") + 2, "${X}"));  // a variable
    text = "flask\r1\ntorch\n";  // "\r" ends a line; without the "1", "\r\n" is one break
    model = parseRequirements(text);
    CHECK_FALSE(applyAndCheckLine(text, model, text.find('1'), text.find('1') + 1, ""));
    text = "flask\r\ntorch\n";
    model = parseRequirements(text);
    CHECK_FALSE(applyAndCheckLine(text, model, text.find('\n'), text.find('\n'), "x"));
}

TEST_CASE("random line edits: a patched requirements model always equals a fresh parse", "[requirements][patch]") {
    const char* env = std::getenv("STACKLS_PATCH_EDITS");
    const int edits = env ? std::atoi(env) : 3000;
    std::mt19937 rng(20261204);
    std::string text = generatedRequirements(rng, 60);
    RequirementsFile model = parseRequirements(text);
    const std::string alphabet[] = {"a", "Z", "-", "_", ".", "1", "=", ">", "<", "~", "[", "]", ",", ";", " ", "#",
                                    "@", "\\", "$", "\n", "\xc3\xa9", "\"", "-r ", "==2.0"};
    int patched = 0;
    for (int i = 0; i < edits; ++i) {
        if (text.size() > 20000 || model.problems.size() > 3) {
            text = generatedRequirements(rng, 60);
            model = parseRequirements(text);
        }
        std::size_t at = rng() % (text.size() + 1);
        if (!model.entries.empty() && rng() % 4 != 0) {
            const auto& e = model.entries[rng() % model.entries.size()];
            if (e.range.end > e.range.begin) at = e.range.begin + rng() % (e.range.end - e.range.begin + 1);
        }
        while (at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) ++at;
        std::size_t end = at;
        if (rng() % 3 == 0) {
            end = std::min(text.size(), at + 1 + rng() % 3);
            while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) ++end;
        }
        const std::string inserted = rng() % 4 == 0 ? "" : alphabet[rng() % std::size(alphabet)];
        if (applyAndCheckLine(text, model, at, end, inserted)) ++patched;
    }
    CHECK(patched > edits / 4);
}
