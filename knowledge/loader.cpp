// Validating loader for knowledge data files (the built-in ones at build time, user files at run time).
#include "knowledge/loader.h"

#include <algorithm>
#include <set>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "knowledge/manifest/requirements.h"

namespace stackls::knowledge {

using nlohmann::json;

namespace {

constexpr std::size_t kMaxDataBytes = 8u * 1024u * 1024u;

SourceRef readSource(const json& parent, const std::string& path, JsonChecker& check) {
    SourceRef source;
    const auto* s = check.object(parent, "source", path);
    if (!s) return source;
    auto sp = jsonPathChild(path, "source");
    source.doc = check.string(*s, "doc", sp).value_or("");
    source.section = check.string(*s, "section", sp).value_or("");
    return source;
}

std::vector<Entry> readEntries(const json& parent, std::string_view key, const std::string& path,
                               bool titled, std::string_view idPrefix, JsonChecker& check) {
    std::vector<Entry> out;
    const auto* list = check.array(parent, key, path);
    if (!list) return out;
    auto lp = jsonPathChild(path, key);
    for (std::size_t i = 0; i < list->size(); ++i) {
        const auto& item = (*list)[i];
        auto ip = jsonPathIndex(lp, i);
        if (!item.is_object()) {
            check.error(ip, "expected an object");
            continue;
        }
        Entry e;
        e.id = check.string(item, "id", ip).value_or("");
        if (!e.id.empty() && !idPrefix.empty() && e.id.rfind(idPrefix, 0) != 0) {
            check.error(jsonPathChild(ip, "id"), "id must start with \"" + std::string(idPrefix) + "\"");
        }
        if (titled) e.title = check.string(item, "title", ip).value_or("");
        e.text = check.string(item, "text", ip).value_or("");
        e.correction = check.string(item, "correction", ip, false).value_or("");
        e.source = readSource(item, ip, check);
        out.push_back(std::move(e));
    }
    return out;
}

void readTechnologies(const json& root, KnowledgeBase& kb, JsonChecker& check) {
    if (const auto* src = check.object(root, "source", "$")) {
        kb.sourceTitle = check.string(*src, "title", "$.source").value_or("");
    }
    const auto* list = check.array(root, "technologies", "$");
    if (!list) return;
    std::set<std::string> seen;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const auto& item = (*list)[i];
        auto ip = jsonPathIndex("$.technologies", i);
        auto id = check.string(item, "id", ip);
        if (!id) continue;
        auto tech = techFromId(*id);
        if (!tech) {
            check.error(jsonPathChild(ip, "id"), "unknown technology \"" + *id + "\" (expected node or python)");
            continue;
        }
        seen.insert(*id);
        auto prefix = *id + ".";
        auto& info = kb.technologies[idx(*tech)];
        info.title = check.string(item, "title", ip).value_or("");
        info.kind = check.string(item, "kind", ip).value_or("");
        info.summary = check.string(item, "summary", ip).value_or("");
        info.facts = readEntries(item, "facts", ip, false, prefix, check);
        info.features = readEntries(item, "features", ip, true, prefix, check);
        info.challenges = readEntries(item, "challenges", ip, true, prefix, check);
    }
    for (auto t : kTechs) {
        if (!seen.count(std::string(techId(t)))) {
            check.error("$.technologies", "technology \"" + std::string(techId(t)) + "\" is missing");
        }
    }
}

DimensionSide readSide(const json& parent, std::string_view key, const std::string& path, JsonChecker& check) {
    DimensionSide side;
    const auto* s = check.object(parent, key, path);
    if (!s) return side;
    auto sp = jsonPathChild(path, key);
    side.position = check.string(*s, "position", sp).value_or("");
    if (auto score = check.number(*s, "score", sp)) {
        if (*score < 0 || *score > 1) check.error(jsonPathChild(sp, "score"), "must be within 0..1");
        side.score = std::clamp(*score, 0.0, 1.0);
    }
    side.reasons = check.stringArray(*s, "reasons", sp);
    side.correction = check.string(*s, "correction", sp, false).value_or("");
    return side;
}

void readDimensions(const json& root, KnowledgeBase& kb, JsonChecker& check) {
    const auto* list = check.array(root, "dimensions", "$");
    if (!list) return;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const auto& item = (*list)[i];
        auto ip = jsonPathIndex("$.dimensions", i);
        Dimension d;
        d.id = check.string(item, "id", ip).value_or("");
        d.title = check.string(item, "title", ip).value_or("");
        d.summary = check.string(item, "summary", ip).value_or("");
        d.inTable = check.boolean(item, "inTable", ip).value_or(true);
        d.sides[idx(Tech::Node)] = readSide(item, "node", ip, check);
        d.sides[idx(Tech::Python)] = readSide(item, "python", ip, check);
        d.source = readSource(item, ip, check);
        if (kb.dimension(d.id)) check.error(jsonPathChild(ip, "id"), "duplicate dimension \"" + d.id + "\"");
        if (!d.id.empty()) kb.dimensions.push_back(std::move(d));
    }
}

