// The knowledge base as plain C++ types: technologies, comparison dimensions, use cases, packages.
#pragma once

#include <array>
#include <cstddef>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace stackls::knowledge {

// The two technologies compared. Arrays indexed by Tech hold one value per side.
enum class Tech { Node = 0, Python = 1 };
inline constexpr std::array<Tech, 2> kTechs{Tech::Node, Tech::Python};
inline constexpr std::size_t idx(Tech t) { return static_cast<std::size_t>(t); }
inline constexpr Tech otherTech(Tech t) { return t == Tech::Node ? Tech::Python : Tech::Node; }
std::string_view techId(Tech t);              // "node" | "python"
std::string_view techTitle(Tech t);           // "Node.js" | "Python"
std::string_view ecosystemId(Tech t);         // "npm" | "pypi": where the tech's packages come from
std::optional<Tech> techFromId(std::string_view id);

enum class FitLevel { Weak = 0, Fits = 1, Strong = 2 };
std::string_view fitLevelName(FitLevel level);  // "weak" | "fits" | "strong"
std::optional<FitLevel> fitLevelFromName(std::string_view name);

// Where a fact comes from: the seed document and its section.
struct SourceRef {
    std::string doc;
    std::string section;
    friend bool operator==(const SourceRef&, const SourceRef&) = default;
};

// A fact, feature or challenge. `correction` is our note where the source is dated or overstated.
struct Entry {
    std::string id;     // "node.v8", "python.memory", "general.backend-focus"
    std::string title;  // empty for facts and general statements
    std::string text;
    std::string correction;
    SourceRef source;
    friend bool operator==(const Entry&, const Entry&) = default;
};

struct TechnologyInfo {
    std::string title;
    std::string kind;
    std::string summary;
    std::vector<Entry> facts;
    std::vector<Entry> features;
    std::vector<Entry> challenges;
    friend bool operator==(const TechnologyInfo&, const TechnologyInfo&) = default;
};

struct DimensionSide {
    std::string position;  // the comparison-table cell, e.g. "event-driven"
    double score = 0.5;    // 0..1, higher is better on this axis
    std::vector<std::string> reasons;
    std::string correction;
    friend bool operator==(const DimensionSide&, const DimensionSide&) = default;
};

struct Dimension {
    std::string id;
    std::string title;
    std::string summary;
    bool inTable = true;  // a row of the source's comparison table (community is not)
    std::array<DimensionSide, 2> sides;
    SourceRef source;
    friend bool operator==(const Dimension&, const Dimension&) = default;
};

// A reason with references to the entries it rests on: "dimension:speed", "feature:node.v8",
// "challenge:python.memory", "fact:node.reach", "general:general.async-memory", "section:Use cases".
struct Reason {
    std::string text;
    std::vector<std::string> refs;
    friend bool operator==(const Reason&, const Reason&) = default;
};

struct Fit {
    FitLevel level = FitLevel::Fits;
    std::vector<Reason> reasons;
    std::string overriddenBy;  // the user knowledge file that replaced the built-in fit, if any
    friend bool operator==(const Fit&, const Fit&) = default;
};

struct Mitigation {
    std::string text;
    std::vector<std::string> packages;
    friend bool operator==(const Mitigation&, const Mitigation&) = default;
};

struct UseCase {
    std::string id;
    std::string title;
    std::string description;
    std::vector<std::string> synonyms;   // lower case words and phrases that name it
    std::array<std::string, 2> listed;   // the source's list label per side; empty when not listed
    std::string betterSuited;            // "node" | "python" | "both"
    std::array<Fit, 2> fit;
    std::vector<std::pair<std::string, double>> dimensions;  // the dimensions that matter, with weights
    std::array<std::vector<Mitigation>, 2> mitigations;      // what helps when that side is the weaker one
    SourceRef source;
    friend bool operator==(const UseCase&, const UseCase&) = default;
};

// One catalogue entry. Names are as the ecosystem spells them (pypi: PEP 503-normalised).
struct Package {
    std::string name;
    std::string role;
    std::string summary;
    std::vector<std::pair<std::string, double>> signals;  // use-case id → weight in (0, 1]
    std::vector<std::string> equivalents;                 // names in the other ecosystem
    std::string origin;                                   // "" for the built-in catalogue, else the user file
    friend bool operator==(const Package&, const Package&) = default;
};

struct KnowledgeBase {
    std::string sourceTitle;
    std::array<TechnologyInfo, 2> technologies;
    std::vector<Dimension> dimensions;
    std::vector<Entry> general;
    std::vector<UseCase> useCases;
    std::array<std::vector<Package>, 2> packages;  // [Node] = npm, [Python] = pypi
    std::array<double, 3> fitScale{0.2, 0.6, 1.0};  // value of weak, fits, strong

    const UseCase* useCase(std::string_view id) const;
    const Dimension* dimension(std::string_view id) const;
    // `name` as written in a manifest; pypi names are normalised before the lookup.
    const Package* package(Tech ecosystem, std::string_view name) const;
    // Resolves "feature:node.v8" and friends; nullptr when the ref names nothing.
    const Entry* entry(std::string_view ref) const;
    // A short human label for a ref ("Node.js feature: V8 Engine", "Speed and performance").
    std::string refLabel(std::string_view ref) const;
    // The source section a ref points at, for citations.
    SourceRef refSource(std::string_view ref) const;
    double fitValue(FitLevel level) const { return fitScale[static_cast<std::size_t>(level)]; }

    // Rebuilds the lookup indexes; call after changing the vectors.
    void reindex();

    // Every field, the indexes included (equal data gives equal indexes).
    friend bool operator==(const KnowledgeBase&, const KnowledgeBase&) = default;

private:
    std::map<std::string, std::size_t, std::less<>> useCaseIndex_;
    // Hashed: a large manifest looks up every one of its 100,000 names on each keystroke.
    struct NameHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
    };
    std::array<std::unordered_map<std::string, std::size_t, NameHash, std::equal_to<>>, 2> packageIndex_;
};

}  // namespace stackls::knowledge
