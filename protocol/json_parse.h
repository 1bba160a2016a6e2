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
// The same, free to reuse `text`'s buffer for the value's longest string (a didOpen's
// document), so a large message is held once; `text` is left unspecified.
std::optional<nlohmann::json> parseJson(std::string&& text, std::string& error, int maxDepth = kMaxJsonDepth);
inline std::optional<nlohmann::json> parseJson(const char* text, std::string& error, int maxDepth = kMaxJsonDepth) {
    return parseJson(std::string_view(text), error, maxDepth);
}

}  // namespace stackls::protocol
