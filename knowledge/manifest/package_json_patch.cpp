// An edit inside one stored string of package.json, applied to the model: find the string,
// prove the edit leaves every other token as it was, shift the ranges after it.
#include "knowledge/manifest/package_json_patch.h"

#include <algorithm>
#include <cstdint>

#include "knowledge/manifest/json_reader.h"
#include "support/utf8.h"

namespace stackls::manifest {
namespace {

// The string token the change falls in, and the model's copy of its value.
struct Target {
    ByteRange token;               // quotes included, in the old text
    std::string* value = nullptr;  // the decoded value the model holds
    const NpmDependency* keyOf = nullptr;  // set when the token is a dependency's name
};

// Strictly between the quotes: an edit touching a quote may merge or split tokens.
bool inside(ByteRange token, const TextChange& c) { return token.begin < c.begin && c.end < token.end; }

std::optional<Target> findTarget(PackageJson& model, const TextChange& c) {
    auto& deps = model.dependencies;
    // Dependencies are in file order: the only one that can hold the change is the last
    // that starts before it.
    auto after = std::upper_bound(deps.begin(), deps.end(), c.begin,
                                  [](std::size_t at, const NpmDependency& d) { return at <= d.keyRange.begin; });
    if (after != deps.begin()) {
        NpmDependency& d = *std::prev(after);
        if (inside(d.keyRange, c)) return Target{d.keyRange, &d.name, &d};
        if (inside(d.valueRange, c)) return Target{d.valueRange, &d.spec, nullptr};
    }
    for (auto* located : {model.name ? &*model.name : nullptr, model.description ? &*model.description : nullptr})
        if (located && inside(located->range, c)) return Target{located->range, &located->text, nullptr};
    for (auto& k : model.keywords)
        if (inside(k.range, c)) return Target{k.range, &k.text, nullptr};
    return std::nullopt;
}

// A string the reader takes as it is written: no escapes, no control characters, valid UTF-8.
bool plainStringContent(std::string_view s) {
    for (unsigned char ch : s)
        if (ch == '"' || ch == '\\' || ch < 0x20) return false;
    return support::firstInvalidUtf8(s) == std::string_view::npos;
}

bool continuationByte(std::string_view text, std::size_t at) {
    return at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80;
}

// Whether the change lies inside one string of `value` (a member's value the model does not
// read) in the old text, and leaves it one plain string: the scan from the value's start
// tells string from structure, since a clean document has no comments.
bool insideUnreadString(std::string_view oldText, ByteRange value, const TextChange& c) {
    if (!(value.begin < c.begin && c.end < value.end) || c.end > oldText.size()) return false;
    bool inString = false;
    for (std::size_t i = value.begin; i < c.begin; ++i) {
        if (oldText[i] == '\\' && inString) {
            if (++i >= c.begin) return false;  // the change would split an escape
        } else if (oldText[i] == '"') {
            inString = !inString;
        }
    }
    if (!inString || continuationByte(oldText, c.begin) || continuationByte(oldText, c.end)) return false;
    // Nor inside the hex digits of a \uXXXX escape.
    if (oldText.substr(c.begin >= 6 ? c.begin - 6 : 0, c.begin >= 6 ? 6 : c.begin).find('\\') != std::string_view::npos)
        return false;
    return plainStringContent(oldText.substr(c.begin, c.end - c.begin)) && plainStringContent(c.inserted);
}

// Every range of the model, for shifting.
template <class F>
void forEachRange(PackageJson& m, F&& f) {
    auto located = [&](Located& l) { f(l.range); };
    if (m.name) located(*m.name);
    if (m.description) located(*m.description);
    for (auto& k : m.keywords) located(k);
    for (auto& [name, range] : m.engines) {
        located(name);
        located(range);
    }
    for (auto& d : m.dependencies) {
        f(d.keyRange);
        f(d.valueRange);
        f(d.memberRange);
    }
    for (auto& [section, span] : m.sections) f(span.range);
    for (auto& w : m.workspaces) located(w);
    if (m.stackls) {
        auto& s = *m.stackls;
        f(s.memberRange);
        f(s.object.range);
        if (s.useCase) {
            f(s.useCase->range);
            for (auto& id : s.useCase->ids) located(id);
        }
        for (auto& i : s.ignore) located(i);
        for (auto& r : s.rules) {
            located(r.rule);
            located(r.level);
        }
        for (auto& e : s.exclude) located(e);
    }
    if (m.root) f(m.root->range);
    for (auto& v : m.unreadValues) f(v);
    for (auto& p : m.problems) f(p.range);
}

// Every range at or after the change moves with the text after it.
void shiftAfter(PackageJson& model, const TextChange& change, std::ptrdiff_t delta) {
    forEachRange(model, [&](ByteRange& r) {
        if (r.begin >= change.end) r.begin = static_cast<std::size_t>(static_cast<std::ptrdiff_t>(r.begin) + delta);
        if (r.end >= change.end) r.end = static_cast<std::size_t>(static_cast<std::ptrdiff_t>(r.end) + delta);
    });
}

}  // namespace

bool patchPackageJson(PackageJson& model, std::string_view oldText, std::string_view newText, const TextChange& change) {
    // A model with problems may change them with any edit (a duplicate resolved, a string
    // closed); only a clean one is patched.
    if (!model.problems.empty() || change.begin > change.end) return false;
    if (newText.size() > json::Limits{}.maxBytes || newText.size() >= UINT32_MAX) return false;
    const auto delta = static_cast<std::ptrdiff_t>(change.inserted.size()) -
                       static_cast<std::ptrdiff_t>(change.end - change.begin);
    if (oldText.size() + delta != newText.size()) return false;
    auto target = findTarget(model, change);
    if (!target) {
        for (const ByteRange& value : model.unreadValues) {
            if (!insideUnreadString(oldText, value, change)) continue;
            shiftAfter(model, change, delta);
            return true;
        }
        return false;
    }

    const ByteRange token = target->token;
    const auto newEnd = static_cast<std::ptrdiff_t>(token.end) + delta;
    if (newEnd < static_cast<std::ptrdiff_t>(token.begin) + 2 || static_cast<std::size_t>(newEnd) > newText.size()) return false;
    if (newText[token.begin] != '"' || newText[static_cast<std::size_t>(newEnd) - 1] != '"') return false;
    const std::string_view content = newText.substr(token.begin + 1, static_cast<std::size_t>(newEnd) - token.begin - 2);
    if (!plainStringContent(content)) return false;

    if (const NpmDependency* key = target->keyOf) {
        // An empty name or one that repeats another key of its section is a problem the
        // reader reports; the whole file is read for those.
        if (content.empty()) return false;
        for (const auto& d : model.dependencies)
            if (&d != key && d.section == key->section && d.name == content) return false;
    }

    *target->value = std::string(content);
    shiftAfter(model, change, delta);
    return true;
}

}  // namespace stackls::manifest
