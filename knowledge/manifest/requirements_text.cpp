// Turns a requirements file into the logical lines pip parses, keeping a byte map back to the file.
#include "knowledge/manifest/requirements_text.h"

#include <algorithm>

namespace stackls::manifest::reqtext {
namespace {

// Length of a line break at s[i] as Python's str.splitlines() knows them, or 0.
std::size_t breakLength(std::string_view s, std::size_t i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == '\r') return i + 1 < s.size() && s[i + 1] == '\n' ? 2 : 1;
    if (c == '\n' || c == 0x0B || c == 0x0C || c == 0x1C || c == 0x1D || c == 0x1E) return 1;
    if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x85) return 2;
    if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(s[i + 2]) == 0xA8 || static_cast<unsigned char>(s[i + 2]) == 0xA9))
        return 3;
    return 0;
}

// Length of a character Python's \s matches at s[i] (ASCII and the common Unicode
// spaces pip's regexes would also see), or 0.
std::size_t spaceLength(std::string_view s, std::size_t i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F)) return 1;
    if (c == 0xC2 && i + 1 < s.size()) {
        const unsigned char d = static_cast<unsigned char>(s[i + 1]);
        return d == 0x85 || d == 0xA0 ? 2 : 0;
    }
    if ((c == 0xE2 || c == 0xE3 || c == 0xE1) && i + 2 < s.size()) {
        const unsigned char d = static_cast<unsigned char>(s[i + 1]), e = static_cast<unsigned char>(s[i + 2]);
        if (c == 0xE1 && d == 0x9A && e == 0x80) return 3;                           // U+1680
        if (c == 0xE2 && d == 0x80 && (e <= 0x8A || e == 0xA8 || e == 0xA9 || e == 0xAF)) return 3;
        if (c == 0xE2 && d == 0x81 && e == 0x9F) return 3;                           // U+205F
        if (c == 0xE3 && d == 0x80 && e == 0x80) return 3;                           // U+3000
    }
    return 0;
}

// True when s[i] is the last byte of a whitespace character.
bool spaceEndsAt(std::string_view s, std::size_t i) {
    for (std::size_t len = 1; len <= 3 && len <= i + 1; ++len)
        if (spaceLength(s, i + 1 - len) == len) return true;
    return false;
}

// COMMENT_RE.match: the line's first non-space character is '#'.
bool isCommentLine(std::string_view line) {
    std::size_t i = 0;
    while (i < line.size()) {
        const std::size_t l = spaceLength(line, i);
        if (!l) break;
        i += l;
    }
    return i < line.size() && line[i] == '#';
}

struct TextBuilder {
    LogicalLine line;
    bool open = false;

    void append(std::string_view file, std::size_t b, std::size_t e) {
        line.text.append(file.data() + b, e - b);
        for (std::size_t k = b; k < e; ++k) {
            line.begins.push_back(static_cast<std::uint32_t>(k));
            line.ends.push_back(static_cast<std::uint32_t>(k + 1));
        }
    }
    void appendVirtualSpace(std::size_t at) {
        line.text += ' ';
        line.begins.push_back(static_cast<std::uint32_t>(at));
        line.ends.push_back(static_cast<std::uint32_t>(at));
    }
    void reset(std::size_t first) {
        line.text.clear();
        line.begins.clear();
        line.ends.clear();
        line.firstOffset = line.lineStart = first;
        open = true;
    }
};

void removeRange(LogicalLine& l, std::size_t b, std::size_t e) {
    l.text.erase(b, e - b);
    l.begins.erase(l.begins.begin() + static_cast<std::ptrdiff_t>(b), l.begins.begin() + static_cast<std::ptrdiff_t>(e));
    l.ends.erase(l.ends.begin() + static_cast<std::ptrdiff_t>(b), l.ends.begin() + static_cast<std::ptrdiff_t>(e));
}

