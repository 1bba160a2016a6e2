// Builds the PackageJson model from the tolerant JSON tree.
#include "knowledge/manifest/package_json.h"

#include <functional>

#include "knowledge/manifest/json_reader.h"
#include "knowledge/manifest/project_settings.h"

namespace stackls::manifest {
namespace {

using json::Document;
using json::Kind;
using json::Node;

constexpr std::pair<std::string_view, DependencySection> kSections[] = {
    {"dependencies", DependencySection::Dependencies},
    {"devDependencies", DependencySection::DevDependencies},
    {"peerDependencies", DependencySection::PeerDependencies},
    {"optionalDependencies", DependencySection::OptionalDependencies},
};

bool isSection(std::string_view key) {
    for (const auto& [name, section] : kSections)
        if (key == name) return true;
    return false;
}

// The root members whose content PackageBuilder reads, and all the root members it reads.
bool readsInside(std::string_view key) {
    return key == "keywords" || key == "engines" || key == "workspaces" || key == "stackls" || isSection(key);
}
bool readsMember(std::string_view key) { return key == "name" || key == "description" || readsInside(key); }

// The containers whose content PackageBuilder looks at: the root object, its members that
// PackageBuilder reads, and one level further inside "workspaces" and "stackls". Everything
// else (a long "files" list, "scripts", "contributors") is checked by the reader but not stored.
bool readByBuilder(const Document& doc, const Node& container) {
    if (container.parent == json::kNoNode) return true;
    const Node& parent = doc.nodes[container.parent];
    if (parent.parent == json::kNoNode) {
        if (!container.hasKey) return false;
        return readsInside(container.keyText);
    }
    return doc.nodes[parent.parent].parent == json::kNoNode && parent.hasKey &&
           (parent.keyText == "workspaces" || parent.keyText == "stackls");
}

// Which member JSON.parse keeps for each key of one object: the last. A section can hold
// 100,000 members, so this is one open-addressing table of key hashes, built once.
class LastMembers {
public:
    LastMembers(const Document& doc, const Node& object) : doc_(doc) {
        std::size_t size = 16;
        while (size < 2 * object.childCount + 1) size *= 2;
        slots_.assign(size, Slot{});
        mask_ = size - 1;
        for (const Node* m = doc.firstChild(object); m; m = doc.nextSibling(*m)) {
            if (!m->hasKey || !m->keyClosed) continue;
            const std::size_t h = std::hash<std::string_view>{}(m->keyText);
            Slot& s = slots_[find(h, m->keyText)];
            duplicates_ = duplicates_ || s.node != json::kNoNode;
            s.hash = h;
            s.node = static_cast<std::uint32_t>(m - doc.nodes.data());
        }
    }

    bool isLast(const Node& member) const {
        if (!duplicates_) return member.hasKey && member.keyClosed;
        const std::size_t h = std::hash<std::string_view>{}(member.keyText);
        const std::uint32_t kept = slots_[find(h, member.keyText)].node;
        return kept != json::kNoNode && &doc_.nodes[kept] == &member;
    }

private:
    struct Slot {
        std::size_t hash = 0;
        std::uint32_t node = json::kNoNode;
    };

    // The slot holding `key`, or the empty slot where it belongs.
    std::size_t find(std::size_t h, std::string_view key) const {
        for (std::size_t i = h & mask_;; i = (i + 1) & mask_) {
            const Slot& s = slots_[i];
            if (s.node == json::kNoNode || (s.hash == h && doc_.nodes[s.node].keyText == key)) return i;
        }
    }

    const Document& doc_;
    std::vector<Slot> slots_;
    std::size_t mask_ = 0;
    bool duplicates_ = false;  // without any, every member with a closed key is the last
};

class PackageBuilder {
public:
    PackageBuilder(const Document& doc, PackageJson& out) : doc_(doc), out_(out) {}

