// JSON parsing of untrusted message bodies with a nesting-depth limit.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace stackls::protocol {

inline constexpr int kMaxJsonDepth = 128;

// Parses `text`, or returns nullopt and sets `error`. Nesting deeper than `maxDepth`
// is refused by a linear pre-scan before nlohmann sees the text, so neither the parser
// nor the recursive destructor of a deep value can exhaust the stack.
std::optional<nlohmann::json> parseJson(std::string_view text, std::string& error, int maxDepth = kMaxJsonDepth);

// The deepest array/object nesting in `text`, ignoring brackets inside strings;
// stops counting once `limit` is exceeded (returns limit + 1).
int jsonNestingDepth(std::string_view text, int limit);

}  // namespace stackls::protocol