void finish(LogicalLine& l, const Callbacks& cb) {
    // Comments: the first '#' at the start or after whitespace, with that whitespace.
    const std::string& t = l.text;
    for (std::size_t k = 0; k < t.size(); ++k) {
        if (t[k] != '#' || (k > 0 && !spaceEndsAt(t, k - 1))) continue;
        if (cb.comment) {
            cb.comment(Comment{std::string_view(t).substr(k), l.begins.data() + k, l.ends.data() + k});
        }
        std::size_t cut = k;
        while (cut > 0 && spaceEndsAt(t, cut - 1)) {
            std::size_t len = 1;
            while (len < 3 && !(cut >= len && spaceLength(t, cut - len) == len)) ++len;
            cut -= len;
        }
        removeRange(l, cut, t.size());
        break;
    }
    // strip()
    std::size_t b = 0, e = t.size();
    while (b < e) {
        const std::size_t len = spaceLength(t, b);
        if (!len) break;
        b += len;
    }
    while (e > b && spaceEndsAt(t, e - 1)) {
        std::size_t len = 1;
        while (len < 3 && !(e >= len && spaceLength(t, e - len) == len)) ++len;
        e -= len;
    }
    removeRange(l, e, t.size());
    removeRange(l, 0, b);
    if (t.empty()) return;

    // ${NAME} references, expanded when set and non-empty, as pip does.
    for (std::size_t k = 0; k + 3 < t.size(); ++k) {
        if (t[k] != '$' || t[k + 1] != '{') continue;
        std::size_t j = k + 2;
        while (j < t.size() && ((t[j] >= 'A' && t[j] <= 'Z') || (t[j] >= '0' && t[j] <= '9') || t[j] == '_')) ++j;
        if (j == k + 2 || j >= t.size() || t[j] != '}') continue;
        const std::string name = t.substr(k + 2, j - k - 2);
        const std::optional<std::string> value = cb.environment ? cb.environment(name) : std::nullopt;
        const ByteRange where = l.source(k, j + 1);
        if (!value || value->empty()) {
            if (cb.problem)
                cb.problem(where, "environment variable " + name + " is not set: pip will keep '${" + name + "}' as written",
                           Problem::Severity::Warning);
            k = j;
            continue;
        }
        l.text.replace(k, j + 1 - k, *value);
        l.begins.erase(l.begins.begin() + static_cast<std::ptrdiff_t>(k), l.begins.begin() + static_cast<std::ptrdiff_t>(j + 1));
        l.ends.erase(l.ends.begin() + static_cast<std::ptrdiff_t>(k), l.ends.begin() + static_cast<std::ptrdiff_t>(j + 1));
        l.begins.insert(l.begins.begin() + static_cast<std::ptrdiff_t>(k), value->size(), static_cast<std::uint32_t>(where.begin));
        l.ends.insert(l.ends.begin() + static_cast<std::ptrdiff_t>(k), value->size(), static_cast<std::uint32_t>(where.end));
        k += value->size() - 1;
    }
    cb.line(l);
}

}  // namespace

ByteRange LogicalLine::source(std::size_t b, std::size_t e) const {
    if (text.empty()) return {lineStart, lineStart};
    b = std::min(b, text.size());
    e = std::min(std::max(e, b), text.size());
    if (b == e) {
        const std::size_t at = b < text.size() ? begins[b] : ends[text.size() - 1];
        return {at, at};
    }
    return {begins[b], ends[e - 1]};
}

void preprocess(std::string_view text, std::size_t from, const Callbacks& cb) {
    TextBuilder builder;
    std::size_t i = from;
    const std::size_t n = text.size();
    while (i < n) {
        // One physical line [i, e), then its break.
        std::size_t e = i, br = 0;
        while (e < n && (br = breakLength(text, e)) == 0) ++e;
        const std::string_view physical = text.substr(i, e - i);
        const bool comment = isCommentLine(physical);
        if (physical.empty() || physical.back() != '\\' || comment) {
            if (!builder.open) builder.reset(i);
            if (comment) builder.appendVirtualSpace(i);
            builder.append(text, i, e);
            finish(builder.line, cb);
            builder.open = false;
        } else {
            if (!builder.open) builder.reset(i);
            // pip strips backslashes from both ends of a continued line.
            std::size_t b = i, end = e;
            while (b < end && text[b] == '\\') ++b;
            while (end > b && text[end - 1] == '\\') --end;
            builder.append(text, b, end);
        }
        i = e + br;
    }
    if (builder.open) finish(builder.line, cb);
}

}  // namespace stackls::manifest::reqtext
