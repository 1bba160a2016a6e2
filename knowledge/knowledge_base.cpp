// Lookups over the knowledge base: use cases, packages and the refs that reasons cite.
#include "knowledge/knowledge_base.h"

#include "knowledge/manifest/requirements.h"

namespace stackls::knowledge {

std::string_view techId(Tech t) { return t == Tech::Node ? "node" : "python"; }
std::string_view techTitle(Tech t) { return t == Tech::Node ? "Node.js" : "Python"; }
std::string_view ecosystemId(Tech t) { return t == Tech::Node ? "npm" : "pypi"; }

std::optional<Tech> techFromId(std::string_view id) {
    if (id == "node") return Tech::Node;
    if (id == "python") return Tech::Python;
    return std::nullopt;
}

std::string_view fitLevelName(FitLevel level) {
    switch (level) {
        case FitLevel::Weak: return "weak";
        case FitLevel::Fits: return "fits";
        case FitLevel::Strong: return "strong";
    }
    return "fits";
}

std::optional<FitLevel> fitLevelFromName(std::string_view name) {
    if (name == "weak") return FitLevel::Weak;
    if (name == "fits") return FitLevel::Fits;
    if (name == "strong") return FitLevel::Strong;
    return std::nullopt;
}

const UseCase* KnowledgeBase::useCase(std::string_view id) const {
    auto it = useCaseIndex_.find(id);
    return it == useCaseIndex_.end() ? nullptr : &useCases[it->second];
}

const Dimension* KnowledgeBase::dimension(std::string_view id) const {
    for (const auto& d : dimensions) {
        if (d.id == id) return &d;
    }
    return nullptr;
}

const Package* KnowledgeBase::package(Tech ecosystem, std::string_view name) const {
    const auto& index = packageIndex_[idx(ecosystem)];
    // npm names are case-sensitive in principle but published lower case; pypi names compare normalised.
    auto it = ecosystem == Tech::Python ? index.find(manifest::normalizePackageName(name)) : index.find(name);
    return it == index.end() ? nullptr : &packages[idx(ecosystem)][it->second];
}

namespace {

std::pair<std::string_view, std::string_view> splitRef(std::string_view ref) {
    auto colon = ref.find(':');
    if (colon == std::string_view::npos) return {"", ref};
    return {ref.substr(0, colon), ref.substr(colon + 1)};
}

const Entry* findEntry(const std::vector<Entry>& entries, std::string_view id) {
    for (const auto& e : entries) {
        if (e.id == id) return &e;
    }
    return nullptr;
}

std::optional<Tech> techOfEntryId(std::string_view id) {
    return techFromId(id.substr(0, id.find('.')));
}

}  // namespace

const Entry* KnowledgeBase::entry(std::string_view ref) const {
    auto [kind, id] = splitRef(ref);
    if (kind == "general") return findEntry(general, id);
    auto tech = techOfEntryId(id);
    if (!tech) return nullptr;
    const auto& info = technologies[idx(*tech)];
    if (kind == "feature") return findEntry(info.features, id);
    if (kind == "challenge") return findEntry(info.challenges, id);
    if (kind == "fact") return findEntry(info.facts, id);
    return nullptr;
}

std::string KnowledgeBase::refLabel(std::string_view ref) const {
    auto [kind, id] = splitRef(ref);
    if (kind == "dimension") {
        if (const auto* d = dimension(id)) return d->title;
    } else if (kind == "section") {
        return "section \"" + std::string(id) + "\"";
    } else if (const auto* e = entry(ref)) {
        auto tech = techOfEntryId(id);
        if (kind == "feature" && tech) return std::string(techTitle(*tech)) + " feature: " + e->title;
        if (kind == "challenge" && tech) return std::string(techTitle(*tech)) + " challenge: " + e->title;
        return e->text;
    }
    return std::string(ref);
}

SourceRef KnowledgeBase::refSource(std::string_view ref) const {
    auto [kind, id] = splitRef(ref);
    if (kind == "dimension") {
        if (const auto* d = dimension(id)) return d->source;
    } else if (kind == "section") {
        return {"nodejs-vs-python", std::string(id)};
    } else if (const auto* e = entry(ref)) {
        return e->source;
    }
    return {"nodejs-vs-python", ""};
}

void KnowledgeBase::reindex() {
    useCaseIndex_.clear();
    for (std::size_t i = 0; i < useCases.size(); ++i) useCaseIndex_[useCases[i].id] = i;
    for (auto t : kTechs) {
        auto& index = packageIndex_[idx(t)];
        index.clear();
        const auto& list = packages[idx(t)];
        // Later entries win, so a user file appended after the catalogue overrides it.
        for (std::size_t i = 0; i < list.size(); ++i) index[list[i].name] = i;
    }
}

}  // namespace stackls::knowledge