Fit readFit(const json& parent, std::string_view key, const std::string& path, JsonChecker& check) {
    Fit fit;
    const auto* f = check.object(parent, key, path);
    if (!f) return fit;
    auto fp = jsonPathChild(path, key);
    if (auto level = check.string(*f, "level", fp)) {
        if (auto parsed = fitLevelFromName(*level)) fit.level = *parsed;
        else check.error(jsonPathChild(fp, "level"), "expected strong, fits or weak, found \"" + *level + "\"");
    }
    const auto* reasons = check.array(*f, "reasons", fp);
    if (!reasons) return fit;
    auto rp = jsonPathChild(fp, "reasons");
    for (std::size_t i = 0; i < reasons->size(); ++i) {
        auto ip = jsonPathIndex(rp, i);
        Reason r;
        r.text = check.string((*reasons)[i], "text", ip).value_or("");
        r.refs = check.stringArray((*reasons)[i], "refs", ip);
        fit.reasons.push_back(std::move(r));
    }
    if (fit.reasons.empty()) check.error(rp, "a fit needs at least one reason");
    return fit;
}

void readUseCases(const json& root, KnowledgeBase& kb, JsonChecker& check) {
    if (const auto* scale = check.object(root, "fitScale", "$")) {
        for (auto level : {FitLevel::Weak, FitLevel::Fits, FitLevel::Strong}) {
            if (auto v = check.number(*scale, fitLevelName(level), "$.fitScale")) {
                kb.fitScale[static_cast<std::size_t>(level)] = std::clamp(*v, 0.0, 1.0);
            }
        }
    }
    kb.general = readEntries(root, "general", "$", false, "general.", check);
    const auto* list = check.array(root, "useCases", "$");
    if (!list) return;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const auto& item = (*list)[i];
        auto ip = jsonPathIndex("$.useCases", i);
        UseCase u;
        u.id = check.string(item, "id", ip).value_or("");
        u.title = check.string(item, "title", ip).value_or("");
        u.description = check.string(item, "description", ip).value_or("");
        u.synonyms = check.stringArray(item, "synonyms", ip);
        for (auto& s : u.synonyms) std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
        if (const auto* listed = check.object(item, "listed", ip)) {
            for (auto t : kTechs) {
                u.listed[idx(t)] = check.string(*listed, techId(t), jsonPathChild(ip, "listed"), false).value_or("");
            }
        }
        u.betterSuited = check.string(item, "betterSuited", ip).value_or("");
        if (u.betterSuited != "node" && u.betterSuited != "python" && u.betterSuited != "both") {
            check.error(jsonPathChild(ip, "betterSuited"), "expected node, python or both");
        }
        if (const auto* fit = check.object(item, "fit", ip)) {
            for (auto t : kTechs) u.fit[idx(t)] = readFit(*fit, techId(t), jsonPathChild(ip, "fit"), check);
        }
        if (const auto* dims = check.object(item, "dimensions", ip)) {
            auto dp = jsonPathChild(ip, "dimensions");
            for (const auto& [key, value] : dims->items()) {
                if (!kb.dimension(key)) check.error(jsonPathChild(dp, key), "unknown dimension");
                else if (!value.is_number() || value.get<double>() <= 0 || value.get<double>() > 1)
                    check.error(jsonPathChild(dp, key), "weight must be a number in (0, 1]");
                else u.dimensions.emplace_back(key, value.get<double>());
            }
        }
        if (const auto* mit = check.object(item, "mitigations", ip)) {
            auto mp = jsonPathChild(ip, "mitigations");
            for (auto t : kTechs) {
                const auto* list2 = check.array(*mit, techId(t), mp, false);
                if (!list2) continue;
                auto lp = jsonPathChild(mp, techId(t));
                for (std::size_t k = 0; k < list2->size(); ++k) {
                    auto kp = jsonPathIndex(lp, k);
                    Mitigation m;
                    m.text = check.string((*list2)[k], "text", kp).value_or("");
                    m.packages = check.stringArray((*list2)[k], "packages", kp);
                    u.mitigations[idx(t)].push_back(std::move(m));
                }
            }
        }
        u.source = readSource(item, ip, check);
        if (kb.useCase(u.id)) check.error(jsonPathChild(ip, "id"), "duplicate use case \"" + u.id + "\"");
        if (!u.id.empty()) {
            kb.useCases.push_back(std::move(u));
            kb.reindex();
        }
    }
}

