// Hand-written PEP 508 reader. It follows packaging 21.3's grammar (the one pip 23 vendors),
// including its acceptance of non-PEP 440 "legacy" versions, which are flagged as warnings.
#include "knowledge/manifest/pep508.h"

#include <array>
#include <cctype>

#include "support/ascii.h"

namespace stackls::manifest::pep508 {
namespace {

bool isAlnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }
bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isPunct(char c) { return c == '-' || c == '_' || c == '.'; }
bool isMarkerSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

std::string quoted(std::string_view s) {
    if (s.size() > 60) return "'" + std::string(s.substr(0, 57)) + "...'";
    return "'" + std::string(s) + "'";
}

// Matches `word` case-insensitively at s[i].
bool matchWord(std::string_view s, std::size_t i, std::string_view word) {
    if (i + word.size() > s.size()) return false;
    for (std::size_t k = 0; k < word.size(); ++k)
        if (support::asciiLower(s[i + k]) != word[k]) return false;
    return true;
}

// The pieces of packaging's PEP 440 specifier regex. Each returns the end of the longest
// greedy match starting at i, or i when the optional part is absent.
std::size_t digits(std::string_view s, std::size_t i) {
    while (i < s.size() && isDigit(s[i])) ++i;
    return i;
}
std::size_t optSep(std::string_view s, std::size_t i) { return i < s.size() && isPunct(s[i]) ? i + 1 : i; }

// [-_.]? word [-_.]? [0-9]*   (the separator is retried without when the word is absent)
std::size_t labelled(std::string_view s, std::size_t i, std::initializer_list<std::string_view> words) {
    for (std::size_t start : {optSep(s, i), i}) {
        for (std::string_view w : words)
            if (matchWord(s, start, w)) return digits(s, optSep(s, start + w.size()));
        if (start == i) break;
    }
    return i;
}

std::size_t preRelease(std::string_view s, std::size_t i) {
    return labelled(s, i, {"alpha", "beta", "preview", "pre", "a", "b", "c", "rc"});
}
std::size_t postRelease(std::string_view s, std::size_t i) {
    if (i + 1 < s.size() && s[i] == '-' && isDigit(s[i + 1])) return digits(s, i + 1);
    return labelled(s, i, {"post", "rev", "r"});
}
std::size_t devRelease(std::string_view s, std::size_t i) { return labelled(s, i, {"dev"}); }
std::size_t localVersion(std::string_view s, std::size_t i) {
    if (i + 1 >= s.size() || s[i] != '+' || !isAlnum(s[i + 1])) return i;
    std::size_t j = i + 1;
    while (j < s.size() && isAlnum(s[j])) ++j;
    while (j + 1 < s.size() && isPunct(s[j]) && isAlnum(s[j + 1])) {
        ++j;
        while (j < s.size() && isAlnum(s[j])) ++j;
    }
    return j;
}

// \s* v? ([0-9]+!)? [0-9]+(\.[0-9]+)*   — returns npos when there is no release number.
std::size_t releaseStart(std::string_view s, std::size_t i, std::size_t& parts) {
    while (i < s.size() && isMarkerSpace(s[i])) ++i;
    if (i < s.size() && support::asciiLower(s[i]) == 'v') ++i;
    const std::size_t e = digits(s, i);
    if (e > i && e < s.size() && s[e] == '!') i = e + 1;
    std::size_t j = digits(s, i);
    if (j == i) return std::string_view::npos;
    parts = 1;
    while (j + 1 < s.size() && s[j] == '.' && isDigit(s[j + 1])) {
        j = digits(s, j + 1);
        ++parts;
    }
    return j;
}

constexpr std::array<std::string_view, 8> kOperators = {"===", "~=", "==", "!=", "<=", ">=", "<", ">"};

std::string_view operatorAt(std::string_view s, std::size_t i) {
    for (std::string_view op : kOperators)
        if (s.substr(i, op.size()) == op) return op;
    return {};
}

// End of packaging's Specifier regex match at i, or npos.
std::size_t matchPep440(std::string_view s, std::size_t i) {
    const std::string_view op = operatorAt(s, i);
    if (op.empty()) return std::string_view::npos;
    std::size_t j = i + op.size();
    if (op == "===") {
        while (j < s.size() && isMarkerSpace(s[j])) ++j;
        while (j < s.size() && !isMarkerSpace(s[j])) ++j;
        return j;
    }
    std::size_t parts = 0;
    j = releaseStart(s, j, parts);
    if (j == std::string_view::npos) return j;
    if (op == "==" || op == "!=") {
        if (j + 1 < s.size() && s[j] == '.' && s[j + 1] == '*') return j + 2;
        return localVersion(s, devRelease(s, postRelease(s, preRelease(s, j))));
    }
    if (op == "~=" && parts < 2) return std::string_view::npos;
    return devRelease(s, postRelease(s, preRelease(s, j)));
}

// End of packaging 21.3's LegacySpecifier match at i, or npos.
std::size_t matchLegacy(std::string_view s, std::size_t i) {
    const std::string_view op = operatorAt(s, i);
    if (op.empty() || op == "===" || op == "~=") return std::string_view::npos;
    std::size_t j = i + op.size();
    while (j < s.size() && isMarkerSpace(s[j])) ++j;
    while (j < s.size() && !isMarkerSpace(s[j]) && s[j] != ',' && s[j] != ';' && s[j] != ')') ++j;
    return j;
}

std::string withoutSpaces(std::string_view s) {
    std::string out;
    for (char c : s)
        if (!isMarkerSpace(c)) out += c;
    return out;
}

class RequirementParser {
public:
    explicit RequirementParser(std::string_view s) : s_(s) {}

