// Implementation of the knowledge tests' shared helpers.
#include "test_support.h"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "knowledge/embedded_data.h"
#include "knowledge/loader.h"
#include "knowledge/manifest/package_json.h"
#include "knowledge/manifest/requirements.h"

namespace stackls::knowledge::test {

namespace {

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read test data " + path);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

}  // namespace

const KnowledgeBase& fixtureKnowledge() {
    static const KnowledgeBase kb = [] {
        static const std::string npm = readFile(std::string(STACKLS_TEST_DATA) + "/knowledge/packages-npm.json");
        static const std::string pypi = readFile(std::string(STACKLS_TEST_DATA) + "/knowledge/packages-pypi.json");
        std::vector<DataFile> files;
        for (const auto& f : embeddedDataFiles()) {
            if (f.name.rfind("packages-", 0) != 0) files.push_back({std::string(f.name), f.text});
        }
        files.push_back({"packages-npm.json", npm});
        files.push_back({"packages-pypi.json", pypi});
        auto result = loadKnowledge(files);
        if (!result.ok()) throw std::runtime_error("fixture knowledge invalid: " + result.errors.front().toString());
        return result.kb;
    }();
    return kb;
}

Marked marked(const std::string& annotated) {
    auto open = annotated.find("[[");
    auto close = annotated.find("]]", open);
    if (open == std::string::npos || close == std::string::npos) throw std::logic_error("no [[...]] marker in " + annotated);
    std::string text = annotated.substr(0, open) + annotated.substr(open + 2, close - open - 2) + annotated.substr(close + 2);
    return {text, {open, close - 2}};
}

ProjectInput makeProject(const ProjectTexts& texts) {
    ProjectInput p;
    p.root = "proj";
    p.configPath = ".stackls.json";
    if (texts.packageJson) p.packageJson = PackageJsonSource{{"package.json", *texts.packageJson}, manifest::parsePackageJson(*texts.packageJson)};
    for (std::size_t i = 0; i < texts.requirements.size(); ++i) {
        std::string name = i == 0 ? "requirements.txt" : "requirements-" + std::to_string(i + 1) + ".txt";
        p.requirements.push_back({{name, texts.requirements[i]}, manifest::parseRequirements(texts.requirements[i])});
    }
    if (texts.config) p.config = TextFile{".stackls.json", *texts.config};
    if (texts.knowledge) p.userKnowledge = TextFile{"knowledge.json", *texts.knowledge};
    return p;
}

std::string applyFix(const Fix& fix, const std::string& file, std::string text) {
    std::vector<TextEdit> edits;
    for (const auto& e : fix.edits) {
        if (e.file == file) edits.push_back(e);
    }
    // From the back so earlier offsets stay valid.
    std::sort(edits.begin(), edits.end(), [](const TextEdit& a, const TextEdit& b) { return a.range.begin > b.range.begin; });
    for (const auto& e : edits) text.replace(e.range.begin, e.range.end - e.range.begin, e.newText);
    return text;
}

std::vector<std::string> ruleIds(const std::vector<Finding>& findings) {
    std::vector<std::string> out;
    for (const auto& f : findings) out.push_back(f.rule);
    std::sort(out.begin(), out.end());
    return out;
}

const Finding* findRule(const std::vector<Finding>& findings, std::string_view rule) {
    for (const auto& f : findings) {
        if (f.rule == rule) return &f;
    }
    return nullptr;
}

}  // namespace stackls::knowledge::test
