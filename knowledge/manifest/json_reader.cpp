// The tolerant JSON reader: a lexer and an explicit-stack parser, so no input depth can overflow the C++ stack.
// One file of ~780 lines for a reason: the lexer and the parser share the token, the problem
// sink and the read filter, and the hot paths want them inlined in one translation unit.
#include "knowledge/manifest/json_reader.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstring>
#include <utility>

#include "support/json_scan.h"
#include "support/utf8.h"

namespace stackls::manifest::json {
namespace {

enum class Tok : std::uint8_t { LBrace, RBrace, LBracket, RBracket, Colon, Comma, String, Number, Literal, Invalid, End };

struct Token {
    Tok kind = Tok::End;
    ByteRange range;
    std::string_view text;  // into the parsed text, or into Document::decoded
    bool closed = true;
};

class ProblemSink {
public:
    ProblemSink(std::vector<Problem>& out, std::size_t max) : out_(out), max_(max) {}
    void add(ByteRange range, std::string message, Problem::Severity severity = Problem::Severity::Error) {
        if (quiet) return;
        if (out_.size() >= max_) {
            if (!overflowed_) {
                overflowed_ = true;
                out_.push_back({range, "too many problems; only the first " + std::to_string(max_) + " are reported",
                                Problem::Severity::Error, 0});
            }
            return;
        }
        out_.push_back({range, std::move(message), severity, 0});
    }
    bool quiet = false;  // set while skipping a value that is too deep to read

private:
    std::vector<Problem>& out_;
    std::size_t max_;
    bool overflowed_ = false;
};

// Byte classes, looked up once per byte on the hot paths.
enum : std::uint8_t { kWord = 1, kSpace = 2 };

constexpr std::array<std::uint8_t, 256> kClasses = [] {
    std::array<std::uint8_t, 256> t{};
    for (int c = 0; c < 256; ++c) {
        const bool word = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
                          c == '$' || c == '-' || c == '+' || c == '.';
        t[c] = static_cast<std::uint8_t>((word ? kWord : 0) |
                                         (c == ' ' || c == '\t' || c == '\n' || c == '\r' ? kSpace : 0));
    }
    return t;
}();

bool isWordChar(unsigned char c) { return kClasses[c] & kWord; }

// Length of the valid UTF-8 sequence starting at s[i], or 0 when it is invalid.
std::size_t utf8Length(std::string_view s, std::size_t i) {
    const support::Utf8Char c = support::decodeUtf8(s, i);
    return c.valid ? c.bytes : 0;
}

void appendUtf8(std::string& out, std::uint32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

constexpr std::uint32_t kReplacement = 0xFFFD;

bool validNumber(std::string_view w) {
    std::size_t i = 0;
    const auto digit = [&](std::size_t k) { return k < w.size() && w[k] >= '0' && w[k] <= '9'; };
    if (i < w.size() && w[i] == '-') ++i;
    if (!digit(i)) return false;
    if (w[i] == '0') ++i;
    else while (digit(i)) ++i;
    if (i < w.size() && w[i] == '.') {
        ++i;
        if (!digit(i)) return false;
        while (digit(i)) ++i;
    }
    if (i < w.size() && (w[i] == 'e' || w[i] == 'E')) {
        ++i;
        if (i < w.size() && (w[i] == '+' || w[i] == '-')) ++i;
        if (!digit(i)) return false;
        while (digit(i)) ++i;
    }
    return i == w.size();
}

class Lexer {
public:
    Lexer(std::string_view text, ProblemSink& sink, std::deque<std::string>& decoded)
        : text_(text), sink_(sink), decoded_(decoded) {
        // npm strips a UTF-8 byte order mark before parsing, so it is not a problem.
        if (text_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = 3;
    }

    Token next() {
        skipTrivia();
        Token t;
        const std::size_t n = text_.size();
        if (pos_ >= n) {
            t.kind = Tok::End;
            t.range = {n, n};
            return t;
        }
        const unsigned char c = static_cast<unsigned char>(text_[pos_]);
        const std::size_t start = pos_;
        auto single = [&](Tok k) {
            t.kind = k;
            t.range = {start, ++pos_};
            return t;
        };
        switch (c) {
            case '{': return single(Tok::LBrace);
            case '}': return single(Tok::RBrace);
            case '[': return single(Tok::LBracket);
            case ']': return single(Tok::RBracket);
            case ':': return single(Tok::Colon);
            case ',': return single(Tok::Comma);
            case '"': lexString(t); return t;
            default: break;
        }
        if (isWordChar(c)) {
            while (pos_ < n && isWordChar(static_cast<unsigned char>(text_[pos_]))) ++pos_;
            t.range = {start, pos_};
            t.text = text_.substr(start, pos_ - start);
            if (t.text == "true" || t.text == "false" || t.text == "null") {
                t.kind = Tok::Literal;
            } else if ((c >= '0' && c <= '9') || c == '-') {
                t.kind = validNumber(t.text) ? Tok::Number : Tok::Invalid;
                if (t.kind == Tok::Invalid) sink_.add(t.range, "invalid number '" + clip(t.text) + "'");
            } else {
                t.kind = Tok::Invalid;
                sink_.add(t.range, "unexpected '" + clip(t.text) + "': strings must be in double quotes");
            }
            return t;
        }
        lexJunk(t);
        return t;
    }

private:
    static std::string clip(std::string_view s) {
        return s.size() > 40 ? std::string(s.substr(0, 40)) + "..." : std::string(s);
    }

    void skipTrivia() {
        const std::size_t n = text_.size();
        while (pos_ < n) {
            const char c = text_[pos_];
            if (kClasses[static_cast<unsigned char>(c)] & kSpace) {
                ++pos_;
            } else if (c == '/' && pos_ + 1 < n && text_[pos_ + 1] == '/') {
                const std::size_t start = pos_;
                while (pos_ < n && text_[pos_] != '\n' && text_[pos_] != '\r') ++pos_;
                sink_.add({start, pos_}, "comments are not allowed in JSON (npm cannot read this file)");
            } else if (c == '/' && pos_ + 1 < n && text_[pos_ + 1] == '*') {
                const std::size_t start = pos_;
                const std::size_t close = text_.find("*/", pos_ + 2);
                if (close == std::string_view::npos) {
                    pos_ = n;
                    sink_.add({start, pos_}, "unterminated /* comment");
                } else {
                    pos_ = close + 2;
                    sink_.add({start, pos_}, "comments are not allowed in JSON (npm cannot read this file)");
                }
            } else {
                break;
            }
        }
    }

    // A run of bytes that cannot start any token, reported once.
    void lexJunk(Token& t) {
        const std::size_t n = text_.size(), start = pos_;
        std::string what;
        while (pos_ < n) {
            const unsigned char c = static_cast<unsigned char>(text_[pos_]);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '"' || c == '{' || c == '}' || c == '[' ||
                c == ']' || c == ':' || c == ',' || isWordChar(c) || (c == '/' && pos_ > start))
                break;
            if (what.empty()) {
                if (c == 0) what = "NUL byte: this looks like a binary file, not JSON";
                else if (utf8Length(text_, pos_) == 0) what = "invalid UTF-8";
                else if (c < 0x20 || c == 0x7F) what = "unexpected control character";
                else what = "unexpected character";
            }
            const std::size_t len = utf8Length(text_, pos_);
            pos_ += len == 0 ? 1 : len;
        }
        if (what == "unexpected character")
            what = "unexpected '" + clip(text_.substr(start, pos_ - start)) + "'";
        t.kind = Tok::Invalid;
        t.range = {start, pos_};
        sink_.add(t.range, what);
    }

    unsigned hexValue(std::size_t at) const {
        unsigned v = 0;
        for (std::size_t k = 0; k < 4; ++k) {
            const char h = text_[at + k];
            v <<= 4;
            if (h >= '0' && h <= '9') v |= static_cast<unsigned>(h - '0');
            else if (h >= 'a' && h <= 'f') v |= static_cast<unsigned>(h - 'a' + 10);
            else if (h >= 'A' && h <= 'F') v |= static_cast<unsigned>(h - 'A' + 10);
            else return 0x10000;  // not hex
        }
        return v;
    }

    // Most strings decode to exactly the bytes between their quotes: those become a view
    // of the text. Only an escape or a repaired byte makes a decoded copy.
    void lexString(Token& t) {
        const std::size_t n = text_.size(), start = pos_++;
        t.kind = Tok::String;
        std::string out;
        bool copied = false;
        const auto diverge = [&] {
            if (copied) return;
            copied = true;
            out.assign(text_.data() + start + 1, pos_ - start - 1);
        };
        const auto finish = [&](std::size_t contentEnd) {
            if (!copied) {
                t.text = text_.substr(start + 1, contentEnd - start - 1);
            } else {
                decoded_.push_back(std::move(out));
                t.text = decoded_.back();
            }
        };
        bool reportedControl = false, reportedUtf8 = false;
        while (true) {
            const std::size_t run = support::plainJsonStringEnd(text_, pos_);
            if (copied) out.append(text_.data() + pos_, run - pos_);
            pos_ = run;
            if (pos_ >= n || text_[pos_] == '\n' || text_[pos_] == '\r') {
                t.closed = false;
                t.range = {start, pos_};
                sink_.add(t.range, "unterminated string: missing closing '\"'");
                finish(pos_);
                return;
            }
            const unsigned char c = static_cast<unsigned char>(text_[pos_]);
            if (c == '"') {
                finish(pos_);
                ++pos_;
                t.range = {start, pos_};
                return;
            }
            if (c == '\\') {
                diverge();
                if (pos_ + 1 >= n) {
                    ++pos_;
                    continue;
                }
                const char e = text_[pos_ + 1];
                switch (e) {
                    case '"': out += '"'; break;
                    case '\\': out += '\\'; break;
                    case '/': out += '/'; break;
                    case 'b': out += '\b'; break;
                    case 'f': out += '\f'; break;
                    case 'n': out += '\n'; break;
                    case 'r': out += '\r'; break;
                    case 't': out += '\t'; break;
                    case 'u': {
                        const unsigned v = pos_ + 6 <= n ? hexValue(pos_ + 2) : 0x10000;
                        if (v > 0xFFFF) {
                            sink_.add({pos_, std::min(n, pos_ + 2)}, "invalid \\u escape: four hex digits expected");
                            pos_ += 2;
                            continue;
                        }
                        pos_ += 6;
                        std::uint32_t cp = v;
                        if (v >= 0xD800 && v <= 0xDBFF && pos_ + 6 <= n && text_[pos_] == '\\' && text_[pos_ + 1] == 'u') {
                            const unsigned lo = hexValue(pos_ + 2);
                            if (lo >= 0xDC00 && lo <= 0xDFFF) {
                                cp = 0x10000 + ((v - 0xD800) << 10) + (lo - 0xDC00);
                                pos_ += 6;
                            }
                        }
                        // A lone surrogate is legal JSON but has no UTF-8 form.
                        if (cp >= 0xD800 && cp <= 0xDFFF) cp = kReplacement;
                        appendUtf8(out, cp);
                        continue;
                    }
                    default:
                        if (e == '\n' || e == '\r') {
                            ++pos_;
                            continue;  // reported as unterminated on the next turn
                        }
                        sink_.add({pos_, pos_ + 2}, std::string("invalid escape '\\") + e + "'");
                        out += e;
                        break;
                }
                pos_ += 2;
                continue;
            }
            if (c < 0x20) {
                if (!reportedControl) {
                    sink_.add({pos_, pos_ + 1}, c == 0 ? "NUL byte inside a string"
                                                        : c == '\t' ? "tab character inside a string (write \\t)"
                                                                    : "control character inside a string");
                    reportedControl = true;
                }
                if (copied) out += static_cast<char>(c);
                ++pos_;
                continue;
            }
            const std::size_t len = utf8Length(text_, pos_);
            if (len == 0) {
                if (!reportedUtf8) {
                    sink_.add({pos_, pos_ + 1}, "invalid UTF-8 inside a string");
                    reportedUtf8 = true;
                }
                diverge();
                appendUtf8(out, kReplacement);
                ++pos_;
            } else {
                if (copied) out.append(text_.data() + pos_, len);
                pos_ += len;
            }
        }
    }

    std::string_view text_;
    ProblemSink& sink_;
    std::deque<std::string>& decoded_;
    std::size_t pos_ = 0;
};

enum class State : std::uint8_t {
    ObjectFirst,     // after '{': a key or '}'
    ObjectKey,       // after ',': a key ('}' means a trailing comma)
    ObjectColon,     // after a key
    ObjectValue,     // after ':'
    ObjectNext,      // after a member: ',' or '}'
    ArrayFirst,      // after '[': a value or ']'
    ArrayValue,      // after ',': a value (']' means a trailing comma)
    ArrayNext,       // after a value: ',' or ']'
};

// An open container. It carries what recovery needs to know about the container and its
// last child, because a container the caller does not read has no node to look at.
struct Frame {
    std::uint32_t node = kNoNode;  // kNoNode when the container is not stored
    State state = State::ObjectFirst;
    Kind kind = Kind::Object;
    std::size_t begin = 0;
    bool store = true;  // its children go into the node table
    bool lastClosed = true, lastKeyClosed = true;  // of the last child
    std::uint32_t lastChild = kNoNode;
    bool hasKey = false;  // a key was read and awaits its value
    std::string_view keyText;
    ByteRange keyRange;
    bool keyClosed = true;
    ByteRange comma;
};

class Parser {
public:
    Parser(std::string_view text, const Limits& limits, ReadFilter reads, Document& doc)
        : text_(text), limits_(limits), reads_(reads), doc_(doc), sink_(doc.problems, limits.maxProblems),
          lex_(text, sink_, doc.decoded) {}

    void run() {
        advance();
        bool haveRoot = false;
        while (true) {
            if (doc_.nodes.size() >= kMaxNodes) {
                sink_.add({tok_.range.begin, tok_.range.begin}, "too many values; the rest of the file is not read");
                closeAllAt(tok_.range.begin, false);
                return;
            }
            if (stack_.empty()) {
                if (tok_.kind == Tok::End) {
                    if (!haveRoot) sink_.add({0, 0}, "empty file: a JSON value is expected");
                    return;
                }
                if (haveRoot) {
                    sink_.add({tok_.range.begin, text_.size()}, "unexpected content after the top-level value");
                    return;
                }
                if (tok_.kind == Tok::Invalid || !startValue()) {
                    // Not a value: keep scanning for one so `x {...}` still reads.
                    if (tok_.kind != Tok::Invalid) sink_.add(tok_.range, "expected a JSON value");
                    advance();
                    continue;
                }
                haveRoot = true;
                continue;
            }
            if (tok_.kind == Tok::End) {
                closeAllAt(lastEnd_, true);
                return;
            }
            step();
        }
    }

private:
    static constexpr std::size_t kMaxNodes = 2'000'000;

    void advance() {
        lastEnd_ = tok_.range.end;
        tok_ = lex_.next();
    }

    Frame& top() { return stack_.back(); }

    bool isValueStart() const {
        switch (tok_.kind) {
            case Tok::LBrace: case Tok::LBracket: case Tok::String: case Tok::Number: case Tok::Literal: return true;
            default: return false;
        }
    }

    // Returns the new node's index, or kNoNode when its container is not stored.
    std::uint32_t addNode(Node node) {
        const auto idx = static_cast<std::uint32_t>(doc_.nodes.size());
        if (!stack_.empty()) {
            Frame& f = top();
            node.parent = f.node;
            if (f.hasKey) {
                node.hasKey = true;
                node.keyText = f.keyText;
                node.keyBegin = static_cast<std::uint32_t>(f.keyRange.begin);
                node.keyEnd = static_cast<std::uint32_t>(f.keyRange.end);
                node.keyClosed = f.keyClosed;
                f.hasKey = false;
            }
            f.lastClosed = node.closed;
            f.lastKeyClosed = node.keyClosed;
            if (!f.store) return kNoNode;
            if (f.lastChild == kNoNode) doc_.nodes[f.node].firstChild = idx;
            else doc_.nodes[f.lastChild].nextSibling = idx;
            f.lastChild = idx;
            ++doc_.nodes[f.node].childCount;
        }
        doc_.nodes.push_back(node);
        return idx;
    }

    // Consumes one value starting at the current token. Returns false when the token
    // cannot start a value (nothing consumed).
    bool startValue() {
        Node node;
        node.range = tok_.range;
        switch (tok_.kind) {
            case Tok::String:
                node.kind = Kind::String;
                node.text = tok_.text;
                node.closed = tok_.closed;
                break;
            case Tok::Number: node.kind = Kind::Number; node.text = tok_.text; break;
            case Tok::Literal:
                node.kind = tok_.text == "null" ? Kind::Null : Kind::Boolean;
                node.text = tok_.text;
                break;
            case Tok::LBrace:
            case Tok::LBracket: {
                const bool object = tok_.kind == Tok::LBrace;
                if (stack_.size() >= limits_.maxDepth) {
                    skipDeepValue(node);
                    return true;
                }
                node.kind = object ? Kind::Object : Kind::Array;
                node.closed = false;
                const auto idx = addNode(node);
                Frame frame;
                frame.node = idx;
                frame.state = object ? State::ObjectFirst : State::ArrayFirst;
                frame.kind = node.kind;
                frame.begin = node.range.begin;
                frame.store = idx != kNoNode && (!reads_ || reads_(doc_, doc_.nodes[idx]));
                if (idx != kNoNode && !frame.store) doc_.nodes[idx].contentSkipped = true;
                stack_.push_back(std::move(frame));
                advance();
                return true;
            }
            case Tok::Invalid:
                // Already reported by the lexer; it stands in for the value so the
                // structure around it still reads.
                node.kind = Kind::Invalid;
                break;
            default: return false;
        }
        addNode(node);
        advance();
        afterValue();
        return true;
    }

    void afterValue() {
        if (stack_.empty()) return;
        Frame& f = top();
        f.state = (f.state == State::ObjectValue || f.state == State::ObjectColon) ? State::ObjectNext : State::ArrayNext;
    }

    void skipDeepValue(Node node) {
        const std::size_t start = tok_.range.begin;
        sink_.add({start, start + 1}, "nesting deeper than " + std::to_string(limits_.maxDepth) +
                                          " levels: this value is not read");
        sink_.quiet = true;
        std::size_t depth = 0;
        do {
            if (tok_.kind == Tok::LBrace || tok_.kind == Tok::LBracket) ++depth;
            else if (tok_.kind == Tok::RBrace || tok_.kind == Tok::RBracket) --depth;
            advance();
        } while (depth > 0 && tok_.kind != Tok::End);
        sink_.quiet = false;
        node.kind = Kind::Invalid;
        node.closed = depth == 0;
        node.range = {start, lastEnd_};
        addNode(node);
        afterValue();
    }

    void closeTop(std::size_t end, bool closed) {
        if (top().node != kNoNode) {
            Node& n = doc_.nodes[top().node];
            n.range.end = end;
            n.closed = closed;
        }
        stack_.pop_back();
        if (!stack_.empty()) top().lastClosed = closed;
        afterValue();
    }

    void closeAllAt(std::size_t end, bool report) {
        while (!stack_.empty()) {
            const Frame& f = top();
            if (report)
                sink_.add({f.begin, f.begin + 1},
                          f.kind == Kind::Object ? "'{' is never closed: missing '}'" : "'[' is never closed: missing ']'");
            closeTop(end, false);
        }
    }

    // A '}' or ']' that does not close the innermost container: if it closes an outer
    // one, the inner ones end here unclosed; otherwise it is stray and skipped.
    void mismatchedCloser() {
        const Kind wanted = tok_.kind == Tok::RBrace ? Kind::Object : Kind::Array;
        for (std::size_t i = stack_.size(); i-- > 0;) {
            if (stack_[i].kind == wanted) {
                sink_.add(tok_.range, std::string("expected '") + (top().kind == Kind::Object ? "}" : "]") +
                                          "' before '" + (wanted == Kind::Object ? "}" : "]") + "'");
                while (stack_.size() > i + 1) closeTop(lastEnd_, false);
                return;
            }
        }
        sink_.add(tok_.range, std::string("unexpected '") + (wanted == Kind::Object ? "}" : "]") + "'");
        advance();
    }

    bool closes(Tok k) const {
        return (k == Tok::RBrace && stack_.back().kind == Kind::Object) ||
               (k == Tok::RBracket && stack_.back().kind == Kind::Array);
    }

    void valuelessMember(std::size_t at) {
        Node node;
        node.kind = Kind::Invalid;
        node.range = {at, at};
        addNode(node);
        afterValue();
    }

    void step() {
        Frame& f = top();
        const bool closer = tok_.kind == Tok::RBrace || tok_.kind == Tok::RBracket;
        if (closer && !closes(tok_.kind)) {
            mismatchedCloser();
            return;
        }
        switch (f.state) {
            case State::ObjectFirst:
            case State::ObjectKey:
                if (tok_.kind == Tok::RBrace) {
                    if (f.state == State::ObjectKey) sink_.add(f.comma, "trailing comma before '}'");
                    closeTop(tok_.range.end, true);
                    advance();
                } else if (tok_.kind == Tok::String || tok_.kind == Tok::Invalid || tok_.kind == Tok::Number ||
                           tok_.kind == Tok::Literal) {
                    if (tok_.kind == Tok::Number || tok_.kind == Tok::Literal)
                        sink_.add(tok_.range, "object keys must be strings in double quotes");
                    f.hasKey = true;
                    f.keyText = tok_.kind == Tok::String ? tok_.text : text_.substr(tok_.range.begin, tok_.range.end - tok_.range.begin);
                    f.keyRange = tok_.range;
                    f.keyClosed = tok_.closed && tok_.kind == Tok::String;
                    f.state = State::ObjectColon;
                    advance();
                } else if (tok_.kind == Tok::LBrace || tok_.kind == Tok::LBracket) {
                    sink_.add(tok_.range, "expected a key in double quotes");
                    f.state = State::ObjectValue;
                    startValue();
                } else {
                    sink_.add(tok_.range, "expected a key in double quotes");
                    advance();
                }
                break;
            case State::ObjectColon:
                if (tok_.kind == Tok::Colon) {
                    f.state = State::ObjectValue;
                    advance();
                } else if (!f.keyClosed) {
                    // The unterminated key already has a problem; do not pile on.
                    valuelessMember(f.keyRange.end);
                } else if (isValueStart() && sameLine(f.keyRange.end, tok_.range.begin)) {
                    sink_.add({f.keyRange.end, tok_.range.begin}, "expected ':' after the key");
                    f.state = State::ObjectValue;
                } else {
                    sink_.add(f.keyRange, "expected ':' and a value after this key");
                    const std::size_t at = f.keyRange.end;
                    valuelessMember(at);
                    if (tok_.kind == Tok::String) top().state = State::ObjectKey;
                }
                break;
            case State::ObjectValue:
                if (isValueStart() || tok_.kind == Tok::Invalid) {
                    startValue();
                } else if (tok_.kind == Tok::Comma || tok_.kind == Tok::RBrace) {
                    sink_.add({lastEnd_, tok_.range.begin}, "expected a value");
                    valuelessMember(lastEnd_);
                } else {
                    sink_.add(tok_.range, "expected a value");
                    advance();
                }
                break;
            case State::ObjectNext:
                if (tok_.kind == Tok::Comma) {
                    f.comma = tok_.range;
                    f.state = State::ObjectKey;
                    advance();
                } else if (tok_.kind == Tok::RBrace) {
                    closeTop(tok_.range.end, true);
                    advance();
                } else if (tok_.kind == Tok::String) {
                    // After an unterminated string the missing ',' is part of the same slip.
                    if (f.lastClosed && f.lastKeyClosed)
                        sink_.add({lastEnd_, tok_.range.begin}, "expected ',' between members");
                    f.state = State::ObjectKey;
                } else {
                    sink_.add(tok_.range, "expected ',' or '}'");
                    skipOne();
                }
                break;
            case State::ArrayFirst:
            case State::ArrayValue:
                if (tok_.kind == Tok::RBracket) {
                    if (f.state == State::ArrayValue) sink_.add(f.comma, "trailing comma before ']'");
                    closeTop(tok_.range.end, true);
                    advance();
                } else if (isValueStart() || tok_.kind == Tok::Invalid) {
                    startValue();
                } else {
                    sink_.add(tok_.range, "expected a value");
                    advance();
                }
                break;
            case State::ArrayNext:
                if (tok_.kind == Tok::Comma) {
                    f.comma = tok_.range;
                    f.state = State::ArrayValue;
                    advance();
                } else if (tok_.kind == Tok::RBracket) {
                    closeTop(tok_.range.end, true);
                    advance();
                } else if (isValueStart() || tok_.kind == Tok::Invalid) {
                    if (tok_.kind != Tok::Invalid && f.lastClosed)
                        sink_.add({lastEnd_, tok_.range.begin}, "expected ',' between values");
                    f.state = State::ArrayValue;
                    startValue();
                } else {
                    sink_.add(tok_.range, "expected ',' or ']'");
                    advance();
                }
                break;
        }
    }

    // Skips a stray token in member position; a stray container is skipped whole.
    void skipOne() {
        if (tok_.kind != Tok::LBrace && tok_.kind != Tok::LBracket) {
            advance();
            return;
        }
        sink_.quiet = true;
        std::size_t depth = 0;
        do {
            if (tok_.kind == Tok::LBrace || tok_.kind == Tok::LBracket) ++depth;
            else if (tok_.kind == Tok::RBrace || tok_.kind == Tok::RBracket) --depth;
            advance();
        } while (depth > 0 && tok_.kind != Tok::End);
        sink_.quiet = false;
    }

    bool sameLine(std::size_t a, std::size_t b) const {
        return text_.substr(a, b - a).find_first_of("\r\n") == std::string_view::npos;
    }

    std::string_view text_;
    const Limits& limits_;
    ReadFilter reads_;
    Document& doc_;
    ProblemSink sink_;
    Lexer lex_;
    Token tok_;
    std::size_t lastEnd_ = 0;
    std::vector<Frame> stack_;
};

}  // namespace

const Node* Document::member(const Node& object, std::string_view key) const {
    if (object.kind != Kind::Object) return nullptr;
    const Node* found = nullptr;
    for (const Node* c = firstChild(object); c; c = nextSibling(*c))
        if (c->hasKey && c->keyClosed && c->keyText == key) found = c;
    return found;
}

std::size_t lineOf(std::string_view text, std::size_t offset) {
    offset = std::min(offset, text.size());
    return 1 + static_cast<std::size_t>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
}

Document parse(std::string_view text, const Limits& limits, ReadFilter reads) {
    Document doc;
    // Key ranges are kept in 32 bits; no manifest comes near 4 GiB.
    if (text.size() > limits.maxBytes || text.size() >= UINT32_MAX) {
        doc.problems.push_back({{0, 0},
                                "file too large to read (" + std::to_string(text.size() / (1024 * 1024)) +
                                    " MiB; the limit is " + std::to_string(limits.maxBytes / (1024 * 1024)) + " MiB)",
                                Problem::Severity::Error, 1});
        return doc;
    }
    // Typical manifests hold one value per ~30 bytes; reserving avoids most regrowth. A
    // caller that reads only part of the file keeps far fewer: let the table grow instead.
    doc.nodes.reserve(reads ? 256 : std::min<std::size_t>(text.size() / 32 + 16, 1u << 20));
    Parser(text, limits, reads, doc).run();
    assignLines(text, doc.problems);
    return doc;
}

void assignLines(std::string_view text, std::vector<Problem>& problems) {
    std::stable_sort(problems.begin(), problems.end(),
                     [](const Problem& a, const Problem& b) { return a.range.begin < b.range.begin; });
    std::size_t line = 1, at = 0;
    for (Problem& p : problems) {
        const std::size_t to = std::min(p.range.begin, text.size());
        line += static_cast<std::size_t>(std::count(text.begin() + static_cast<std::ptrdiff_t>(at),
                                                    text.begin() + static_cast<std::ptrdiff_t>(to), '\n'));
        at = to;
        p.line = line;
    }
}

}  // namespace stackls::manifest::json
