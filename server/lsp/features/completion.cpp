// Completion: finds the site from the text around the cursor, then offers use cases or catalogue names.
#include "server/lsp/features/completion.h"
#include "server/lsp/features/toml_completion_site.h"

#include <set>
#include <string>
#include <vector>

#include "knowledge/knowledge_base.h"
#include "server/lsp/analysis.h"
#include "server/lsp/hover_content.h"
#include "server/lsp/presentation_context.h"
#include "server/lsp/server.h"

namespace stackls::server {

namespace {

constexpr std::size_t kMaxDepth = 256;   // deeper JSON is not a manifest we complete in
constexpr std::size_t kMaxItems = 1000;  // a user knowledge file can make catalogues long

// ------------------------------------------------------------------ JSON cursor

// Where the cursor stands in (possibly broken) JSON, found by a tolerant scan up to it.
struct JsonCursor {
    enum class Where { Other, StringKey, StringValue, BareValue };
    Where where = Where::Other;
    std::vector<std::string> path;  // member keys down to the cursor's container; "[]" for arrays
    std::size_t begin = 0, end = 0;  // a string's content (without quotes), or the cursor
};

struct Frame {
    bool object = true;
    enum class State { ExpectKey, AfterKey, ExpectValue, AfterValue } state = State::ExpectKey;
    std::string key;
};

// The path of keys leading to a value in the innermost frame.
std::vector<std::string> pathOf(const std::vector<Frame>& stack) {
    std::vector<std::string> path;
    for (const auto& f : stack) path.push_back(f.object ? f.key : "[]");
    return path;
}

JsonCursor jsonCursor(std::string_view text, std::size_t offset) {
    JsonCursor out;
    std::vector<Frame> stack;
    auto valueDone = [&stack] {
        if (!stack.empty()) stack.back().state = Frame::State::AfterValue;
    };
    std::size_t i = 0;
    while (i < offset && i < text.size()) {
        char c = text[i];
        if (c == '"') {
            // A string runs to its closing quote, or to the line's end when still being typed.
            std::size_t j = i + 1;
            std::string value;
            while (j < text.size() && text[j] != '"' && text[j] != '\n' && text[j] != '\r') {
                if (text[j] == '\\' && j + 1 < text.size() && text[j + 1] != '\n') ++j;
                value += text[j];
                ++j;
            }
            const bool isKey = !stack.empty() && stack.back().object && stack.back().state == Frame::State::ExpectKey;
            if (offset <= j) {
                out.where = isKey ? JsonCursor::Where::StringKey : JsonCursor::Where::StringValue;
                out.path = pathOf(stack);
                if (isKey && !out.path.empty()) out.path.pop_back();  // a key's own name is not yet part of its path
                out.begin = i + 1;
                out.end = j;
                return out;
            }
            if (isKey) {
                stack.back().key = std::move(value);
                stack.back().state = Frame::State::AfterKey;
            } else {
                valueDone();
            }
            i = j + 1;
            continue;
        }
        switch (c) {
            case '{':
            case '[':
                if (stack.size() >= kMaxDepth) return out;
                stack.push_back({c == '{', c == '{' ? Frame::State::ExpectKey : Frame::State::ExpectValue, ""});
                break;
            case '}':
            case ']':
                if (!stack.empty()) stack.pop_back();
                valueDone();
                break;
            case ':':
                if (!stack.empty() && stack.back().object) stack.back().state = Frame::State::ExpectValue;
                break;
            case ',':
                if (!stack.empty()) stack.back().state = stack.back().object ? Frame::State::ExpectKey : Frame::State::ExpectValue;
                break;
            case ' ':
            case '\t':
            case '\n':
            case '\r':
                break;
            default:
                valueDone();  // a number, true/false/null, or stray text
        }
        ++i;
    }
    if (!stack.empty() && stack.back().state == Frame::State::ExpectValue) {
        out.where = JsonCursor::Where::BareValue;
        out.path = pathOf(stack);
        out.begin = out.end = std::min(offset, text.size());
    }
    return out;
}

bool isDependencySection(const std::string& key) {
    return key == "dependencies" || key == "devDependencies" || key == "peerDependencies" || key == "optionalDependencies";
}

// The use-case value sits at `prefix` + "useCase" (a string) or one level deeper (an array).
bool isUseCasePath(const std::vector<std::string>& path, const std::vector<std::string>& prefix) {
    std::vector<std::string> single = prefix;
    single.push_back("useCase");
    if (path == single) return true;
    single.push_back("[]");
    return path == single;
}

CompletionSite jsonSite(manifest::ManifestKind kind, std::string_view text, std::size_t offset) {
    auto cur = jsonCursor(text, offset);
    const std::vector<std::string> prefix =
        kind == manifest::ManifestKind::PackageJson ? std::vector<std::string>{"stackls"} : std::vector<std::string>{};
    switch (cur.where) {
        case JsonCursor::Where::StringValue:
            if (isUseCasePath(cur.path, prefix)) return {CompletionTarget::UseCaseId, cur.begin, cur.end, false};
            break;
        case JsonCursor::Where::BareValue:
            if (isUseCasePath(cur.path, prefix)) return {CompletionTarget::UseCaseId, cur.begin, cur.end, true};
            break;
        case JsonCursor::Where::StringKey:
            if (kind == manifest::ManifestKind::PackageJson && cur.path.size() == 1 && isDependencySection(cur.path[0]))
                return {CompletionTarget::NpmPackage, cur.begin, cur.end, false};
            break;
        case JsonCursor::Where::Other:
            break;
    }
    return {};
}

// ------------------------------------------------------------------ requirements

bool isNameChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
}
bool isBlank(char c) { return c == ' ' || c == '\t'; }

CompletionSite requirementsSite(std::string_view text, std::size_t offset) {
    offset = std::min(offset, text.size());
    std::size_t lineStart = offset;
    while (lineStart > 0 && text[lineStart - 1] != '\n' && text[lineStart - 1] != '\r') --lineStart;
    std::size_t lineEnd = text.find_first_of("\r\n", offset);
    if (lineEnd == std::string_view::npos) lineEnd = text.size();
    std::string_view before = text.substr(lineStart, offset - lineStart);

    std::size_t k = 0;
    while (k < before.size() && isBlank(before[k])) ++k;
    if (k < before.size() && before[k] == '#') {
        // `# stackls: use-case=a,b`: complete the id the cursor is in.
        auto expect = [&](std::string_view word) {
            while (k < before.size() && isBlank(before[k])) ++k;
            if (before.substr(k, word.size()) != word) return false;
            k += word.size();
            return true;
        };
        ++k;
        if (!expect("stackls:") || !expect("use-case") || !expect("=")) return {};
        std::size_t begin = before.find_last_of(",=");  // found: '=' was just matched
        begin = lineStart + begin + 1;
        while (begin < offset && isBlank(text[begin])) ++begin;
        std::size_t end = offset;
        while (end < lineEnd && text[end] != ',' && !isBlank(text[end])) ++end;
        return {CompletionTarget::UseCaseId, begin, end, false};
    }
    // A requirement's name: only name characters between the line's indentation and the cursor,
    // on a line that does not continue the previous one.
    for (std::size_t j = k; j < before.size(); ++j) {
        if (!isNameChar(before[j])) return {};
    }
    if (k < before.size() && before[k] == '-') return {};  // an option (-r, --hash)
    std::size_t prev = lineStart;  // the end of the previous line's content
    if (prev > 0 && text[prev - 1] == '\n') --prev;
    if (prev > 0 && text[prev - 1] == '\r') --prev;
    if (prev > 0 && prev < lineStart && text[prev - 1] == '\\') return {};
    std::size_t end = offset;
    while (end < lineEnd && isNameChar(text[end])) ++end;
    return {CompletionTarget::PypiPackage, lineStart + k, end, false};
}

// ------------------------------------------------------------------ items

std::string jsonQuoted(const std::string& s) { return nlohmann::json(s).dump(); }

}  // namespace

