// Depth-limited JSON parsing: a cheap bracket scan first, then nlohmann without exceptions.
#include "protocol/json_parse.h"

#include <spdlog/spdlog.h>

#include "protocol/utf8.h"

namespace stackls::protocol {

int jsonNestingDepth(std::string_view text, int limit) {
    int depth = 0;
    int deepest = 0;
    bool inString = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\') {
                ++i;  // the escaped character cannot end the string
            } else if (c == '"') {
                inString = false;
            }
            continue;
        }
        switch (c) {
            case '"': inString = true; break;
            case '[':
            case '{':
                if (++depth > deepest) {
                    deepest = depth;
                    if (deepest > limit) return limit + 1;
                }
                break;
            case ']':
            case '}':
                // Unbalanced closers are the parser's problem; they cannot deepen anything.
                if (depth > 0) --depth;
                break;
            default: break;
        }
    }
    return deepest;
}

std::optional<nlohmann::json> parseJson(std::string_view text, std::string& error, int maxDepth) {
    if (jsonNestingDepth(text, maxDepth) > maxDepth) {
        error = "JSON nested deeper than " + std::to_string(maxDepth) + " levels";
        return std::nullopt;
    }
    // Neovim sends whatever bytes a buffer holds, valid UTF-8 or not; nlohmann refuses
    // invalid UTF-8, and refusing the message would lose an edit. Each bad byte becomes
    // U+FFFD, which keeps UTF-16 columns (one unit either way) in step with the client.
    const std::optional<std::string> repaired = repairUtf8(text);
    if (repaired) {
        spdlog::warn("message body holds invalid UTF-8; bad bytes replaced by U+FFFD");
        text = *repaired;
    }
    nlohmann::json value = nlohmann::json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
    if (value.is_discarded()) {
        error = "malformed JSON";
        return std::nullopt;
    }
    return value;
}

}  // namespace stackls::protocol
