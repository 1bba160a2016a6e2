// A TOML document parsed by toml++, with byte ranges, parse errors as Problems, and bounded input.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include <toml++/toml.h>

#include "knowledge/manifest/model.h"

namespace stackls::manifest {

struct TomlLimits {
    std::size_t maxBytes = 16u << 20;      // larger texts are not parsed
    std::size_t maxDepth = 64;             // nested arrays, inline tables and dotted-key levels
    std::size_t maxKeyValues = 200'000;    // `key = value` pairs and table headers
};

// The text is checked in one linear pass (size, nesting depth, number of keys) before toml++
// sees it, so no input can make the parser, or the tree's destructor, recurse deeply.
class TomlDocument {
public:
    TomlDocument(std::string_view text, const TomlLimits& limits = {});

    // Null when the text is over a limit or is not valid TOML: then error() says why.
    const toml::table* root() const { return root_ ? &*root_ : nullptr; }
    const std::optional<Problem>& error() const { return error_; }

    // toml++ positions (1-based lines, 1-based columns counted in code points) → byte offsets.
    std::size_t offset(const toml::source_position& position) const;
    ByteRange range(const toml::source_region& region) const;
    std::size_t lineOf(std::size_t offset) const;  // 1-based

    // The string node's value with the range of its whole token, quotes included.
    std::optional<Located> string(const toml::node* node) const;

    // Where a string token's decoded value starts in the text, when the value is written
    // verbatim (no escapes, no line-ending backslash); nullopt otherwise.
    std::optional<std::size_t> verbatimStart(const toml::node& node, std::string_view value) const;

    Problem problem(ByteRange range, std::string message, Problem::Severity severity = Problem::Severity::Error) const;

private:
    std::string_view text_;
    std::vector<std::size_t> lineStarts_;
    std::optional<toml::table> root_;
    std::optional<Problem> error_;
};

}  // namespace stackls::manifest
