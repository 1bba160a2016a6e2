// A line-by-line INI reader following Python's configparser, for setup.cfg.
#include "knowledge/manifest/ini_text.h"

#include <cctype>
#include <limits>

namespace stackls::manifest {
namespace {

bool isIniSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

}  // namespace

IniText readIni(std::string_view text) {
    IniText out;
    IniEntry* current = nullptr;  // the entry continuation lines extend
    std::size_t keyIndent = std::numeric_limits<std::size_t>::max();
    std::size_t lineNo = 0;
    for (std::size_t pos = 0; pos < text.size();) {
        ++lineNo;
        std::size_t end = text.find('\n', pos);
        if (end == std::string_view::npos) end = text.size();
        const std::size_t next = end < text.size() ? end + 1 : end;
        std::size_t b = pos, e = end;
        while (b < e && isIniSpace(text[b])) ++b;
        while (e > b && isIniSpace(text[e - 1])) --e;
        const std::size_t indent = b - pos;
        const std::string_view line = text.substr(b, e - b);
        pos = next;
        if (line.empty() || line.front() == '#' || line.front() == ';') continue;
        if (current && indent > keyIndent) {
            current->lines.push_back({line, {b, e}});
            current->range.end = e;
            continue;
        }
        keyIndent = indent;
        current = nullptr;
        if (line.front() == '[' && line.find(']') != std::string_view::npos) {
            const std::size_t close = line.rfind(']');
            out.sections.push_back({std::string(line.substr(1, close - 1)), {b, b + close + 1}, {}});
            continue;
        }
        if (out.sections.empty()) {
            out.problems.push_back({{b, e}, "setup.cfg: a line before the first [section] header", Problem::Severity::Warning, lineNo});
            continue;
        }
        const std::size_t delimiter = line.find_first_of("=:");
        if (delimiter == std::string_view::npos || delimiter == 0) {
            out.problems.push_back({{b, e}, "setup.cfg: not a `key = value` line", Problem::Severity::Warning, lineNo});
            continue;
        }
        std::size_t keyEnd = delimiter;
        while (keyEnd > 0 && isIniSpace(line[keyEnd - 1])) --keyEnd;
        std::size_t valueBegin = delimiter + 1;
        while (valueBegin < line.size() && isIniSpace(line[valueBegin])) ++valueBegin;
        IniEntry entry;
        for (char c : line.substr(0, keyEnd)) entry.key += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        entry.keyRange = {b, b + keyEnd};
        entry.lines.push_back({line.substr(valueBegin), {b + valueBegin, e}});
        entry.range = {b, e};
        auto& entries = out.sections.back().entries;
        entries.push_back(std::move(entry));
        current = &entries.back();
    }
    return out;
}

}  // namespace stackls::manifest
