// Word splitting, phrase matching and use-case suggestions.
#include "knowledge/text_match.h"

#include <algorithm>
#include <cctype>

namespace stackls::knowledge {

std::vector<std::string> words(std::string_view text, std::size_t maxWords) {
    std::vector<std::string> out;
    std::string current;
    for (char ch : text) {
        auto c = static_cast<unsigned char>(ch);
        if (std::isalnum(c)) {
            if (current.size() < 64) current += static_cast<char>(std::tolower(c));
        } else if (!current.empty()) {
            out.push_back(std::move(current));
            current.clear();
            if (out.size() >= maxWords) return out;
        }
    }
    if (!current.empty() && out.size() < maxWords) out.push_back(std::move(current));
    return out;
}

bool containsPhrase(const std::vector<std::string>& text, const std::vector<std::string>& phrase) {
    if (phrase.empty() || phrase.size() > text.size()) return false;
    return std::search(text.begin(), text.end(), phrase.begin(), phrase.end()) != text.end();
}

std::size_t editDistance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            std::size_t up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = up;
        }
    }
    return row[b.size()];
}

namespace {

std::string joined(const std::vector<std::string>& ws) {
    std::string out;
    for (const auto& w : ws) out += (out.empty() ? "" : " ") + w;
    return out;
}

}  // namespace

std::optional<std::string> suggestUseCase(const KnowledgeBase& kb, std::string_view unknownId) {
    if (unknownId.size() > 200) return std::nullopt;
    const auto wanted = joined(words(unknownId));
    if (wanted.empty()) return std::nullopt;
    for (const auto& u : kb.useCases) {
        if (joined(words(u.id)) == wanted || joined(words(u.title)) == wanted) return u.id;
        for (const auto& s : u.synonyms) {
            if (joined(words(s)) == wanted) return u.id;
        }
    }
    // Otherwise the nearest name (id, title or synonym of four letters or more) by edit distance.
    const UseCase* best = nullptr;
    std::size_t bestDistance = 0, bestLength = 0;
    auto consider = [&](const UseCase& u, const std::string& name) {
        auto candidate = joined(words(name));
        if (candidate.size() < 4) return;
        auto d = editDistance(wanted, candidate);
        if (!best || d < bestDistance) {
            best = &u;
            bestDistance = d;
            bestLength = candidate.size();
        }
    };
    for (const auto& u : kb.useCases) {
        consider(u, u.id);
        consider(u, u.title);
        for (const auto& s : u.synonyms) consider(u, s);
    }
    // Close enough to be a typo: at most a quarter of the name, and never more than 4 edits.
    if (best && bestDistance <= std::min<std::size_t>(4, std::max<std::size_t>(1, bestLength / 4))) return best->id;
    return std::nullopt;
}

}  // namespace stackls::knowledge