void checkRefs(const KnowledgeBase& kb, JsonChecker& check) {
    for (std::size_t i = 0; i < kb.useCases.size(); ++i) {
        const auto& u = kb.useCases[i];
        for (auto t : kTechs) {
            const auto& reasons = u.fit[idx(t)].reasons;
            for (std::size_t r = 0; r < reasons.size(); ++r) {
                for (const auto& ref : reasons[r].refs) {
                    bool known = ref.rfind("section:", 0) == 0 || kb.entry(ref) != nullptr ||
                                 (ref.rfind("dimension:", 0) == 0 && kb.dimension(ref.substr(10)));
                    if (!known) {
                        check.error(jsonPathIndex(jsonPathChild(jsonPathChild(jsonPathChild(jsonPathIndex("$.useCases", i), "fit"), techId(t)), "reasons"), r),
                                    "ref \"" + ref + "\" names no knowledge entry");
                    }
                }
            }
        }
    }
}

}  // namespace

void readPackageList(const json& packages, const std::string& path, Tech ecosystem, const KnowledgeBase& kb,
                     const std::string& origin, JsonChecker& check, std::vector<Package>& out) {
    if (!packages.is_array()) {
        check.error(path, "expected an array of packages");
        return;
    }
    for (std::size_t i = 0; i < packages.size(); ++i) {
        const auto& item = packages[i];
        auto ip = jsonPathIndex(path, i);
        if (!item.is_object()) {
            check.error(ip, "expected an object");
            continue;
        }
        auto before = check.errorCount();
        Package p;
        p.origin = origin;
        p.name = check.string(item, "name", ip, true, 214).value_or("");
        if (p.name.empty()) check.error(jsonPathChild(ip, "name"), "must not be empty");
        if (ecosystem == Tech::Python && !p.name.empty() && manifest::normalizePackageName(p.name) != p.name) {
            check.error(jsonPathChild(ip, "name"), "PyPI names must be PEP 503-normalised (\"" +
                                                       manifest::normalizePackageName(p.name) + "\")");
        }
        p.role = check.string(item, "role", ip, true, 16).value_or("");
        p.summary = check.string(item, "summary", ip, true, 300).value_or("");
        if (const auto* signals = check.object(item, "signals", ip)) {
            auto sp = jsonPathChild(ip, "signals");
            if (signals->empty() || signals->size() > 18) check.error(sp, "needs between 1 and 18 signals");
            for (const auto& [key, value] : signals->items()) {
                if (!kb.useCase(key)) check.error(jsonPathChild(sp, key), "unknown use case \"" + key + "\"");
                else if (!value.is_number() || value.get<double>() <= 0 || value.get<double>() > 1)
                    check.error(jsonPathChild(sp, key), "weight must be a number in (0, 1]");
                else p.signals.emplace_back(key, value.get<double>());
            }
        }
        p.equivalents = check.stringArray(item, "equivalents", ip, false, 32);
        if (check.errorCount() == before) out.push_back(std::move(p));
    }
}

