// Use-case inference: combine weighted evidence per use case with a noisy-or.
#include "knowledge/inference.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <tuple>

#include "knowledge/text_match.h"

namespace stackls::knowledge {

std::string_view evidenceKindName(Evidence::Kind kind) {
    switch (kind) {
        case Evidence::Kind::Dependency: return "dependency";
        case Evidence::Kind::Keyword: return "keyword";
        case Evidence::Kind::Description: return "description";
        case Evidence::Kind::Name: return "name";
        case Evidence::Kind::Classifier: return "classifier";
    }
    return "dependency";
}

bool isGenericUseCase(std::string_view id) { return id == "backend" || id == "web"; }

namespace {

constexpr double kKeywordWeight = 0.5;
constexpr double kClassifierWeight = 0.6;
constexpr double kAudienceClassifierWeight = 0.3;
constexpr double kDescriptionWeight = 0.3;
constexpr double kNameWeight = 0.2;
constexpr double kShippedNot = 0.5;      // development-only or optional dependencies
constexpr double kGenericRankShare = 0.6;
constexpr std::size_t kMaxEvidencePerUseCase = 20;
constexpr std::size_t kMaxClassifiers = 200;

class Collector {
public:
    void add(const std::string& useCase, Evidence e) {
        auto& list = byUseCase_[useCase];
        // One piece of evidence per text per use case: a package listed in two files counts once.
        // Indexed, because a generated manifest may list many thousands of dependencies.
        auto [it, inserted] = seen_.try_emplace({useCase, static_cast<int>(e.kind), e.text}, list.size());
        if (!inserted) {
            auto& existing = list[it->second];
            existing.weight = std::max(existing.weight, e.weight);
            return;
        }
        list.push_back(std::move(e));
    }