    Requirement run() {
        skip();
        if (!name()) return std::move(r_);
        skip();
        if (peek('[') && !extras()) return std::move(r_);
        skip();
        if (peek('@')) {
            url();
        } else {
            specifiers();
        }
        if (!r_.error) {
            skip();
            if (i_ < s_.size()) trailing();
        }
        return std::move(r_);
    }

private:
    bool peek(char c) const { return i_ < s_.size() && s_[i_] == c; }
    void skip() {
        while (i_ < s_.size() && isMarkerSpace(s_[i_])) ++i_;
    }
    void fail(std::size_t b, std::size_t e, std::string message) {
        if (!r_.error) r_.error = Diagnostic{{b, std::max(e, b)}, std::move(message)};
    }
    std::size_t restEnd() const {
        std::size_t e = s_.size();
        while (e > i_ && isMarkerSpace(s_[e - 1])) --e;
        return e;
    }

    // ALPHANUM (PUNCT* ALPHANUM)* — a trailing '.', '-' or '_' is not part of the name.
    std::size_t identifierEnd(std::size_t i) const {
        if (i >= s_.size() || !isAlnum(s_[i])) return i;
        std::size_t j = i;
        while (true) {
            while (j < s_.size() && isAlnum(s_[j])) ++j;
            std::size_t k = j;
            while (k < s_.size() && isPunct(s_[k])) ++k;
            if (k < s_.size() && isAlnum(s_[k])) j = k;
            else return j;
        }
    }

    bool name() {
        const std::size_t e = identifierEnd(i_);
        if (e == i_) {
            if (i_ >= s_.size()) fail(i_, i_, "expected a package name");
            else fail(i_, restEnd(), "expected a package name at the start of " + quoted(s_.substr(i_)));
            return false;
        }
        r_.name = std::string(s_.substr(i_, e - i_));
        r_.nameSpan = {i_, e};
        i_ = e;
        return true;
    }