void checkEquivalents(KnowledgeBase& kb, std::vector<LoadError>& errors) {
    for (auto t : kTechs) {
        auto& list = kb.packages[idx(t)];
        for (std::size_t i = 0; i < list.size(); ++i) {
            auto& eq = list[i].equivalents;
            for (std::size_t k = 0; k < eq.size();) {
                if (kb.package(otherTech(t), eq[k])) {
                    ++k;
                    continue;
                }
                std::string file = list[i].origin.empty() ? "packages-" + std::string(ecosystemId(t)) + ".json" : list[i].origin;
                errors.push_back({file, "$.packages[name=" + list[i].name + "].equivalents",
                                  "\"" + eq[k] + "\" is not in the " + std::string(ecosystemId(otherTech(t))) + " catalogue"});
                eq.erase(eq.begin() + static_cast<std::ptrdiff_t>(k));
            }
        }
    }
}

LoadResult loadKnowledge(const std::vector<DataFile>& files) {
    LoadResult result;
    auto find = [&](std::string_view name) -> const DataFile* {
        for (const auto& f : files) {
            if (f.name == name) return &f;
        }
        return nullptr;
    };
    auto parse = [&](std::string_view name, bool required) -> std::optional<json> {
        const auto* f = find(name);
        if (!f) {
            if (required) result.errors.push_back({std::string(name), "", "data file is missing"});
            return std::nullopt;
        }
        auto parsed = parseCheckedJson(f->text, f->name, result.errors, kMaxDataBytes);
        if (parsed && !parsed->is_object()) {
            result.errors.push_back({f->name, "$", "expected an object at the top level"});
            return std::nullopt;
        }
        return parsed;
    };
    auto& kb = result.kb;
    // Order matters: use cases check dimension ids, packages check use-case ids.
    if (auto j = parse("technologies.json", true)) {
        JsonChecker check("technologies.json", result.errors);
        readTechnologies(*j, kb, check);
    }
    if (auto j = parse("dimensions.json", true)) {
        JsonChecker check("dimensions.json", result.errors);
        readDimensions(*j, kb, check);
    }
    if (auto j = parse("use-cases.json", true)) {
        JsonChecker check("use-cases.json", result.errors);
        readUseCases(*j, kb, check);
        checkRefs(kb, check);
    }
    for (auto t : kTechs) {
        std::string name = "packages-" + std::string(ecosystemId(t)) + ".json";
        auto j = parse(name, false);
        if (!j) continue;
        JsonChecker check(name, result.errors);
        if (auto eco = check.string(*j, "ecosystem", "$"); eco && *eco != ecosystemId(t)) {
            check.error("$.ecosystem", "expected \"" + std::string(ecosystemId(t)) + "\"");
        }
        check.string(*j, "source", "$");
        if (const auto* list = check.array(*j, "packages", "$", true, 20000)) {
            readPackageList(*list, "$.packages", t, kb, "", check, kb.packages[idx(t)]);
        }
        std::set<std::string> names;
        for (const auto& p : kb.packages[idx(t)]) {
            if (!names.insert(p.name).second) check.error("$.packages", "duplicate package \"" + p.name + "\"");
        }
    }
    kb.reindex();
    checkEquivalents(kb, result.errors);
    return result;
}

}  // namespace stackls::knowledge
