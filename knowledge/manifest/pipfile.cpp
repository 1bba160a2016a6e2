// Reads a Pipfile (pipenv): [packages], [dev-packages] and [requires].
#include <algorithm>

#include "knowledge/manifest/pep508.h"
#include "knowledge/manifest/python_dependency.h"
#include "knowledge/manifest/python_manifest.h"
#include "knowledge/manifest/requirements.h"
#include "knowledge/manifest/toml_values.h"

namespace stackls::manifest {
namespace {

// The PEP 508 marker variables pipenv accepts as keys of a package table.
constexpr std::string_view kPipfileMarkerKeys[] = {
    "os_name", "sys_platform", "platform_machine", "platform_python_implementation", "platform_release",
    "platform_system", "platform_version", "python_version", "python_full_version", "implementation_name",
    "implementation_version"};

class PipfileReader {
public:
    PipfileReader(const TomlDocument& doc, PythonManifest& out) : doc_(doc), out_(out), v_(doc, out.problems) {}

    void run() {
        const toml::table& root = *doc_.root();
        packages(v_.table(root.get("packages"), "[packages]"), "packages", false);
        packages(v_.table(root.get("dev-packages"), "[dev-packages]"), "dev-packages", true);
        if (const auto* requires_ = v_.table(root.get("requires"), "[requires]")) {
            out_.requiresPython = v_.string(requires_->get("python_full_version"), "requires.python_full_version");
            if (!out_.requiresPython) out_.requiresPython = v_.string(requires_->get("python_version"), "requires.python_version");
        }
    }

private:
    // pipenv's version strings: "*" for any, a bare version for ==, else a PEP 440 specifier.
    void version(PythonDependency& d, const Located& spec, const std::string& label) {
        std::string_view text = spec.text;
        while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
        if (text.empty() || text == "*") return;
        const std::string written = !text.empty() && text.front() >= '0' && text.front() <= '9' ? "==" + std::string(text) : std::string(text);
        std::string error;
        if (auto normalized = normalizeSpecifier(written, &error)) d.specifier = *normalized;
        else v_.error(spec.range, label + ": not a version specifier: " + error);
    }

    void packages(const toml::table* table, const std::string& section, bool dev) {
        if (!table) return;
        out_.dependencies.reserve(out_.dependencies.size() + table->size());
        for (const auto& [key, value] : *table) {
            const std::string label = section + "." + std::string(key.str());
            if (!pep508::isValidProjectName(key.str())) {
                v_.error(doc_.range(key.source()), "'" + std::string(key.str()) + "' is not a valid package name");
                continue;
            }
            PythonDependency d;
            d.name = normalizePackageName(key.str());
            d.nameRange = doc_.range(key.source());
            d.range = v_.entryRange(key, value);
            d.section = section;
            d.group = dev ? "dev" : "";
            d.dev = dev;
            if (value.is_string()) {
                version(d, *doc_.string(&value), label);
            } else if (const auto* t = value.as_table()) {
                entry(d, *t, label);
            } else {
                v_.warn(value, label + " must be a version string or a table");
                continue;
            }
            out_.dependencies.push_back(std::move(d));
        }
    }

    void entry(PythonDependency& d, const toml::table& t, const std::string& label) {
        if (const auto spec = v_.string(t.get("version"), label + ".version")) version(d, *spec, label + ".version");
        for (const Located& x : v_.strings(t.get("extras"), label + ".extras")) d.extras.push_back(normalizePackageName(x.text));
        std::sort(d.extras.begin(), d.extras.end());
        d.extras.erase(std::unique(d.extras.begin(), d.extras.end()), d.extras.end());
        std::vector<std::string> markers;
        if (const auto m = v_.string(t.get("markers"), label + ".markers")) markers.push_back(m->text);
        for (std::string_view key : kPipfileMarkerKeys)
            if (const auto m = v_.string(t.get(key), label + "." + std::string(key))) markers.push_back(std::string(key) + " " + m->text);
        if (!markers.empty()) {
            std::string joined;
            for (const std::string& m : markers) joined += (joined.empty() ? "" : " and ") + (markers.size() > 1 ? "(" + m + ")" : m);
            std::string error;
            if (auto normalized = normalizeMarker(joined, &error)) d.marker = *normalized;
            else v_.error(doc_.range(t.source()), label + ": invalid markers: " + error);
        }
        if (const auto git = v_.string(t.get("git"), label + ".git")) {
            std::string url = git->text.starts_with("git+") ? git->text : "git+" + git->text;
            if (const auto ref = v_.string(t.get("ref"), label + ".ref")) url += "@" + ref->text;
            d.url = url;
        } else if (const auto path = v_.string(t.get("path"), label + ".path")) {
            d.url = path->text;
        } else if (const auto file = v_.string(t.get("file"), label + ".file")) {
            d.url = file->text;
        }
    }

    const TomlDocument& doc_;
    PythonManifest& out_;
    TomlValues v_;
};

}  // namespace

PythonManifest parsePipfile(std::string_view text) {
    PythonManifest out;
    out.kind = PythonManifestKind::Pipfile;
    const TomlDocument doc(text);
    if (!doc.root()) {
        out.parsed = false;
        out.problems.push_back(*doc.error());
        return out;
    }
    PipfileReader(doc, out).run();
    sortByPosition(out);
    return out;
}

}  // namespace stackls::manifest
