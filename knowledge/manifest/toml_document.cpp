// Bounds TOML input, hands it to toml++, and maps its code-point positions to byte offsets.
#include "knowledge/manifest/toml_document.h"

#include <algorithm>
#include <exception>
#include <string>

namespace stackls::manifest {
namespace {

struct ScanLimitHit {
    std::size_t offset = 0;
    std::string message;
};

// One pass over the text that tracks only what can make a TOML tree deep or wide: brackets,
// braces and dots outside strings and comments, and the number of `=` and table headers.
// The depth it computes is an upper bound of the tree's depth: a dotted key `a.b.c` and a
// table header `[a.b]` add one level per dot, an array or inline table one level.
std::optional<ScanLimitHit> scanTomlBounds(std::string_view text, const TomlLimits& limits) {
    enum class State { Normal, Comment, Basic, Literal, MultiBasic, MultiLiteral };
    State state = State::Normal;
    std::vector<std::size_t> opened;  // the depth before each open bracket or brace
    std::size_t base = 0;             // depth of the container the scan is in
    std::size_t tableBase = 0;        // depth of the last table header's table
    std::size_t dots = 0;             // dots in the current key (or value) run
    std::size_t keyValues = 0;
    bool lineStart = true;
    bool inHeader = false;
    std::size_t headerDepth = 0;      // the deepest level inside the current table header
    const auto keyError = [&](std::size_t at) {
        return ScanLimitHit{at, "more than " + std::to_string(limits.maxKeyValues) + " TOML keys: the file is not read"};
    };
    const auto depthError = [&](std::size_t at) {
        return ScanLimitHit{at, "TOML nested deeper than " + std::to_string(limits.maxDepth) + " levels: the file is not read"};
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        switch (state) {
            case State::Comment:
                if (c == '\n') state = State::Normal, lineStart = true, dots = 0;
                continue;
            case State::Basic:
                if (c == '\\') ++i;
                else if (c == '"' || c == '\n') state = State::Normal;
                continue;
            case State::Literal:
                if (c == '\'' || c == '\n') state = State::Normal;
                continue;
            case State::MultiBasic:
                if (c == '\\') ++i;
                else if (text.compare(i, 3, "\"\"\"") == 0) state = State::Normal, i += 2;
                continue;
            case State::MultiLiteral:
                if (text.compare(i, 3, "'''") == 0) state = State::Normal, i += 2;
                continue;
            case State::Normal: break;
        }
        const bool atLineStart = lineStart;
        if (c != ' ' && c != '\t' && c != '\r') lineStart = false;
        switch (c) {
            case '#': state = State::Comment; break;
            case '"':
                state = State::Basic;
                if (text.compare(i, 3, "\"\"\"") == 0) state = State::MultiBasic, i += 2;
                break;
            case '\'':
                state = State::Literal;
                if (text.compare(i, 3, "\'\'\'") == 0) state = State::MultiLiteral, i += 2;
                break;
            case '\n': lineStart = true; dots = 0; break;
            case ',': dots = 0; break;
            case '=':
                if (++keyValues > limits.maxKeyValues) return keyError(i);
                dots = 0;
                break;
            case '.':
                if (base + ++dots > limits.maxDepth) return depthError(i);
                break;
            case '[': case '{': {
                if (c == '[' && atLineStart && opened.empty()) {
                    if (++keyValues > limits.maxKeyValues) return keyError(i);
                    base = 0;  // a table header starts from the root
                    inHeader = true;
                    headerDepth = 0;
                }
                const std::size_t depth = base + dots + 1;
                if (depth > limits.maxDepth) return depthError(i);
                opened.push_back(base);
                base = depth;
                dots = 0;
                break;
            }
            case ']': case '}':
                if (!opened.empty()) {
                    headerDepth = std::max(headerDepth, base + dots);
                    base = opened.back();
                    opened.pop_back();
                    if (opened.empty()) {
                        // The keys after a table header live at the header's depth.
                        if (inHeader) tableBase = headerDepth, inHeader = false;
                        base = tableBase;
                    }
                }
                dots = 0;
                break;
            default: break;
        }
    }
    return std::nullopt;
}

std::size_t utf8SequenceLength(unsigned char lead) {
    if (lead < 0x80) return 1;
    if ((lead & 0xE0) == 0xC0) return 2;
    if ((lead & 0xF0) == 0xE0) return 3;
    if ((lead & 0xF8) == 0xF0) return 4;
    return 1;  // a stray byte: one position, as far as offsets go
}

bool startsLikeJson(std::string_view text) {
    const auto first = text.find_first_not_of(" \t\r\n");
    return first != std::string_view::npos && text[first] == '{';
}

}  // namespace

TomlDocument::TomlDocument(std::string_view text, const TomlLimits& limits) : text_(text) {
    lineStarts_.push_back(text.starts_with("\xEF\xBB\xBF") ? 3 : 0);
    if (text.size() > limits.maxBytes) {
        error_ = problem({0, 0}, "file larger than " + std::to_string(limits.maxBytes >> 20) + " MiB: not read");
        return;
    }
    for (std::size_t i = 0; i < text.size(); ++i)
        if (text[i] == '\n') lineStarts_.push_back(i + 1);
    if (const auto hit = scanTomlBounds(text, limits)) {
        error_ = problem({hit->offset, std::min(hit->offset + 1, text.size())}, hit->message);
        return;
    }
    try {
        root_ = toml::parse(text);
    } catch (const toml::parse_error& e) {
        const std::size_t at = offset(e.source().begin);
        const std::size_t end = at < text.size() ? at + utf8SequenceLength(static_cast<unsigned char>(text[at])) : at;
        std::string message = "TOML syntax error: " + std::string(e.description());
        if (startsLikeJson(text)) message = "this file holds JSON, not TOML (" + message + ")";
        error_ = problem({at, std::min(end, text.size())}, std::move(message));
    } catch (const std::exception& e) {
        error_ = problem({0, 0}, std::string("TOML not read: ") + e.what());
    }
}

std::size_t TomlDocument::offset(const toml::source_position& position) const {
    if (position.line == 0) return 0;
    if (position.line > lineStarts_.size()) return text_.size();
    std::size_t at = lineStarts_[position.line - 1];
    for (std::size_t column = 1; column < position.column && at < text_.size() && text_[at] != '\n'; ++column)
        at = std::min(text_.size(), at + utf8SequenceLength(static_cast<unsigned char>(text_[at])));
    return at;
}

ByteRange TomlDocument::range(const toml::source_region& region) const {
    const std::size_t b = offset(region.begin);
    return {b, std::max(b, offset(region.end))};
}

std::size_t TomlDocument::lineOf(std::size_t at) const {
    return static_cast<std::size_t>(std::upper_bound(lineStarts_.begin(), lineStarts_.end(), at) - lineStarts_.begin());
}

std::optional<Located> TomlDocument::string(const toml::node* node) const {
    if (!node) return std::nullopt;
    const auto* s = node->as_string();
    if (!s) return std::nullopt;
    return Located{s->get(), range(s->source())};
}

std::optional<std::size_t> TomlDocument::verbatimStart(const toml::node& node, std::string_view value) const {
    const ByteRange r = range(node.source());
    const std::string_view token = text_.substr(r.begin, r.end - r.begin);
    const bool multi = token.starts_with("\"\"\"") || token.starts_with("'''");
    const std::size_t quote = multi ? 3 : 1;
    if (token.size() < 2 * quote) return std::nullopt;
    std::string_view inner = token.substr(quote, token.size() - 2 * quote);
    std::size_t skip = 0;
    if (multi && inner.starts_with("\r\n")) skip = 2;
    else if (multi && inner.starts_with("\n")) skip = 1;
    inner.remove_prefix(skip);
    if (inner != value) return std::nullopt;
    return r.begin + quote + skip;
}

Problem TomlDocument::problem(ByteRange range, std::string message, Problem::Severity severity) const {
    return Problem{range, std::move(message), severity, lineOf(range.begin)};
}

}  // namespace stackls::manifest
