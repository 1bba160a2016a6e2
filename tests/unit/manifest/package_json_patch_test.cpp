// Patching a package.json model after an edit inside one string: whenever the patch is
// taken, the model equals a fresh parse of the edited text.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <random>
#include <string>

#include "knowledge/manifest/package_json.h"
#include "knowledge/manifest/package_json_patch.h"

using namespace stackls::manifest;

namespace {

// Applies `change` to `text` and tries the patch; the model is either patched to a fresh
// parse of the result or left as it was.
bool applyAndCheck(std::string& text, PackageJson& model, std::size_t begin, std::size_t end, const std::string& inserted) {
    std::string edited = text;
    edited.replace(begin, end - begin, inserted);
    PackageJson before = model;
    const bool patched = patchPackageJson(model, text, edited, {begin, end, inserted});
    if (patched) {
        REQUIRE(model == parsePackageJson(edited));
    } else {
        REQUIRE(model == before);
        model = parsePackageJson(edited);
    }
    text = std::move(edited);
    return patched;
}

std::string generatedManifest(std::mt19937& rng, int deps) {
    std::string out = "{\n  \"name\": \"generated\",\n  \"description\": \"A generated app\",\n"
                      "  \"keywords\": [\"api\", \"caf\xc3\xa9\"],\n  \"scripts\": {\"build\": \"tsc -b\"},\n"
                      "  \"exports\": {\"./a\\u0041\": {\"import\": \"./x.mjs\", \"q\": \"say \\\"hi\\\"\"}},\n";
    const char* sections[] = {"dependencies", "devDependencies", "peerDependencies"};
    for (int s = 0; s < 3; ++s) {
        out += std::string("  \"") + sections[s] + "\": {\n";
        for (int i = 0; i < deps; ++i) {
            std::string name = "@scope-" + std::to_string(rng() % 7) + "/pkg-" + std::to_string(s) + "-" + std::to_string(i);
            if (i == 3) name = "express";  // a catalogued name, once in every section
            if (i % 13 == 5) name += "\\u0041";  // an escape: never patched
            out += "    \"" + name + "\": \"^" + std::to_string(rng() % 20) + ".0.0\"" + (i + 1 < deps ? ",\n" : "\n");
        }
        out += std::string("  }") + (s < 2 ? ",\n" : "\n");
    }
    return out + "}\n";
}

}  // namespace

TEST_CASE("typing inside a dependency's name or version patches the model", "[package.json][patch]") {
    std::string text = R"({"name": "app", "dependencies": {"express": "^4.18.2", "lodash": "^4.17.21"}})";
    PackageJson model = parsePackageJson(text);
    const std::size_t inName = text.find("express") + 3;
    CHECK(applyAndCheck(text, model, inName, inName, "x"));
    CHECK(model.dependencies[0].name == "expxress");
    const std::size_t inSpec = text.find("4.17") + 2;
    CHECK(applyAndCheck(text, model, inSpec, inSpec + 1, "5"));
    CHECK(model.dependencies[1].spec == "^4.57.21");
    CHECK(model.dependencies[1].keyRange.begin == text.find("\"lodash\""));
}

TEST_CASE("edits that could change the structure or the problems are not patched", "[package.json][patch]") {
    std::string text = R"({"name": "app", "scripts": {"a": "b"}, "dependencies": {"react": "^18", "vue": "^3"}})";
    PackageJson model = parsePackageJson(text);
    const std::size_t inReact = text.find("react") + 2;
    CHECK_FALSE(applyAndCheck(text, model, inReact, inReact, "\""));  // a quote ends the string
    text = R"({"name": "app", "scripts": {"a": "b"}, "dependencies": {"react": "^18", "vue": "^3"}})";
    model = parsePackageJson(text);
    CHECK_FALSE(applyAndCheck(text, model, text.find("vue"), text.find("vue") + 3, "react"));  // "react" twice
    CHECK_FALSE(model.problems.empty());
    text = R"({"name": "app", "scripts": {"a": "b"}, "dependencies": {"react": "^18"}})";
    model = parsePackageJson(text);
    CHECK_FALSE(applyAndCheck(text, model, text.find("scripts") + 1, text.find("scripts") + 1, "x"));  // a root key: it decides what is read
    CHECK_FALSE(applyAndCheck(text, model, text.find("react"), text.find("react") + 5, ""));         // an empty name
    CHECK_FALSE(applyAndCheck(text, model, text.find("^18") + 1, text.find("^18") + 1, "\\"));       // an escape
}

TEST_CASE("typing inside a member the model does not read moves only positions", "[package.json][patch]") {
    std::string text = R"({"scripts": {"build": "tsc -b", "a\"b": "x"}, "dependencies": {"react": "^18"}})";
    PackageJson model = parsePackageJson(text);
    const std::size_t inScript = text.find("tsc") + 1;
    CHECK(applyAndCheck(text, model, inScript, inScript, "sc"));
    CHECK(model.dependencies[0].keyRange.begin == text.find("\"react\""));
    const std::size_t afterEscape = text.find("a\\\"b") + 2;  // between the backslash and the quote it escapes
    CHECK_FALSE(applyAndCheck(text, model, afterEscape, afterEscape, "x"));
}

TEST_CASE("random edits: a patched model always equals a fresh parse", "[package.json][patch]") {
    // Long runs by hand: STACKLS_PATCH_EDITS=200000.
    const char* env = std::getenv("STACKLS_PATCH_EDITS");
    const int edits = env ? std::atoi(env) : 3000;
    std::mt19937 rng(20261203);
    std::string text = generatedManifest(rng, 40);
    PackageJson model = parsePackageJson(text);
    const std::string alphabet[] = {"a", "Z", "-", "/", "@", "1", "^", " ", "\"", "\\", "\n", "\t", "\xc3\xa9", "{", ",", ":"};
    int patched = 0;
    for (int i = 0; i < edits; ++i) {
        if (text.size() > 20000 || !model.problems.empty()) {
            text = generatedManifest(rng, 40);
            model = parsePackageJson(text);
        }
        // Mostly inside a dependency's tokens, where typing happens; sometimes anywhere.
        std::size_t at = rng() % (text.size() + 1);
        if (!model.dependencies.empty() && rng() % 4 != 0) {
            const auto& d = model.dependencies[rng() % model.dependencies.size()];
            const ByteRange r = rng() % 2 ? d.keyRange : d.valueRange;
            if (r.end > r.begin) at = r.begin + rng() % (r.end - r.begin + 1);
        }
        // Edits never split a UTF-8 sequence: positions come from an editor's UTF-16 ones.
        while (at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) ++at;
        std::size_t end = at;
        if (rng() % 3 == 0) {
            end = std::min(text.size(), at + 1 + rng() % 3);
            while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) ++end;
        }
        const std::string inserted = rng() % 4 == 0 ? "" : alphabet[rng() % std::size(alphabet)];
        if (applyAndCheck(text, model, at, end, inserted)) ++patched;
    }
    // The patch must be the common case for such edits, or it saves nothing.
    CHECK(patched > edits / 4);
}
