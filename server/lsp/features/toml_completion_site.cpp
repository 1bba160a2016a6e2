// Finds completion sites in TOML manifests by the table header and key around the cursor.
#include "server/lsp/features/toml_completion_site.h"

#include <algorithm>
#include <string>

namespace stackls::server {
namespace {

bool isTomlNameChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
}
bool isTomlBlank(char c) { return c == ' ' || c == '\t'; }

std::string_view trimmedView(std::string_view s) {
    while (!s.empty() && (isTomlBlank(s.front()) || s.front() == '\r')) s.remove_prefix(1);
    while (!s.empty() && (isTomlBlank(s.back()) || s.back() == '\r')) s.remove_suffix(1);
    return s;
}

// The name of the table the line starting at `lineStart` is in: the last `[header]` above.
std::string tableAt(std::string_view text, std::size_t lineStart) {
    std::size_t end = lineStart;
    while (end > 0) {
        std::size_t begin = text.rfind('\n', end - 1);
        begin = begin == std::string_view::npos ? 0 : begin + 1;
        const std::string_view line = trimmedView(text.substr(begin, end - begin));
        if (line.starts_with("[") && line.find(']') != std::string_view::npos) {
            std::string name;
            for (char c : line.substr(0, line.find(']')))
                if (c != '[' && c != ' ' && c != '"' && c != '\'') name += c;
            return name;
        }
        if (begin == 0) break;
        end = begin - 1;
    }
    return "";
}

bool isDependencyTable(const std::string& table) {
    return table == "tool.poetry.dependencies" || table == "tool.poetry.dev-dependencies" || table == "packages" ||
           table == "dev-packages" || (table.starts_with("tool.poetry.group.") && table.ends_with(".dependencies"));
}

// Whether an array under `key` in `table` lists PEP 508 dependencies.
bool isDependencyArray(const std::string& table, std::string_view key) {
    if (table == "project" && key == "dependencies") return true;
    if (table == "tool.uv" && key == "dev-dependencies") return true;
    return table == "project.optional-dependencies" || table == "dependency-groups" || table == "tool.pdm.dev-dependencies";
}

}  // namespace

CompletionSite tomlCompletionSite(std::string_view text, std::size_t offset) {
    offset = std::min(offset, text.size());
    std::size_t lineStart = text.rfind('\n', offset == 0 ? 0 : offset - 1);
    lineStart = (lineStart == std::string_view::npos || offset == 0) ? 0 : lineStart + 1;
    if (offset > 0 && text[offset - 1] == '\n') lineStart = offset;
    std::size_t lineEnd = text.find('\n', offset);
    if (lineEnd == std::string_view::npos) lineEnd = text.size();
    const std::string_view before = text.substr(lineStart, offset - lineStart);
    const std::string table = tableAt(text, lineStart);

    // Inside a string on this line: the quote that opened it.
    std::size_t quotes = 0, openQuote = 0;
    for (std::size_t i = 0; i < before.size(); ++i)
        if (before[i] == '"' || before[i] == '\'') ++quotes, openQuote = lineStart + i;
    const bool inString = quotes % 2 == 1;
    std::size_t stringEnd = offset;
    while (stringEnd < lineEnd && text[stringEnd] != '"' && text[stringEnd] != '\'') ++stringEnd;

    // The key of this line, or of the array the cursor is in (the nearest `key = [` above
    // whose bracket is still open).
    std::string_view key;
    if (const auto eq = before.find('='); eq != std::string_view::npos) key = trimmedView(before.substr(0, eq));
    if (key.empty() || before.find('[') == std::string_view::npos) {
        int depth = 0;
        for (std::size_t i = offset; i > 0 && key.empty(); --i) {
            const char c = text[i - 1];
            if (c == ']') ++depth;
            else if (c == '[' && depth > 0) --depth;
            else if (c == '[') {
                std::size_t ls = text.rfind('\n', i - 1);
                ls = ls == std::string_view::npos ? 0 : ls + 1;
                const std::string_view head = text.substr(ls, i - 1 - ls);
                if (const auto eq = head.find('='); eq != std::string_view::npos) key = trimmedView(head.substr(0, eq));
                break;
            }
            if (c == '\n' && i - 1 < lineStart && trimmedView(text.substr(i, lineStart - i)).starts_with("[")) break;
        }
    }

    if (table == "tool.stackls" && (key == "useCase" || key == "use-case" || key == "use_case")) {
        if (inString) return {CompletionTarget::UseCaseId, openQuote + 1, stringEnd, false};
        std::size_t b = offset;
        while (b > lineStart && isTomlNameChar(text[b - 1])) --b;
        if (before.find('=') != std::string_view::npos) return {CompletionTarget::UseCaseId, b, offset, true};
        return {};
    }
    if (inString && isDependencyArray(table, key)) {
        // Only the name part of a PEP 508 string: nothing but name characters before the cursor.
        for (std::size_t i = openQuote + 1; i < offset; ++i)
            if (!isTomlNameChar(text[i])) return {};
        std::size_t end = offset;
        while (end < stringEnd && isTomlNameChar(text[end])) ++end;
        return {CompletionTarget::PypiPackage, openQuote + 1, end, false};
    }
    if (!inString && isDependencyTable(table) && before.find('=') == std::string_view::npos) {
        std::size_t k = 0;
        while (k < before.size() && isTomlBlank(before[k])) ++k;
        for (std::size_t j = k; j < before.size(); ++j)
            if (!isTomlNameChar(before[j])) return {};
        std::size_t end = offset;
        while (end < lineEnd && isTomlNameChar(text[end])) ++end;
        return {CompletionTarget::PypiPackage, lineStart + k, end, false};
    }
    return {};
}

}  // namespace stackls::server
