// Reads setup.cfg as setuptools does: [metadata], [options] and [options.extras_require].
#include <algorithm>

#include "knowledge/manifest/ini_text.h"
#include "knowledge/manifest/python_dependency.h"
#include "knowledge/manifest/python_manifest.h"

namespace stackls::manifest {
namespace {

constexpr std::size_t kMaxSetupCfgBytes = 16u << 20;

bool isCfgSpace(char c) { return c == ' ' || c == '\t' || c == '\r'; }

// setuptools accepts `install-requires` for `install_requires` (with a deprecation warning).
std::string settingName(std::string_view key) {
    std::string out(key);
    for (char& c : out)
        if (c == '-') c = '_';
    return out;
}

// setuptools' list values: one item per line when the value spans lines, else the one line
// split at `separator`. Items are trimmed; empty ones dropped.
std::vector<IniLine> listItems(const IniEntry& entry, char separator) {
    std::vector<IniLine> items;
    const auto push = [&](std::string_view s, std::size_t begin) {
        std::size_t b = 0, e = s.size();
        while (b < e && isCfgSpace(s[b])) ++b;
        while (e > b && isCfgSpace(s[e - 1])) --e;
        if (e > b) items.push_back({s.substr(b, e - b), {begin + b, begin + e}});
    };
    if (entry.lines.size() > 1) {
        for (const IniLine& line : entry.lines) push(line.text, line.range.begin);
        return items;
    }
    const IniLine& line = entry.lines.front();
    std::size_t start = 0;
    while (start <= line.text.size()) {
        auto cut = line.text.find(separator, start);
        if (cut == std::string_view::npos) cut = line.text.size();
        push(line.text.substr(start, cut - start), line.range.begin + start);
        start = cut + 1;
    }
    return items;
}

Located joinedValue(const IniEntry& entry) {
    Located out;
    for (const IniLine& line : entry.lines) {
        if (line.text.empty()) continue;
        if (out.text.empty()) out.range.begin = line.range.begin;
        else out.text += '\n';
        out.text += line.text;
        out.range.end = line.range.end;
    }
    if (out.text.empty()) out.range = {entry.lines.front().range.begin, entry.lines.front().range.begin};
    return out;
}

class SetupCfgReader {
public:
    SetupCfgReader(std::string_view text, PythonManifest& out) : text_(text), out_(out) {}

    void run() {
        const IniText ini = readIni(text_);
        for (const Problem& p : ini.problems) out_.problems.push_back(p);
        for (const IniSection& section : ini.sections) {
            if (section.name == "metadata") metadata(section);
            else if (section.name == "options") options(section);
            else if (section.name == "options.extras_require") extras(section);
        }
        for (Problem& p : out_.problems)
            if (p.line == 0) p.line = lineOf(p.range.begin);
    }

private:
    std::size_t lineOf(std::size_t offset) {
        if (lineStarts_.empty()) {
            lineStarts_.push_back(0);
            for (std::size_t i = 0; i < text_.size(); ++i)
                if (text_[i] == '\n') lineStarts_.push_back(i + 1);
        }
        return static_cast<std::size_t>(std::upper_bound(lineStarts_.begin(), lineStarts_.end(), offset) - lineStarts_.begin());
    }

    bool fileDirective(const IniEntry& entry) {
        if (!entry.lines.front().text.starts_with("file:")) return false;
        out_.problems.push_back({entry.lines.front().range, "setup.cfg `file:` values are not read by stackls", Problem::Severity::Warning});
        return true;
    }

    std::vector<Located> strings(const IniEntry& entry, char separator) {
        std::vector<Located> out;
        if (fileDirective(entry)) return out;
        for (const IniLine& item : listItems(entry, separator)) out.push_back({std::string(item.text), item.range});
        return out;
    }

    void metadata(const IniSection& section) {
        for (const IniEntry& entry : section.entries) {
            const std::string key = settingName(entry.key);
            if (key == "name") out_.name = joinedValue(entry);
            else if (key == "description" || key == "summary") out_.description = joinedValue(entry);
            else if (key == "keywords") out_.keywords = strings(entry, ',');
            else if (key == "classifiers") out_.classifiers = strings(entry, ',');
        }
    }

    void options(const IniSection& section) {
        for (const IniEntry& entry : section.entries) {
            const std::string key = settingName(entry.key);
            if (key == "install_requires") requirements(entry, "options.install_requires", "", false, false);
            else if (key == "tests_require") requirements(entry, "options.tests_require", "test", true, false);
            else if (key == "python_requires") out_.requiresPython = joinedValue(entry);
        }
    }

    void extras(const IniSection& section) {
        for (const IniEntry& entry : section.entries)
            requirements(entry, "options.extras_require." + entry.key, entry.key, isDevelopmentGroupName(entry.key), true);
    }

    void requirements(const IniEntry& entry, const std::string& section, std::string_view group, bool dev, bool optional) {
        if (fileDirective(entry)) return;
        const auto items = listItems(entry, ';');
        if (entry.lines.size() == 1 && items.size() > 1)
            out_.problems.push_back({entry.lines.front().range,
                                     "setuptools splits a one-line " + entry.key + " at ';': write one requirement per line (a marker needs its own line)",
                                     Problem::Severity::Warning});
        for (const IniLine& item : items) {
            if (item.text.front() == '#') continue;
            std::string_view value = item.text;
            // configparser keeps inline comments; read the requirement in front of one.
            if (const auto hash = value.find(" #"); hash != std::string_view::npos) {
                out_.problems.push_back({{item.range.begin + hash + 1, item.range.end},
                                         "setuptools keeps an inline comment as part of the requirement: put it on its own line",
                                         Problem::Severity::Warning});
                value = value.substr(0, hash);
                while (!value.empty() && isCfgSpace(value.back())) value.remove_suffix(1);
            }
            auto d = readPep508Dependency(value, item.range.begin, {item.range.begin, item.range.begin + value.size()}, out_.problems);
            if (!d) continue;
            d->section = section;
            d->group = std::string(group);
            d->dev = dev;
            d->optional = optional;
            out_.dependencies.push_back(std::move(*d));
        }
    }

    std::string_view text_;
    PythonManifest& out_;
    std::vector<std::size_t> lineStarts_;
};

}  // namespace

PythonManifest parseSetupCfg(std::string_view text) {
    PythonManifest out;
    out.kind = PythonManifestKind::SetupCfg;
    if (text.size() > kMaxSetupCfgBytes) {
        out.parsed = false;
        out.problems.push_back({{0, 0}, "file larger than 16 MiB: not read", Problem::Severity::Error, 1});
        return out;
    }
    SetupCfgReader(text, out).run();
    return out;
}

}  // namespace stackls::manifest
