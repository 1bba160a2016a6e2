// `stackls inspect`: reads one manifest and prints its model as JSON or text.
#include "server/cli/inspect.h"

#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>

#include <nlohmann/json.hpp>

#include "knowledge/manifest/manifest_kind.h"
#include "knowledge/manifest/package_json.h"
#include "knowledge/manifest/python_manifest.h"
#include "knowledge/manifest/requirements.h"
#include "protocol/position.h"
#include "support/limits.h"

namespace stackls::server {
namespace {

using nlohmann::ordered_json;
namespace mf = stackls::manifest;

constexpr std::uintmax_t kMaxRead = support::kMaxManifestBytes;

struct Positions {
    std::string_view text;
    protocol::LineIndex index;
    ordered_json range(mf::ByteRange r) const {
        const auto s = index.toPosition(text, r.begin, protocol::PositionEncoding::Utf16);
        const auto e = index.toPosition(text, r.end, protocol::PositionEncoding::Utf16);
        return {{"start", {{"line", s.line}, {"character", s.character}}},
                {"end", {{"line", e.line}, {"character", e.character}}}};
    }
};

ordered_json problemsJson(const std::vector<mf::Problem>& problems, const Positions& pos) {
    ordered_json out = ordered_json::array();
    for (const auto& p : problems)
        out.push_back({{"line", p.line},
                       {"message", p.message},
                       {"severity", p.severity == mf::Problem::Severity::Error ? "error" : "warning"},
                       {"range", pos.range(p.range)}});
    return out;
}

ordered_json located(const std::optional<mf::Located>& l) { return l ? ordered_json(l->text) : ordered_json(nullptr); }

ordered_json requirementsJson(const std::string& file, const mf::RequirementsFile& r, const Positions& pos) {
    ordered_json entries = ordered_json::array();
    for (const auto& e : r.entries) {
        ordered_json options = ordered_json::object();
        for (const auto& [k, v] : e.options) options[k] = v;
        entries.push_back({{"line", e.line},
                           {"kind", mf::requirementKindName(e.kind)},
                           {"name", e.name.empty() ? ordered_json(nullptr) : ordered_json(e.name)},
                           {"extras", e.extras},
                           {"specifier", e.specifier},
                           {"marker", e.marker ? ordered_json(*e.marker) : ordered_json(nullptr)},
                           {"url", e.url ? ordered_json(*e.url) : ordered_json(nullptr)},
                           {"path", e.path ? ordered_json(*e.path) : ordered_json(nullptr)},
                           {"editable", e.editable},
                           {"options", options},
                           {"range", pos.range(e.range)}});
    }
    ordered_json useCase = nullptr;
    if (r.useCase) {
        useCase = ordered_json::array();
        for (const auto& id : r.useCase->ids) useCase.push_back(id.text);
    }
    return {{"file", file}, {"kind", "requirements"}, {"entries", entries}, {"useCase", useCase},
            {"errors", problemsJson(r.problems, pos)}};
}

ordered_json packageJson(const std::string& file, const mf::PackageJson& p, const Positions& pos) {
    ordered_json keywords = ordered_json::array(), deps = ordered_json::array(), engines = ordered_json::object(),
                 workspaces = ordered_json::array();
    for (const auto& k : p.keywords) keywords.push_back(k.text);
    for (const auto& [k, v] : p.engines) engines[k.text] = v.text;
    for (const auto& w : p.workspaces) workspaces.push_back(w.text);
    for (const auto& d : p.dependencies)
        deps.push_back({{"name", d.name}, {"spec", d.spec}, {"section", mf::dependencySectionName(d.section)},
                        {"range", pos.range(d.memberRange)}});
    ordered_json stackls = nullptr;
    if (p.stackls) {
        ordered_json ids = ordered_json::array(), ignore = ordered_json::array();
        if (p.stackls->useCase)
            for (const auto& id : p.stackls->useCase->ids) ids.push_back(id.text);
        for (const auto& i : p.stackls->ignore) ignore.push_back(i.text);
        stackls = {{"useCase", ids}, {"ignore", ignore}};
    }
    return {{"file", file}, {"kind", "package.json"}, {"name", located(p.name)},
            {"description", located(p.description)}, {"keywords", keywords}, {"engines", engines},
            {"workspaces", workspaces}, {"dependencies", deps}, {"stackls", stackls},
            {"errors", problemsJson(p.problems, pos)}};
}

ordered_json pythonManifestJson(const std::string& file, const mf::PythonManifest& m, const Positions& pos) {
    const auto texts = [](const std::vector<mf::Located>& items) {
        ordered_json out = ordered_json::array();
        for (const auto& i : items) out.push_back(i.text);
        return out;
    };
    ordered_json deps = ordered_json::array();
    for (const auto& d : m.dependencies)
        deps.push_back({{"name", d.name},
                        {"extras", d.extras},
                        {"specifier", d.specifier},
                        {"marker", d.marker ? ordered_json(*d.marker) : ordered_json(nullptr)},
                        {"url", d.url ? ordered_json(*d.url) : ordered_json(nullptr)},
                        {"section", d.section},
                        {"group", d.group},
                        {"dev", d.dev},
                        {"optional", d.optional},
                        {"range", pos.range(d.range)},
                        {"nameRange", pos.range(d.nameRange)}});
    ordered_json stackls = nullptr;
    if (m.useCase || !m.ignore.empty() || m.stacklsTable) {
        stackls = {{"useCase", m.useCase ? texts(m.useCase->ids) : ordered_json::array()}, {"ignore", texts(m.ignore)}};
    }
    ordered_json out = {{"file", file},
                        {"kind", mf::pythonManifestKindName(m.kind)},
                        {"parsed", m.parsed},
                        {"name", located(m.name)},
                        {"description", located(m.description)},
                        {"keywords", texts(m.keywords)},
                        {"classifiers", texts(m.classifiers)},
                        {"requiresPython", located(m.requiresPython)},
                        {"dependencies", deps},
                        {"stackls", stackls},
                        {"workspaceMembers", texts(m.workspaceMembers)}};
    if (m.kind == mf::PythonManifestKind::SetupCfg) out["note"] = "setup.py is never run: only setup.cfg is read";
    out["errors"] = problemsJson(m.problems, pos);
    return out;
}

void printText(const ordered_json& j, std::ostream& out) {
    out << j["file"].get<std::string>() << " (" << j["kind"].get<std::string>() << ")\n";
    if (j["kind"] == "requirements") {
        for (const auto& e : j["entries"]) {
            out << "  line " << e["line"].get<std::size_t>() << ": " << e["kind"].get<std::string>();
            if (!e["name"].is_null()) out << " " << e["name"].get<std::string>();
            if (!e["extras"].empty()) {
                std::string x;
                for (const auto& s : e["extras"]) x += (x.empty() ? "" : ",") + s.get<std::string>();
                out << "[" << x << "]";
            }
            if (!e["specifier"].get<std::string>().empty()) out << " " << e["specifier"].get<std::string>();
            if (!e["url"].is_null()) out << " @ " << e["url"].get<std::string>();
            if (!e["path"].is_null()) out << " path " << e["path"].get<std::string>();
            if (!e["marker"].is_null()) out << " ; " << e["marker"].get<std::string>();
            for (const auto& [k, v] : e["options"].items()) {
                out << " " << k;
                for (const auto& s : v) out << " " << s.get<std::string>();
            }
            out << "\n";
        }
    } else if (j["kind"] != "package.json") {
        for (const char* field : {"name", "description", "requiresPython"})
            if (!j[field].is_null()) out << "  " << field << ": " << j[field].get<std::string>() << "\n";
        for (const char* field : {"keywords", "classifiers", "workspaceMembers"})
            for (const auto& v : j[field]) out << "  " << field << ": " << v.get<std::string>() << "\n";
        for (const auto& d : j["dependencies"]) {
            out << "  " << d["section"].get<std::string>() << ": " << d["name"].get<std::string>();
            if (!d["extras"].empty()) {
                std::string x;
                for (const auto& e : d["extras"]) x += (x.empty() ? "" : ",") + e.get<std::string>();
                out << "[" << x << "]";
            }
            if (!d["specifier"].get<std::string>().empty()) out << " " << d["specifier"].get<std::string>();
            if (!d["url"].is_null()) out << " @ " << d["url"].get<std::string>();
            if (!d["marker"].is_null()) out << " ; " << d["marker"].get<std::string>();
            if (d["dev"].get<bool>()) out << " (dev)";
            else if (d["optional"].get<bool>()) out << " (optional)";
            out << "\n";
        }
        if (!j["stackls"].is_null())
            for (const auto& id : j["stackls"]["useCase"]) out << "  useCase: " << id.get<std::string>() << "\n";
        if (j.contains("note")) out << "  note: " << j["note"].get<std::string>() << "\n";
    } else {
        if (!j["name"].is_null()) out << "  name: " << j["name"].get<std::string>() << "\n";
        for (const auto& d : j["dependencies"])
            out << "  " << d["section"].get<std::string>() << ": " << d["name"].get<std::string>() << " "
                << d["spec"].get<std::string>() << "\n";
    }
    for (const auto& p : j["errors"]) {
        const auto& s = p["range"]["start"];
        out << j["file"].get<std::string>() << ":" << s["line"].get<int>() + 1 << ":" << s["character"].get<int>() + 1
            << ": " << p["severity"].get<std::string>() << ": " << p["message"].get<std::string>() << "\n";
    }
}

int usage(std::ostream& err) {
    err << "usage: stackls inspect FILE [--format json|text]\n";
    return 2;
}

}  // namespace

int runInspect(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    std::optional<std::string> file;
    std::string format = "json";
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--format" && i + 1 < args.size()) format = args[++i];
        else if (args[i].rfind("--format=", 0) == 0) format = args[i].substr(9);
        else if (args[i] == "-h" || args[i] == "--help") return usage(err);
        else if (!file && (args[i].empty() || args[i][0] != '-')) file = args[i];
        else return usage(err);
    }
    if (!file || (format != "json" && format != "text")) return usage(err);