    void build() {
        const Node* root = doc_.root();
        if (!root) return;
        if (root->kind != Kind::Object) {
            problem(root->range, "package.json must hold a JSON object");
            return;
        }
        out_.root = span(*root);
        const LastMembers rootLast(doc_, *root);
        warnDuplicateKeys(*root, "key", rootLast);

        if (const Node* n = doc_.member(*root, "name")) out_.name = stringValue(*n, "\"name\"");
        if (const Node* n = doc_.member(*root, "description")) out_.description = stringValue(*n, "\"description\"");
        if (const Node* n = doc_.member(*root, "keywords")) out_.keywords = stringArray(*n, "\"keywords\"");
        if (const Node* n = doc_.member(*root, "engines")) readEngines(*n);
        if (const Node* n = doc_.member(*root, "workspaces")) readWorkspaces(*n);
        if (const Node* n = doc_.member(*root, "stackls")) readStackls(*n);

        // Dependencies in file order, whatever the order of the sections; room for all of
        // them at once, since growing a vector of 100,000 entries copies it each time.
        std::size_t members = 0;
        for (const Node* m = doc_.firstChild(*root); m; m = doc_.nextSibling(*m))
            if (m->hasKey && m->kind == Kind::Object && isSection(m->keyText)) members += m->childCount;
        out_.dependencies.reserve(members);
        for (const Node* m = doc_.firstChild(*root); m; m = doc_.nextSibling(*m)) {
            if (!m->hasKey || !m->keyClosed) continue;
            for (const auto& [name, section] : kSections)
                if (m->keyText == name && rootLast.isLast(*m)) readSection(*m, section);
            if (!readsMember(m->keyText)) out_.unreadValues.push_back(m->range);
        }
    }

private:
    void problem(ByteRange range, std::string message, Problem::Severity severity = Problem::Severity::Error) {
        out_.problems.push_back({range, std::move(message), severity, 0});
    }

    // A member whose value is still missing (being typed) has an empty Invalid value;
    // the JSON reader already reported it.
    static bool absent(const Node& n) { return n.kind == Kind::Invalid; }

    static ObjectSpan span(const Node& n) { return {n.range, n.childCount, n.closed}; }

    std::optional<Located> stringValue(const Node& n, std::string_view what) {
        if (n.kind == Kind::String) return Located{std::string(n.text), n.range};
        if (!absent(n)) problem(n.range, std::string(what) + " must be a string");
        return std::nullopt;
    }

    std::vector<Located> stringArray(const Node& n, std::string_view what) {
        std::vector<Located> out;
        if (n.kind != Kind::Array) {
            if (!absent(n)) problem(n.range, std::string(what) + " must be an array of strings");
            return out;
        }
        for (const Node* c = doc_.firstChild(n); c; c = doc_.nextSibling(*c)) {
            if (c->kind == Kind::String) out.push_back({std::string(c->text), c->range});
            else if (!absent(*c)) problem(c->range, std::string(what) + " must contain only strings");
        }
        return out;
    }

    void warnDuplicateKeys(const Node& object, std::string_view what, const LastMembers& last) {
        for (const Node* m = doc_.firstChild(object); m; m = doc_.nextSibling(*m))
            if (m->hasKey && m->keyClosed && !last.isLast(*m))
                problem(m->keyRange(), "duplicate " + std::string(what) + " \"" + std::string(m->keyText) +
                                           "\": npm ignores this one and keeps the last",
                        Problem::Severity::Warning);
    }

    void readEngines(const Node& n) {
        if (n.kind != Kind::Object) {
            if (!absent(n)) problem(n.range, "\"engines\" must be an object");
            return;
        }
        const LastMembers last(doc_, n);
        for (const Node* m = doc_.firstChild(n); m; m = doc_.nextSibling(*m)) {
            if (!m->hasKey || !m->keyClosed || !last.isLast(*m)) continue;
            if (m->kind == Kind::String)
                out_.engines.emplace_back(Located{std::string(m->keyText), m->keyRange()}, Located{std::string(m->text), m->range});
            else if (!absent(*m)) problem(m->range, "an engine's version range must be a string");
        }
    }

