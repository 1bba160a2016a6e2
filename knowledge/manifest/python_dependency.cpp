// PEP 508 strings into PythonDependency, on top of the pep508 reader shared with requirements files.
#include "knowledge/manifest/python_dependency.h"

#include <algorithm>
#include <array>

#include "knowledge/manifest/pep508.h"
#include "knowledge/manifest/requirements.h"

namespace stackls::manifest {
namespace {

bool isBlank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// Where the marker's ';' is. packaging 21.3 reads a direct reference's URL up to the first
// space, so after `name @ url` only a ';' that follows whitespace starts the marker.
std::size_t markerSeparator(std::string_view value) {
    const auto semicolon = value.find(';');
    const auto at = value.find('@');
    if (at == std::string_view::npos || at > semicolon) return semicolon;
    for (std::size_t i = at + 1; i < value.size(); ++i) {
        if (value[i] != ';') continue;
        std::size_t j = i;
        while (j > at + 1 && isBlank(value[j - 1])) --j;
        if (j < i) return i;
    }
    return std::string_view::npos;
}

}  // namespace

std::optional<PythonDependency> readPep508Dependency(std::string_view value, std::optional<std::size_t> start,
                                                     ByteRange token, std::vector<Problem>& problems) {
    // The pep508 reader may point one past the end of what it was given (a missing token);
    // ranges stay inside the string.
    const auto at = [&](std::size_t b, std::size_t e) {
        b = std::min(b, value.size());
        e = std::min(std::max(b, e), value.size());
        return start ? ByteRange{*start + b, *start + e} : token;
    };
    const std::size_t semicolon = markerSeparator(value);
    const std::string_view head = value.substr(0, semicolon);
    const pep508::Requirement r = pep508::parseRequirement(head);
    if (r.error) problems.push_back({at(r.error->span.begin, r.error->span.end), "Invalid requirement: " + r.error->message});
    for (const auto& w : r.warnings) problems.push_back({at(w.span.begin, w.span.end), w.message, Problem::Severity::Warning});
    if (r.name.empty()) return std::nullopt;

    PythonDependency d;
    d.name = normalizePackageName(r.name);
    d.nameRange = at(r.nameSpan.begin, r.nameSpan.end);
    d.range = token;
    for (const auto& x : r.extras) d.extras.push_back(normalizePackageName(x));
    std::sort(d.extras.begin(), d.extras.end());
    d.extras.erase(std::unique(d.extras.begin(), d.extras.end()), d.extras.end());
    d.specifier = r.specifier;
    d.url = r.url;
    if (semicolon != std::string_view::npos) {
        std::size_t b = semicolon + 1, e = value.size();
        while (b < e && isBlank(value[b])) ++b;
        while (e > b && isBlank(value[e - 1])) --e;
        const pep508::Marker marker = pep508::parseMarker(value.substr(b, e - b));
        if (marker.error)
            problems.push_back({at(b + marker.error->span.begin, b + marker.error->span.end), "Invalid marker: " + marker.error->message});
        else
            d.marker = marker.normalized;
    }
    return d;
}

std::optional<std::string> normalizeMarker(std::string_view marker, std::string* error) {
    const pep508::Marker m = pep508::parseMarker(marker);
    if (m.error) {
        if (error) *error = m.error->message;
        return std::nullopt;
    }
    return m.normalized;
}

std::optional<std::string> normalizeSpecifier(std::string_view specifier, std::string* error) {
    if (specifier.find_first_not_of(" \t") == std::string_view::npos) return std::string();
    const std::string probe = "x" + std::string(specifier);
    const pep508::Requirement r = pep508::parseRequirement(probe);
    if (r.error || r.url || !r.warnings.empty()) {
        // Legacy (non-PEP 440) versions are warnings for pip 23 but errors for every current tool.
        if (error) *error = r.error ? r.error->message : r.url ? "a URL is not a version specifier" : r.warnings.front().message;
        return std::nullopt;
    }
    return r.specifier;
}

bool isDevelopmentGroupName(std::string_view name) {
    const std::string n = normalizePackageName(name);
    static constexpr std::array<std::string_view, 34> exact = {
        "dev", "devel", "develop", "development", "test", "tests", "testing", "lint", "linting", "linters",
        "docs", "doc", "documentation", "typing", "types", "typecheck", "type-check", "type-checking", "mypy",
        "style", "format", "formatting", "fmt", "ci", "qa", "check", "checks", "coverage", "cov", "bench",
        "benchmark", "benchmarks", "pre-commit", "tox"};
    if (std::find(exact.begin(), exact.end(), n) != exact.end()) return true;
    for (std::string_view stem : {"dev", "test", "tests", "docs", "lint"})
        if (n.starts_with(std::string(stem) + "-") || n.ends_with("-" + std::string(stem))) return true;
    return false;
}

}  // namespace stackls::manifest
