// PEP 508 dependency specifiers and environment markers as pip 23 reads them (its vendored packaging 21.3).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace stackls::manifest::pep508 {

// Offsets into the string given to the parser.
struct Span {
    std::size_t begin = 0;
    std::size_t end = 0;
};

struct Diagnostic {
    Span span;
    std::string message;
};

// `name [extras] (specifiers | @ url)`, without the marker: pip splits the marker off at
// the first ';' before it parses the rest, and so does the caller.
struct Requirement {
    std::string name;  // as written
    Span nameSpan;
    std::vector<std::string> extras;  // as written, in order
    std::string specifier;            // clauses joined by ',', whitespace and parentheses removed
    Span specifierSpan;
    std::optional<std::string> url;
    Span urlSpan;
    std::optional<Diagnostic> error;     // the first thing pip would reject; parsing stops there
    std::vector<Diagnostic> warnings;    // accepted by pip 23, rejected by pip 24.1+ (non-PEP 440 versions)
};

Requirement parseRequirement(std::string_view text);

struct Marker {
    std::string normalized;  // packaging's str(Marker): `python_version < "3.8" and (...)`
    std::optional<Diagnostic> error;
};

Marker parseMarker(std::string_view text);

// A project name as PEP 508 allows it: ASCII letters and digits, with '.', '-', '_' inside.
bool isValidProjectName(std::string_view name);

}  // namespace stackls::manifest::pep508