    void readWorkspaces(const Node& n) {
        if (n.kind == Kind::Object) {
            if (const Node* p = doc_.member(n, "packages")) out_.workspaces = stringArray(*p, "\"workspaces.packages\"");
            return;
        }
        if (n.kind == Kind::Array || absent(n)) {
            out_.workspaces = stringArray(n, "\"workspaces\"");
            return;
        }
        problem(n.range, "\"workspaces\" must be an array of globs or an object with \"packages\"");
    }

    void readSection(const Node& n, DependencySection section) {
        if (n.kind != Kind::Object) {
            if (!absent(n)) problem(n.range, "\"" + std::string(n.keyText) + "\" must be an object of name → version");
            return;
        }
        out_.sections[section] = span(n);
        const LastMembers last(doc_, n);
        warnDuplicateKeys(n, "dependency", last);
        for (const Node* m = doc_.firstChild(n); m; m = doc_.nextSibling(*m)) {
            if (!m->hasKey || !m->keyClosed || m->keyText.empty()) {
                if (m->hasKey && m->keyClosed) problem(m->keyRange(), "a dependency needs a package name");
                continue;
            }
            if (!last.isLast(*m)) continue;
            if (absent(*m) && m->range.begin == m->range.end) continue;  // value not typed yet
            NpmDependency dep;
            dep.name = m->keyText;
            dep.section = section;
            dep.keyRange = m->keyRange();
            dep.valueRange = m->range;
            dep.memberRange = m->memberRange();
            if (m->kind == Kind::String) dep.spec = m->text;
            else if (!absent(*m)) problem(m->range, "the version of \"" + dep.name + "\" must be a string");
            out_.dependencies.push_back(std::move(dep));
        }
    }

    void readStackls(const Node& n) {
        if (n.kind != Kind::Object) {
            if (!absent(n)) problem(n.range, "\"stackls\" must be an object like {\"useCase\": \"web-api\"}");
            return;
        }
        StacklsBlock block;
        block.memberRange = n.memberRange();
        block.object = span(n);
        if (const Node* u = doc_.member(n, "useCase")) {
            UseCaseDeclaration decl;
            decl.range = u->memberRange();
            if (u->kind == Kind::String) decl.ids.push_back({std::string(u->text), u->range});
            else decl.ids = stringArray(*u, "\"stackls.useCase\"");
            block.useCase = std::move(decl);
        }
        if (const Node* i = doc_.member(n, "ignore")) block.ignore = stringArray(*i, "\"stackls.ignore\"");
        if (const Node* r = doc_.member(n, "rules")) block.rules = readRuleSettings(doc_, *r, "\"stackls.rules\"", out_.problems);
        if (const Node* e = doc_.member(n, "exclude"))
            block.exclude = readExcludeGlobs(doc_, *e, "\"stackls.exclude\"", out_.problems);
        out_.stackls = std::move(block);
    }

    const Document& doc_;
    PackageJson& out_;
};

}  // namespace

PackageJson parsePackageJson(std::string_view text) {
    PackageJson out;
    json::Document doc = json::parse(text, {}, readByBuilder);
    out.problems = std::move(doc.problems);
    PackageBuilder(doc, out).build();
    json::assignLines(text, out.problems);
    return out;
}

std::string_view dependencySectionName(DependencySection section) {
    switch (section) {
        case DependencySection::Dependencies: return "dependencies";
        case DependencySection::DevDependencies: return "devDependencies";
        case DependencySection::PeerDependencies: return "peerDependencies";
        case DependencySection::OptionalDependencies: return "optionalDependencies";
    }
    return "dependencies";
}

}  // namespace stackls::manifest