CompletionSite completionSite(manifest::ManifestKind kind, std::string_view text, std::size_t offset) {
    switch (kind) {
        case manifest::ManifestKind::PackageJson:
        case manifest::ManifestKind::StacklsConfig: return jsonSite(kind, text, offset);
        case manifest::ManifestKind::Requirements: return requirementsSite(text, offset);
        case manifest::ManifestKind::PyProject:
        case manifest::ManifestKind::Pipfile: return tomlCompletionSite(text, offset);
        default: return {};
    }
}

void registerCompletion(Server& server, Analysis& analysis) {
    server.addCapabilities([](const protocol::ClientCapabilities&, nlohmann::json& caps) {
        caps["completionProvider"] = {{"triggerCharacters", {"\"", "=", ","}}, {"resolveProvider", false}};
    });
    server.registerRequest<protocol::TextDocumentPositionParams>(
        "textDocument/completion", [&server, &analysis](const protocol::TextDocumentPositionParams& p) {
            nlohmann::json result = {{"isIncomplete", false}, {"items", nlohmann::json::array()}};
            const Document* doc = server.documents().get(p.textDocument.uri);
            if (!doc) return result;
            auto kind = manifest::manifestKindForPath(doc->fileName());
            if (!kind || p.position.line < 0 || static_cast<std::size_t>(p.position.line) >= doc->lines.lineCount())
                return result;
            const auto enc = server.positionEncoding();
            auto site = completionSite(*kind, doc->text, doc->offset(p.position, enc));
            if (site.target == CompletionTarget::None) return result;

            const auto& kb = analysis.knowledge();
            const auto range = protocol::toJson(doc->range(site.begin, site.end, enc));
            auto& items = result["items"];
            auto add = [&](const std::string& name, int itemKind, const std::string& detail, const std::string& documentation,
                           const std::string& sortText) {
                if (items.size() >= kMaxItems) return;
                nlohmann::json item = {{"label", name},
                                       {"kind", itemKind},
                                       {"textEdit", {{"range", range}, {"newText", site.quote ? jsonQuoted(name) : name}}}};
                if (!detail.empty()) item["detail"] = detail;
                if (!documentation.empty()) item["documentation"] = documentation;
                if (!sortText.empty()) item["sortText"] = sortText;
                items.push_back(std::move(item));
            };
            if (site.target == CompletionTarget::UseCaseId) {
                for (const auto& u : kb.useCases) add(u.id, 20 /* EnumMember */, u.title, u.title + "\n" + fitSummary(kb, u.id), "");
                return result;
            }
            const auto tech = site.target == CompletionTarget::NpmPackage ? knowledge::Tech::Node : knowledge::Tech::Python;
            // Packages that serve what the project is for sort first; those already listed are left out.
            std::set<std::string> basis, listed;
            if (const auto* project = analysis.projectFor(p.textDocument.uri)) {
                basis.insert(project->report.basis.begin(), project->report.basis.end());
                for (const auto& d : project->report.dependencies) {
                    if (d.ecosystem == tech && !touches(d.range, site.begin)) listed.insert(d.name);
                }
            }
            std::set<std::string> seen;  // user knowledge may repeat a built-in name; its entry wins in lookups
            for (auto it = kb.packages[knowledge::idx(tech)].rbegin(); it != kb.packages[knowledge::idx(tech)].rend(); ++it) {
                if (!seen.insert(it->name).second || listed.count(it->name)) continue;
                bool serves = false;
                for (const auto& [id, weight] : it->signals) serves = serves || basis.count(id);
                std::string documentation = it->summary;
                if (!it->signals.empty()) {
                    documentation += documentation.empty() ? "Signals:" : " Signals:";
                    for (std::size_t i = 0; i < it->signals.size(); ++i) documentation += (i ? ", " : " ") + it->signals[i].first;
                }
                add(it->name, 9 /* Module */, it->role, documentation, (serves ? "0 " : "1 ") + it->name);
            }
            return result;
        });
}

}  // namespace stackls::server