    bool extras() {
        const std::size_t open = i_++;
        skip();
        bool first = true;
        while (true) {
            skip();
            if (peek(']')) {
                if (!first && s_[i_ - 1] == ',') {
                    fail(i_, i_ + 1, "expected an extra name after ','");
                    return false;
                }
                ++i_;
                return true;
            }
            if (!first) {
                if (!peek(',')) {
                    if (identifierEnd(i_) > i_) fail(i_, identifierEnd(i_), "expected ',' between extra names");
                    else fail(open, i_, "expected ']' to close the extras");
                    return false;
                }
                ++i_;
                skip();
            }
            const std::size_t e = identifierEnd(i_);
            if (e == i_) {
                if (first && peek(']')) continue;
                fail(first ? open : i_, std::max(i_ + 1, open + 1),
                     first ? "expected extra names or ']' after '['" : "expected an extra name after ','");
                if (i_ >= s_.size()) r_.error->span = {open, i_};
                return false;
            }
            r_.extras.emplace_back(s_.substr(i_, e - i_));
            i_ = e;
            first = false;
        }
    }

    void url() {
        ++i_;
        skip();
        const std::size_t b = i_;
        while (i_ < s_.size() && s_[i_] != ' ') ++i_;
        if (i_ == b) {
            fail(b - 1, b, "expected a URL after '@'");
            return;
        }
        const std::string_view u = s_.substr(b, i_ - b);
        r_.url = std::string(u);
        r_.urlSpan = {b, i_};
        // packaging 21.3 insists on a scheme and a host, or an exact file: URL.
        const std::size_t colon = u.find(':');
        bool schemeOk = colon != std::string_view::npos && colon > 0 && std::isalpha(static_cast<unsigned char>(u[0]));
        for (std::size_t k = 0; schemeOk && k < colon; ++k)
            schemeOk = isAlnum(u[k]) || u[k] == '+' || u[k] == '-' || u[k] == '.';
        bool ok = false;
        if (schemeOk && u.substr(0, colon) == "file") {
            ok = u.substr(colon, 3) == "://";
        } else if (schemeOk && u.substr(colon, 3) == "://") {
            const std::size_t host = colon + 3;
            ok = host < u.size() && u[host] != '/' && u[host] != '?' && u[host] != '#';
        }
        if (!ok) fail(b, i_, "invalid URL " + quoted(u) + ": a URL needs a scheme and a host, such as https://host/path");
    }

    // One clause: the longer of the PEP 440 and legacy matches, as packaging 21.3 picks.
    bool clause() {
        const std::size_t pep = matchPep440(s_, i_), leg = matchLegacy(s_, i_);
        if (pep == std::string_view::npos && leg == std::string_view::npos) return false;
        const bool legacy = pep == std::string_view::npos || (leg != std::string_view::npos && leg > pep);
        const std::size_t e = legacy ? leg : pep;
        const std::string text = withoutSpaces(s_.substr(i_, e - i_));
        if (legacy) {
            const std::string op(operatorAt(s_, i_));
            r_.warnings.push_back({{i_, e}, text.size() == op.size()
                                                 ? quoted(text) + " has no version: pip 24.1 and later reject it"
                                                 : quoted(text) + " is not a valid PEP 440 version: pip 24.1 and later reject it"});
        }
        if (!r_.specifier.empty()) r_.specifier += ',';
        r_.specifier += text;
        if (r_.specifierSpan.begin == r_.specifierSpan.end) r_.specifierSpan.begin = i_;
        r_.specifierSpan.end = e;
        i_ = e;
        return true;
    }

    void specifiers() {
        const bool paren = peek('(');
        const std::size_t open = i_;
        if (paren) {
            ++i_;
            skip();
        }
        if (!clause()) {
            if (paren) {
                badClause(paren ? open : i_);
                return;
            }
            return;  // no specifier at all: the name stands alone (checked by trailing())
        }
        while (true) {
            const std::size_t save = i_;
            skip();
            if (!peek(',')) {
                i_ = save;
                break;
            }
            ++i_;
            skip();
            if (!clause()) {
                badClause(i_);
                return;
            }
        }
        if (paren) {
            skip();
            if (!peek(')')) {
                fail(open, i_, "expected ')' to close the version specifier");
                return;
            }
            ++i_;
        }
    }

