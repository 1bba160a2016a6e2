// An edit inside one requirement line, applied to the model by reading that line alone at
// its place in the file.
#include "knowledge/manifest/requirements_patch.h"

#include <algorithm>
#include <string>

#include "knowledge/manifest/requirements.h"
#include "support/limits.h"
#include "support/utf8.h"

namespace stackls::manifest {
namespace {

// Well below the cap after which the reader summarises its problems in one.
constexpr std::size_t kFewProblems = 100;

bool isBreak(char c) { return c == '\n' || c == '\r'; }

// A line read alone is the same as in its file when nothing joins it to a neighbour or
// depends on the rest of the file.
bool standsAlone(std::string_view line) {
    return line.find_first_of("\\$") == std::string_view::npos && line.find("stackls") == std::string_view::npos &&
           support::firstInvalidUtf8(line) == std::string_view::npos;  // the file-wide UTF-8 problem comes first
}

// What parseRequirements reads from `line` when it starts at byte `at` on physical line
// `lineNo` (1-based) of a file: the line behind blank lines that give it the same offsets.
RequirementsFile readLineAt(std::string_view line, std::size_t at, std::size_t lineNo) {
    std::string padded(at - (lineNo - 1), ' ');
    padded.append(lineNo - 1, '\n');
    padded.append(line);
    return parseRequirements(padded);
}

// Zero or one requirement (perhaps with problems, as a line being typed has), nothing else.
bool plainRequirementLine(const RequirementsFile& f) {
    if (f.useCase || f.entries.size() > 1 || f.problems.size() > kFewProblems) return false;
    return f.entries.empty() || f.entries.front().kind == RequirementKind::Requirement;
}

// 1-based, as parseRequirements counts: "\n", "\r\n" and a lone "\r" each end a line.
std::size_t physicalLineOf(std::string_view text, std::size_t offset) {
    std::size_t line = 1;
    for (std::size_t i = 0; i < offset; ++i)
        if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n'))) ++line;
    return line;
}

void shift(ByteRange& r, const TextChange& c, std::ptrdiff_t delta) {
    if (r.begin >= c.end) r.begin = static_cast<std::size_t>(static_cast<std::ptrdiff_t>(r.begin) + delta);
    if (r.end >= c.end) r.end = static_cast<std::size_t>(static_cast<std::ptrdiff_t>(r.end) + delta);
}

}  // namespace

bool patchRequirements(RequirementsFile& model, std::string_view oldText, std::string_view newText,
                       const TextChange& change) {
    // An entry's absent parts have the range {0, 0}: an edit ending at offset 0 could not tell
    // them from ranges to move. Problems are kept in line order, far from the reader's cap.
    if (change.begin > change.end || change.end == 0 || change.end > oldText.size()) return false;
    if (model.problems.size() > kFewProblems ||
        !std::is_sorted(model.problems.begin(), model.problems.end(),
                        [](const Problem& a, const Problem& b) { return a.line < b.line; }))
        return false;
    if (newText.size() > support::kMaxManifestBytes) return false;
    const auto delta = static_cast<std::ptrdiff_t>(change.inserted.size()) -
                       static_cast<std::ptrdiff_t>(change.end - change.begin);
    if (oldText.size() + delta != newText.size()) return false;
    const std::string_view removed = oldText.substr(change.begin, change.end - change.begin);
    if (std::any_of(removed.begin(), removed.end(), isBreak) ||
        std::any_of(change.inserted.begin(), change.inserted.end(), isBreak))
        return false;
    // A constraints-only file's requirements were dropped from its model; the line read alone
    // would bring one back.
    if (std::none_of(model.entries.begin(), model.entries.end(),
                     [](const RequirementEntry& e) { return e.kind == RequirementKind::Requirement; }))
        return false;

    // The physical line holding the change, and the one before it (no '\' may join them).
    std::size_t lineBegin = change.begin;
    while (lineBegin > 0 && !isBreak(oldText[lineBegin - 1])) --lineBegin;
    std::size_t lineEnd = change.end;
    while (lineEnd < oldText.size() && !isBreak(oldText[lineEnd])) ++lineEnd;
    if (lineBegin == 0 && oldText.starts_with("\xEF\xBB\xBF")) return false;
    std::size_t prevEnd = lineBegin == 0 ? 0 : lineBegin - 1;  // where the line before ends
    if (prevEnd > 0 && oldText[prevEnd] == '\n' && oldText[prevEnd - 1] == '\r') --prevEnd;
    if (prevEnd > 0 && oldText[prevEnd - 1] == '\\') return false;
    const std::string_view oldLine = oldText.substr(lineBegin, lineEnd - lineBegin);
    const std::string_view newLine =
        newText.substr(lineBegin, static_cast<std::size_t>(static_cast<std::ptrdiff_t>(lineEnd - lineBegin) + delta));
    if (!standsAlone(oldLine) || !standsAlone(newLine)) return false;
    // Between a "\r" and a "\n", an empty line and the break pair are the same bytes: emptying
    // or filling it changes how many lines there are.
    if (lineBegin > 0 && oldText[lineBegin - 1] == '\r' && lineEnd < oldText.size() && oldText[lineEnd] == '\n' &&
        (oldLine.empty() || newLine.empty()))
        return false;

    const std::size_t lineNo = physicalLineOf(oldText, lineBegin);
    const RequirementsFile before = readLineAt(oldLine, lineBegin, lineNo);
    const RequirementsFile after = readLineAt(newLine, lineBegin, lineNo);
    if (!plainRequirementLine(before) || !plainRequirementLine(after)) return false;

    // The model's entries of that line must be what reading it alone gives.
    auto first = std::lower_bound(model.entries.begin(), model.entries.end(), lineNo,
                                  [](const RequirementEntry& e, std::size_t line) { return e.line < line; });
    auto last = std::find_if(first, model.entries.end(), [&](const RequirementEntry& e) { return e.line != lineNo; });
    if (!std::equal(first, last, before.entries.begin(), before.entries.end())) return false;

    auto firstProblem = std::lower_bound(model.problems.begin(), model.problems.end(), lineNo,
                                         [](const Problem& p, std::size_t line) { return p.line < line; });
    auto lastProblem = std::find_if(firstProblem, model.problems.end(), [&](const Problem& p) { return p.line != lineNo; });
    if (!std::equal(firstProblem, lastProblem, before.problems.begin(), before.problems.end())) return false;
    if (model.problems.size() - before.problems.size() + after.problems.size() > kFewProblems) return false;

    const auto problemAt = firstProblem - model.problems.begin();
    model.problems.erase(firstProblem, lastProblem);
    model.problems.insert(model.problems.begin() + problemAt, after.problems.begin(), after.problems.end());
    for (auto it = model.problems.begin() + problemAt + static_cast<std::ptrdiff_t>(after.problems.size());
         it != model.problems.end(); ++it)
        shift(it->range, change, delta);
    const auto at = first - model.entries.begin();
    model.entries.erase(first, last);
    model.entries.insert(model.entries.begin() + at, after.entries.begin(), after.entries.end());
    for (auto it = model.entries.begin() + at + static_cast<std::ptrdiff_t>(after.entries.size()); it != model.entries.end(); ++it) {
        shift(it->nameRange, change, delta);
        shift(it->specifierRange, change, delta);
        shift(it->markerRange, change, delta);
        shift(it->range, change, delta);
    }
    if (model.useCase) {
        shift(model.useCase->range, change, delta);
        for (auto& id : model.useCase->ids) shift(id.range, change, delta);
    }
    return true;
}

}  // namespace stackls::manifest
