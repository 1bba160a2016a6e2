// A line reader for pnpm-workspace.yaml's `packages` list; no general YAML.
#include "knowledge/manifest/pnpm_workspace.h"

namespace stackls::manifest {
namespace {

constexpr std::size_t kMaxPnpmItems = 10'000;

bool isYamlBlank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

// One scalar starting at text[b] up to `stop` characters: quoted or plain, comment removed.
std::optional<Located> scalar(std::string_view text, std::size_t b, std::size_t e, std::string_view stop) {
    while (b < e && isYamlBlank(text[b])) ++b;
    if (b >= e) return std::nullopt;
    if (text[b] == '"' || text[b] == '\'') {
        const char q = text[b];
        const auto close = text.find(q, b + 1);
        if (close == std::string_view::npos || close >= e) return std::nullopt;
        return Located{std::string(text.substr(b + 1, close - b - 1)), {b, close + 1}};
    }
    std::size_t end = b;
    while (end < e && stop.find(text[end]) == std::string_view::npos && !(text[end] == '#' && end > b && isYamlBlank(text[end - 1]))) ++end;
    while (end > b && isYamlBlank(text[end - 1])) --end;
    if (end == b) return std::nullopt;
    return Located{std::string(text.substr(b, end - b)), {b, end}};
}

}  // namespace

std::vector<Located> parsePnpmWorkspacePackages(std::string_view text) {
    std::vector<Located> out;
    bool inList = false;
    for (std::size_t pos = 0; pos < text.size() && out.size() < kMaxPnpmItems;) {
        std::size_t end = text.find('\n', pos);
        if (end == std::string_view::npos) end = text.size();
        const std::size_t lineStart = pos;
        pos = end + 1;
        std::size_t b = lineStart;
        while (b < end && isYamlBlank(text[b])) ++b;
        if (b == end || text[b] == '#') continue;
        if (b == lineStart) {  // a top-level key ends the list
            inList = false;
            if (text.substr(b, 9) != "packages:") continue;
            std::size_t v = b + 9;
            while (v < end && isYamlBlank(text[v])) ++v;
            if (v < end && text[v] == '[') {
                const auto close = text.find(']', v);
                const std::size_t stop = close == std::string_view::npos ? text.size() : close;
                for (std::size_t i = v + 1; i < stop && out.size() < kMaxPnpmItems;) {
                    std::size_t comma = text.find(',', i);
                    if (comma == std::string_view::npos || comma > stop) comma = stop;
                    std::size_t ib = i;
                    while (ib < comma && (isYamlBlank(text[ib]) || text[ib] == '\n')) ++ib;
                    if (auto item = scalar(text, ib, comma, ",]\n")) out.push_back(std::move(*item));
                    i = comma + 1;
                }
                if (close != std::string_view::npos) pos = text.find('\n', close) == std::string_view::npos ? text.size() : text.find('\n', close) + 1;
                continue;
            }
            inList = v == end || text[v] == '#';
            continue;
        }
        if (inList && text[b] == '-') {
            if (auto item = scalar(text, b + 1, end, "\n")) out.push_back(std::move(*item));
        }
    }
    return out;
}

}  // namespace stackls::manifest