    const auto kind = mf::manifestKindForPath(*file);
    if (std::filesystem::path(*file).filename() == "setup.py") {
        err << "stackls inspect: " << *file
            << " is a program, and stackls never runs it: declare dependencies in pyproject.toml or setup.cfg, "
               "which stackls reads\n";
        return 2;
    }
    if (!kind || *kind == mf::ManifestKind::StacklsConfig) {
        err << "stackls inspect: " << *file
            << " is not a package.json, pyproject.toml, Pipfile, setup.cfg or requirements file "
               "(*requirements*.txt, requirements/*.txt, constraints*.txt, *.in)\n";
        return 2;
    }
    std::error_code ec;
    const std::uintmax_t size = std::filesystem::file_size(*file, ec);
    std::ifstream in(*file, std::ios::binary);
    if (ec || !in) {
        err << "stackls inspect: cannot read " << *file << (ec ? ": " + ec.message() : "") << "\n";
        return 2;
    }
    // Reading one byte past the limit is enough for the readers to report the size problem.
    std::string text(static_cast<std::size_t>(std::min(size, kMaxRead + 1)), '\0');
    in.read(text.data(), static_cast<std::streamsize>(text.size()));
    text.resize(static_cast<std::size_t>(in.gcount()));

    const Positions pos{text, protocol::LineIndex(text)};
    ordered_json j;
    bool errors = false;
    const auto anyError = [](const std::vector<mf::Problem>& ps) {
        for (const auto& p : ps)
            if (p.severity == mf::Problem::Severity::Error) return true;
        return false;
    };
    if (*kind == mf::ManifestKind::PackageJson) {
        const mf::PackageJson p = mf::parsePackageJson(text);
        errors = anyError(p.problems);
        j = packageJson(*file, p, pos);
    } else if (*kind == mf::ManifestKind::Requirements) {
        const mf::RequirementsFile r = mf::parseRequirements(text);
        errors = anyError(r.problems);
        j = requirementsJson(*file, r, pos);
    } else {
        const mf::PythonManifest m = mf::parsePythonManifest(*mf::pythonManifestKind(*kind), text);
        errors = anyError(m.problems);
        j = pythonManifestJson(*file, m, pos);
    }
    if (size > kMaxRead)
        for (auto& p : j["errors"]) p["message"] = "file too large to read (" + std::to_string(size / (1024 * 1024)) +
                                                   " MiB; the limit is 16 MiB)";
    if (format == "json") out << j.dump(2) << "\n";
    else printText(j, out);
    return errors ? 1 : 0;
}

}  // namespace stackls::server
