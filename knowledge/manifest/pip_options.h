// The option part of a requirements-file line: pip's shlex split and optparse rules, without Python.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "knowledge/manifest/pep508.h"

namespace stackls::manifest::pip {

struct OptionUse {
    std::string name;                  // canonical long form: "--index-url", "--hash", ...
    std::optional<std::string> value;  // none for flags
    pep508::Span span;                 // the option word(s) in the parsed text, value included
    pep508::Span valueSpan;
};

struct ParsedOptions {
    std::vector<OptionUse> options;         // in order
    std::vector<pep508::Diagnostic> ignored;  // words pip reads but drops (extra positional values)
    std::optional<pep508::Diagnostic> error;  // what makes pip reject the line; parsing stops there
};

// Parses the text pip hands to shlex.split and optparse (everything from the first word
// that starts with '-'). Long options may be abbreviated to a unique prefix, as optparse
// allows; values attach with '=' or as the next word; short ones as -rFILE or -r FILE.
ParsedOptions parseOptions(std::string_view text);

// The per-requirement options (--hash, --config-settings, --global-option).
bool isPerRequirementOption(std::string_view longName);

}  // namespace stackls::manifest::pip