    // Explains why no specifier could be read at i_.
    void badClause(std::size_t from) {
        std::size_t e = i_;
        while (e < s_.size() && !isMarkerSpace(s_[e]) && s_[e] != ',' && s_[e] != ')') ++e;
        const std::string_view word = s_.substr(i_, e - i_);
        if (i_ >= s_.size() || word.empty()) {
            fail(from, std::max(i_, from + 1), "expected a version specifier such as >=1.0");
        } else if (word.substr(0, 2) == "~=") {
            fail(i_, e, quoted(word) + ": ~= needs a version with at least two numbers, such as ~=1.4");
        } else if (word[0] == '=' || word[0] == '~' || word[0] == '!') {
            fail(i_, e, quoted(word) + " is not a valid version specifier ('=' alone is not an operator; use '==')");
        } else {
            fail(i_, e, "expected a version specifier such as >=1.0, found " + quoted(word));
        }
    }

    // Something follows what was read: say what most likely went wrong.
    void trailing() {
        const std::size_t e = restEnd();
        const std::string_view rest = s_.substr(i_, e - i_);
        const bool afterSpec = !r_.specifier.empty();
        if (r_.url) {
            fail(i_, e, "unexpected " + quoted(rest) + " after the URL (a marker must follow ';')");
        } else if (!afterSpec && (rest[0] == '=' || rest[0] == '~' || rest[0] == '!' || rest[0] == '<' || rest[0] == '>')) {
            badClause(i_);
        } else if (afterSpec && !operatorAt(s_, i_).empty()) {
            fail(i_, e, "expected ',' between version specifiers, found " + quoted(rest));
        } else if (!afterSpec && identifierEnd(r_.nameSpan.begin) == r_.nameSpan.end && isPunct(rest[0])) {
            fail(r_.nameSpan.begin, e, "invalid package name " + quoted(s_.substr(r_.nameSpan.begin, e - r_.nameSpan.begin)) +
                                           ": names must start and end with a letter or digit");
        } else if (rest[0] == '[') {
            fail(i_, e, "extras must come right after the name, before any version");
        } else {
            fail(i_, e, "unexpected " + quoted(rest) + (afterSpec ? " after the version specifier" : " after the package name"));
        }
    }

    std::string_view s_;
    std::size_t i_ = 0;
    Requirement r_;
};

// ------------------------------------------------------------------ markers

constexpr std::array<std::pair<std::string_view, std::string_view>, 18> kVariables = {{
    {"implementation_version", "implementation_version"},
    {"platform_python_implementation", "platform_python_implementation"},
    {"implementation_name", "implementation_name"},
    {"python_full_version", "python_full_version"},
    {"platform_release", "platform_release"},
    {"platform_version", "platform_version"},
    {"platform_machine", "platform_machine"},
    {"platform_system", "platform_system"},
    {"python_version", "python_version"},
    {"sys_platform", "sys_platform"},
    {"os_name", "os_name"},
    {"os.name", "os_name"},
    {"sys.platform", "sys_platform"},
    {"platform.version", "platform_version"},
    {"platform.machine", "platform_machine"},
    {"platform.python_implementation", "platform_python_implementation"},
    {"python_implementation", "platform_python_implementation"},
    {"extra", "extra"},
}};

constexpr std::array<std::string_view, 10> kMarkerOps = {"===", "==", ">=", "<=", "!=", "~=", ">", "<", "not in", "in"};

constexpr std::size_t kMaxMarkerDepth = 32;

// A parsed marker expression: items and "and"/"or" alternate; a group is a parenthesised
// sub-expression. Kept as formatted text plus the element count, which is all str() needs.
struct Formatted {
    std::string text;      // without surrounding parentheses
    std::size_t elements;  // 1 for a single item (or a group that reduces to one)
};

class MarkerParser {
public:
    explicit MarkerParser(std::string_view s) : s_(s) {}