    std::vector<InferredUseCase> result() {
        std::vector<InferredUseCase> out;
        for (auto& [id, list] : byUseCase_) {
            double miss = 1.0;
            for (const auto& e : list) miss *= 1.0 - std::clamp(e.weight, 0.0, 1.0);
            std::stable_sort(list.begin(), list.end(), [](const Evidence& a, const Evidence& b) { return a.weight > b.weight; });
            if (list.size() > kMaxEvidencePerUseCase) list.resize(kMaxEvidencePerUseCase);
            out.push_back({id, 1.0 - miss, std::move(list)});
        }
        // The noisy-or saturates near 1 for well-evidenced use cases; among those, the
        // stronger evidence ranks first, so the order is not left to the ids' spelling. Weights
        // are squared: one package that says a lot outweighs several that say little.
        auto share = [](const InferredUseCase& u) { return isGenericUseCase(u.id) ? kGenericRankShare : 1.0; };
        auto mass = [&](const InferredUseCase& u) {
            double sum = 0;
            for (const auto& e : u.evidence) sum += e.weight * e.weight * (e.kind == Evidence::Kind::Dependency ? 1 : 2);
            return sum * share(u);
        };
        std::stable_sort(out.begin(), out.end(), [&](const InferredUseCase& a, const InferredUseCase& b) {
            auto ca = std::round(a.confidence * share(a) * 100), cb = std::round(b.confidence * share(b) * 100);
            if (ca != cb) return ca > cb;
            auto ma = mass(a), mb = mass(b);
            if (ma != mb) return ma > mb;
            return a.id < b.id;
        });
        return out;
    }

private:
    std::map<std::string, std::vector<Evidence>> byUseCase_;
    std::map<std::tuple<std::string, int, std::string>, std::size_t> seen_;
};

void addPackage(const KnowledgeBase& kb, Collector& c, Tech ecosystem, const std::string& name, double factor,
                const std::string& file, manifest::ByteRange range, Evidence::Kind kind = Evidence::Kind::Dependency) {
    const auto* p = kb.package(ecosystem, name);
    if (!p) return;
    for (const auto& [useCase, weight] : p->signals) {
        c.add(useCase, {kind, name, file, range, weight * factor});
    }
}

using Phrases = std::vector<std::pair<std::string, std::vector<std::string>>>;

// Phrases naming each use case: its id and synonyms, split into words.
Phrases splitPhrases(const KnowledgeBase& kb) {
    Phrases out;
    for (const auto& u : kb.useCases) {
        out.emplace_back(u.id, words(u.id));
        for (const auto& s : u.synonyms) out.emplace_back(u.id, words(s));
    }
    return out;
}

// Splitting every name into words was most of the inference on each keystroke in a
// package.json. The phrases depend only on the ids and synonyms, so they are kept with a
// copy of those and reused while the knowledge base in use has the same ones; comparing is
// far cheaper than splitting. Per thread: `stackls check` advises on several at once.
const Phrases& useCasePhrases(const KnowledgeBase& kb) {
    struct Cache {
        std::vector<std::pair<std::string, std::vector<std::string>>> names;  // id, synonyms
        Phrases phrases;
        bool filled = false;
    };
#ifdef _WIN32
    // MinGW-w64 frees a thread's thread_local storage before it runs the destructors of
    // the objects in it, so a cache with a destructor crashes when its thread ends. There
    // each thread's cache (a few KiB) is left to the end of the process instead.
    thread_local Cache* const cacheOfThread = new Cache;
    Cache& cache = *cacheOfThread;
#else
    thread_local Cache cache;
#endif
    bool same = cache.filled && cache.names.size() == kb.useCases.size();
    for (std::size_t i = 0; same && i < kb.useCases.size(); ++i) {
        same = cache.names[i].first == kb.useCases[i].id && cache.names[i].second == kb.useCases[i].synonyms;
    }
    if (!same) {
        cache.names.clear();
        for (const auto& u : kb.useCases) cache.names.emplace_back(u.id, u.synonyms);
        cache.phrases = splitPhrases(kb);
        cache.filled = true;
    }
    return cache.phrases;
}

// What a project says about itself, in whichever manifest says it.
struct OwnWords {
    Tech ecosystem;
    const std::string& file;
    const std::optional<manifest::Located>& name;
    const std::optional<manifest::Located>& description;
    const std::vector<manifest::Located>& keywords;
};

void addOwnWords(const KnowledgeBase& kb, Collector& c, const OwnWords& own) {
    const auto& phrases = useCasePhrases(kb);
    for (const auto& k : own.keywords) {
        auto kw = words(k.text, 8);
        for (const auto& [id, phrase] : phrases) {
            if (kw == phrase) c.add(id, {Evidence::Kind::Keyword, k.text, own.file, k.range, kKeywordWeight});
        }
    }
    if (own.description) {
        auto text = words(own.description->text);
        for (const auto& [id, phrase] : phrases) {
            if (containsPhrase(text, phrase)) {
                std::string shown;
                for (const auto& w : phrase) shown += (shown.empty() ? "" : " ") + w;
                c.add(id, {Evidence::Kind::Description, shown, own.file, own.description->range, kDescriptionWeight});
            }
        }
    }
    if (own.name) {
        // A project named like a catalogued package is that package (a library's own
        // repository does not depend on itself): its signals are the project's.
        addPackage(kb, c, own.ecosystem, own.name->text, 1.0, own.file, own.name->range, Evidence::Kind::Name);
        auto text = words(own.name->text, 16);
        for (const auto& [id, phrase] : phrases) {
            // Single short words ("ai", "live") are too ambiguous inside names.
            if (phrase.size() == 1 && phrase.front().size() < 4) continue;
            if (containsPhrase(text, phrase)) {
                c.add(id, {Evidence::Kind::Name, own.name->text, own.file, own.name->range, kNameWeight});
            }
        }
    }
}

// A Trove classifier ("Topic :: Scientific/Engineering :: Artificial Intelligence") is read
// from its most specific part up: the deepest part that names a use case is what the project
// says (here artificial intelligence, not the science above it). Licence, language, status
// and the like say nothing about the use case.
void addClassifier(const KnowledgeBase& kb, Collector& c, const std::string& file, const manifest::Located& classifier) {
    std::vector<std::string_view> parts;
    std::string_view rest = classifier.text;
    while (!rest.empty() && parts.size() < 8) {
        auto sep = rest.find("::");
        auto part = rest.substr(0, sep);
        while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
        while (!part.empty() && part.back() == ' ') part.remove_suffix(1);
        parts.push_back(part);
        if (sep == std::string_view::npos) break;
        rest.remove_prefix(sep + 2);
    }
    if (parts.size() < 2) return;
    const auto root = parts.front();
    if (root != "Topic" && root != "Environment" && root != "Framework" && root != "Operating System" &&
        root != "Intended Audience") {
        return;
    }
    const double weight = root == "Intended Audience" ? kAudienceClassifierWeight : kClassifierWeight;
    const auto& phrases = useCasePhrases(kb);
    for (std::size_t i = parts.size(); i-- > 1;) {
        auto text = words(parts[i], 16);
        bool matched = false;
        for (const auto& [id, phrase] : phrases) {
            if (containsPhrase(text, phrase)) {
                c.add(id, {Evidence::Kind::Classifier, classifier.text, file, classifier.range, weight});
                matched = true;
            }
        }
        if (matched) return;
    }
}

}  // namespace

std::vector<InferredUseCase> inferUseCases(const KnowledgeBase& kb, const ProjectInput& project) {
    Collector c;
    if (const auto& pj = project.packageJson) {
        const auto& file = pj->file.path;
        for (const auto& d : pj->model.dependencies) {
            double factor = d.section == manifest::DependencySection::DevDependencies ? kShippedNot : 1.0;
            addPackage(kb, c, Tech::Node, d.name, factor, file, d.keyRange);
        }
        addOwnWords(kb, c, {Tech::Node, file, pj->model.name, pj->model.description, pj->model.keywords});
    }
    for (const auto& req : project.requirements) {
        for (const auto& e : req.model.entries) {
            if (e.name.empty()) continue;
            if (e.kind != manifest::RequirementKind::Requirement && e.kind != manifest::RequirementKind::Editable) continue;
            addPackage(kb, c, Tech::Python, e.name, 1.0, req.file.path, e.nameRange);
            // Extras name optional parts of a package, e.g. "uvicorn[standard]"; they are not packages.
        }
    }
    for (const auto& pm : project.pythonManifests) {
        const auto& file = pm.file.path;
        for (const auto& d : pm.model.dependencies) {
            if (d.name.empty()) continue;
            addPackage(kb, c, Tech::Python, d.name, d.dev || d.optional ? kShippedNot : 1.0, file, d.nameRange);
        }
        addOwnWords(kb, c, {Tech::Python, file, pm.model.name, pm.model.description, pm.model.keywords});
        for (std::size_t i = 0; i < pm.model.classifiers.size() && i < kMaxClassifiers; ++i) {
            addClassifier(kb, c, file, pm.model.classifiers[i]);
        }
    }
    return c.result();
}

}  // namespace stackls::knowledge
