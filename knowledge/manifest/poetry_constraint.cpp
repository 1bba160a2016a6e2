// poetry-core's constraint semantics, written out as PEP 440 clauses.
#include "knowledge/manifest/poetry_constraint.h"

#include "knowledge/manifest/python_dependency.h"

namespace stackls::manifest {
namespace {

bool isPoetrySpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }
bool isDigitChar(char c) { return c >= '0' && c <= '9'; }
bool isOperatorChar(char c) { return c == '^' || c == '~' || c == '=' || c == '<' || c == '>' || c == '!'; }

std::string_view trimmed(std::string_view s) {
    while (!s.empty() && isPoetrySpace(s.front())) s.remove_prefix(1);
    while (!s.empty() && isPoetrySpace(s.back())) s.remove_suffix(1);
    return s;
}

bool isVersionText(std::string_view v) {
    if (v.empty() || !isDigitChar(v.front())) return false;
    for (char c : v)
        if (!(isDigitChar(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '.' || c == '*' || c == '+' || c == '!' || c == '-' || c == '_'))
            return false;
    return true;
}

// The leading release numbers of a version ("1.2.3rc1" → 1, 2, 3). Long digit runs are
// not versions anyone writes; they are capped so the arithmetic cannot overflow.
std::vector<unsigned long long> releaseParts(std::string_view v) {
    std::vector<unsigned long long> parts;
    std::size_t i = 0;
    while (i < v.size() && isDigitChar(v[i]) && parts.size() < 16) {
        unsigned long long n = 0;
        std::size_t digits = 0;
        for (; i < v.size() && isDigitChar(v[i]); ++i)
            if (++digits <= 18) n = n * 10 + static_cast<unsigned long long>(v[i] - '0');
        parts.push_back(n);
        if (i + 1 < v.size() && v[i] == '.' && isDigitChar(v[i + 1])) ++i;
        else break;
    }
    return parts;
}

// poetry-core's next_major / next_minor / next_patch: bump one part, zero the later ones,
// keep the number of parts written.
std::string bumped(std::vector<unsigned long long> parts, std::size_t index) {
    while (parts.size() <= index) parts.push_back(0);
    ++parts[index];
    std::string out;
    for (std::size_t k = 0; k < parts.size(); ++k) {
        if (k) out += '.';
        out += std::to_string(k > index ? 0 : parts[k]);
    }
    return out;
}

bool convertClause(std::string_view clause, std::vector<std::string>& out, std::string* error) {
    const auto fail = [&](std::string message) {
        if (error) *error = std::move(message);
        return false;
    };
    if (clause == "*" || clause == "x" || clause == "X") return true;
    std::size_t opEnd = 0;
    while (opEnd < clause.size() && isOperatorChar(clause[opEnd])) ++opEnd;
    const std::string_view op = clause.substr(0, opEnd);
    const std::string_view version = clause.substr(opEnd);
    if (!isVersionText(version)) return fail("'" + std::string(clause) + "' is not a Poetry version constraint");
    const auto parts = releaseParts(version);
    if (op == "^") {
        std::size_t index = 2;
        if (parts[0] > 0 || parts.size() == 1) index = 0;
        else if (parts[1] > 0 || parts.size() == 2) index = 1;
        out.push_back(">=" + std::string(version));
        out.push_back("<" + bumped(parts, index));
        return true;
    }
    if (op == "~") {
        out.push_back(">=" + std::string(version));
        out.push_back("<" + bumped(parts, parts.size() == 1 ? 0 : 1));
        return true;
    }
    std::string v(version);
    // 1.2.x and 1.2.X are Poetry's spellings of the wildcard 1.2.*
    if (v.size() >= 2 && (v.ends_with(".x") || v.ends_with(".X"))) v.back() = '*';
    if (op.empty() || op == "=" || op == "==") {
        out.push_back("==" + v);
        return true;
    }
    if (op == "~=" || op == ">=" || op == "<=" || op == "!=" || op == ">" || op == "<" || op == "===") {
        out.push_back(std::string(op) + v);
        return true;
    }
    return fail("'" + std::string(op) + "' is not a version operator");
}

// One `||` alternative: clauses separated by ',' or by spaces, with spaces allowed between an
// operator and its version (`>= 1.2, < 2`).
bool convertAlternative(std::string_view alternative, std::vector<std::string>& out, std::string* error) {
    std::string clause;
    const auto flush = [&]() {
        if (clause.empty()) return true;
        const bool ok = convertClause(clause, out, error);
        clause.clear();
        return ok;
    };
    for (char c : alternative) {
        if (c == ',' || isPoetrySpace(c)) {
            // A space right after an operator belongs to the clause.
            if (isPoetrySpace(c) && !clause.empty() && isOperatorChar(clause.back())) continue;
            if (!flush()) return false;
            continue;
        }
        clause += c;
    }
    return flush();
}

}  // namespace

std::optional<std::vector<std::vector<std::string>>> poetryConstraintAlternatives(std::string_view constraint,
                                                                                  std::string* error) {
    std::vector<std::vector<std::string>> alternatives;
    std::size_t i = 0;
    while (true) {
        const auto bar = constraint.find('|', i);
        const std::string_view alternative = trimmed(constraint.substr(i, bar == std::string_view::npos ? std::string_view::npos : bar - i));
        if (!alternative.empty()) {
            std::vector<std::string> clauses;
            if (!convertAlternative(alternative, clauses, error)) return std::nullopt;
            alternatives.push_back(std::move(clauses));
        }
        if (bar == std::string_view::npos) break;
        i = bar + 1;
    }
    if (alternatives.empty()) alternatives.emplace_back();
    return alternatives;
}

std::optional<std::string> poetryConstraintToPep440(std::string_view constraint, std::string* error) {
    const auto alternatives = poetryConstraintAlternatives(constraint, error);
    if (!alternatives) return std::nullopt;
    std::vector<std::string> clauses;
    if (alternatives->size() == 1) {
        clauses = alternatives->front();
    } else {
        for (const std::string& c : alternatives->front())
            if (c.starts_with(">") || c.starts_with("~=")) clauses.push_back(c.starts_with("~=") ? ">=" + c.substr(2) : c);
            else if (c.starts_with("==") && !c.ends_with("*")) clauses.push_back(">=" + c.substr(2));
        for (const std::string& c : alternatives->back())
            if (c.starts_with("<")) clauses.push_back(c);
            else if (c.starts_with("==") && !c.ends_with("*")) clauses.push_back("<=" + c.substr(2));
    }
    std::string joined;
    for (const std::string& c : clauses) joined += (joined.empty() ? "" : ",") + c;
    return normalizeSpecifier(joined, error);
}

std::optional<std::string> poetryPythonMarker(std::string_view constraint, std::string* error) {
    const auto alternatives = poetryConstraintAlternatives(constraint, error);
    if (!alternatives) return std::nullopt;
    std::vector<std::string> ors;
    for (const auto& clauses : *alternatives) {
        std::string ands;
        for (const std::string& c : clauses) {
            std::size_t opEnd = 0;
            while (opEnd < c.size() && isOperatorChar(c[opEnd])) ++opEnd;
            const std::string version = c.substr(opEnd);
            const bool full = releaseParts(version).size() >= 3;
            ands += (ands.empty() ? "" : " and ") + std::string(full ? "python_full_version " : "python_version ") +
                    c.substr(0, opEnd) + " \"" + version + "\"";
        }
        if (ands.empty()) return std::string();  // one alternative allows every version
        ors.push_back(std::move(ands));
    }
    std::string marker;
    for (const std::string& a : ors)
        marker += (marker.empty() ? "" : " or ") + (ors.size() > 1 ? "(" + a + ")" : a);
    return normalizeMarker(marker, error);
}

}  // namespace stackls::manifest