    Marker run() {
        Marker m;
        Formatted f = expression(0);
        if (!error_) {
            skip();
            if (i_ < s_.size()) fail(i_, s_.size(), "unexpected " + quoted(s_.substr(i_)) + " in the marker (expected 'and', 'or' or the end)");
        }
        if (error_) m.error = std::move(error_);
        else m.normalized = std::move(f.text);
        return m;
    }

private:
    void skip() {
        while (i_ < s_.size() && isMarkerSpace(s_[i_])) ++i_;
    }
    void fail(std::size_t b, std::size_t e, std::string message) {
        if (!error_) error_ = Diagnostic{{b, std::max(e, b)}, std::move(message)};
    }

    Formatted expression(std::size_t depth) {
        Formatted out{"", 0};
        Formatted first;
        while (true) {
            Formatted a = atom(depth);
            if (error_) return out;
            if (out.elements == 0) first = a;
            if (out.elements) out.text += ' ';
            // A group of more than one element keeps its parentheses inside a larger
            // expression; packaging prints a one-element group bare, even `((a or b))`.
            out.text += a.elements > 1 ? "(" + a.text + ")" : a.text;
            ++out.elements;
            skip();
            if (s_.substr(i_, 3) == "and") {
                i_ += 3;
                out.text += " and";
            } else if (s_.substr(i_, 2) == "or") {
                i_ += 2;
                out.text += " or";
            } else {
                if (out.elements == 1) return {first.text, 1};
                return out;
            }
        }
    }

    Formatted atom(std::size_t depth) {
        skip();
        if (i_ < s_.size() && s_[i_] == '(') {
            const std::size_t open = i_++;
            if (depth >= kMaxMarkerDepth) {
                fail(open, s_.size(), "marker nested too deeply");
                return {};
            }
            Formatted inner = expression(depth + 1);
            if (error_) return {};
            skip();
            if (i_ >= s_.size() || s_[i_] != ')') {
                fail(open, i_, "expected ')' to close the '(' of the marker");
                return {};
            }
            ++i_;
            return inner;
        }
        std::string left = value();
        if (error_) return {};
        skip();
        std::string_view op;
        for (std::string_view o : kMarkerOps)
            if (s_.substr(i_, o.size()) == o) {
                op = o;
                break;
            }
        if (op.empty()) {
            fail(i_, std::min(s_.size(), i_ + 1),
                 "expected a marker operator (==, !=, <, <=, >, >=, ~=, ===, in, not in)");
            return {};
        }
        i_ += op.size();
        std::string right = value();
        if (error_) return {};
        return {left + " " + std::string(op) + " " + right, 1};
    }

    std::string value() {
        skip();
        if (i_ < s_.size() && (s_[i_] == '"' || s_[i_] == '\'')) {
            const char q = s_[i_];
            const std::size_t close = s_.find(q, i_ + 1);
            if (close == std::string_view::npos) {
                fail(i_, s_.size(), std::string("unterminated string in the marker: missing ") + q);
                return {};
            }
            std::string v(s_.substr(i_ + 1, close - i_ - 1));
            i_ = close + 1;
            return "\"" + v + "\"";
        }
        for (const auto& [written, name] : kVariables)
            if (s_.substr(i_, written.size()) == written) {
                i_ += written.size();
                return std::string(name);
            }
        std::size_t e = i_;
        while (e < s_.size() && !isMarkerSpace(s_[e]) && s_[e] != ')' && s_[e] != '(') ++e;
        fail(i_, std::max(e, i_ + 1),
             e > i_ ? "unknown marker variable " + quoted(s_.substr(i_, e - i_)) +
                          " (values must be quoted; variables are python_version, sys_platform, os_name, ...)"
                    : "expected a marker variable (such as python_version) or a quoted string");
        return {};
    }

    std::string_view s_;
    std::size_t i_ = 0;
    std::optional<Diagnostic> error_;
};

}  // namespace

Requirement parseRequirement(std::string_view text) { return RequirementParser(text).run(); }

Marker parseMarker(std::string_view text) { return MarkerParser(text).run(); }

bool isValidProjectName(std::string_view name) {
    if (name.empty() || !isAlnum(name.front()) || !isAlnum(name.back())) return false;
    for (char c : name)
        if (!isAlnum(c) && !isPunct(c)) return false;
    return true;
}

}  // namespace stackls::manifest::pep508
