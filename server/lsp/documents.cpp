// Document store: open/change/close with clamped positions and all-or-nothing batches.
#include "server/lsp/documents.h"

#include <utility>

#include "server/lsp/uri.h"

namespace stackls::server {

using protocol::Position;

std::string Document::fileName() const { return uriFileName(uri); }

namespace {

bool before(const Position& a, const Position& b) {
    return a.line < b.line || (a.line == b.line && a.character < b.character);
}

}  // namespace

ChangeError applyChange(std::string& text, protocol::TextDocumentContentChangeEvent&& change,
                        protocol::PositionEncoding enc, std::size_t maxBytes, const protocol::LineIndex* lines,
                        ReplacedBytes* replaced) {
    if (!change.range) {
        if (change.text.size() > maxBytes) return "document would exceed " + std::to_string(maxBytes) + " bytes";
        text = std::move(change.text);
        if (replaced) replaced->reset();
        return std::nullopt;
    }
    return applyChange(text, std::as_const(change), enc, maxBytes, lines, replaced);
}

ChangeError applyChange(std::string& text, const protocol::TextDocumentContentChangeEvent& change,
                        protocol::PositionEncoding enc, std::size_t maxBytes, const protocol::LineIndex* lines,
                        ReplacedBytes* replaced) {
    if (!change.range) {
        if (change.text.size() > maxBytes) return "document would exceed " + std::to_string(maxBytes) + " bytes";
        text = change.text;
        if (replaced) replaced->reset();
        return std::nullopt;
    }
    const auto& range = *change.range;
    if (before(range.end, range.start)) {
        return "inverted range " + std::to_string(range.start.line) + ":" + std::to_string(range.start.character) +
               "-" + std::to_string(range.end.line) + ":" + std::to_string(range.end.character);
    }
    std::optional<protocol::LineIndex> built;
    if (!lines) lines = &built.emplace(text);
    const std::size_t begin = lines->toOffset(text, range.start, enc);
    const std::size_t end = std::max(begin, lines->toOffset(text, range.end, enc));
    if (text.size() - (end - begin) + change.text.size() > maxBytes) {
        return "document would exceed " + std::to_string(maxBytes) + " bytes";
    }
    text.replace(begin, end - begin, change.text);
    if (replaced) *replaced = std::pair{begin, end};
    return std::nullopt;
}

ChangeError DocumentStore::open(protocol::TextDocumentItem item) {
    if (item.text.size() > kMaxDocumentBytes) return "document larger than " + std::to_string(kMaxDocumentBytes) + " bytes";
    if (documents_.size() >= kMaxDocuments && !documents_.count(item.uri)) {
        return "more than " + std::to_string(kMaxDocuments) + " open documents";
    }
    Document doc;
    doc.uri = item.uri;
    doc.languageId = std::move(item.languageId);
    doc.version = item.version;
    doc.revision = ++revisions_;
    doc.text = std::move(item.text);
    doc.lines = protocol::LineIndex(doc.text);
    // Drop a replaced document's text before the new one is stored, not after.
    documents_.erase(item.uri);
    documents_.emplace(std::move(item.uri), std::move(doc));
    return std::nullopt;
}

ChangeError DocumentStore::change(const std::string& uri, std::optional<int> version,
                                  std::vector<protocol::TextDocumentContentChangeEvent> changes,
                                  protocol::PositionEncoding enc) {
    const auto it = documents_.find(uri);
    if (it == documents_.end()) return "change to a document that is not open";
    // An edit made against an older text would land in the wrong place; and diagnostics
    // for it would carry a version the editor has already moved past.
    if (version && *version < it->second.version) {
        return "stale version " + std::to_string(*version) + " (the document is at version " +
               std::to_string(it->second.version) + ")";
    }
    Document& doc = it->second;
    std::optional<Document::Edit> edit;
    if (changes.size() == 1) {
        // applyChange refuses before it touches the text, so one change needs no copy.
        const std::size_t inserted = changes[0].text.size();
        ReplacedBytes replaced;
        if (auto error = applyChange(doc.text, std::move(changes[0]), enc, kMaxDocumentBytes, &doc.lines, &replaced)) {
            return "change 0: " + *error;
        }
        if (replaced) edit = Document::Edit{doc.revision, replaced->first, replaced->second, inserted};
    } else {
        std::string text = doc.text;
        for (std::size_t i = 0; i < changes.size(); ++i) {
            if (auto error = applyChange(text, std::move(changes[i]), enc, kMaxDocumentBytes)) {
                return "change " + std::to_string(i) + ": " + *error;
            }
        }
        doc.text = std::move(text);
    }
    doc.lines = protocol::LineIndex(doc.text);
    doc.lastEdit = edit;
    doc.revision = ++revisions_;
    if (version) it->second.version = *version;
    return std::nullopt;
}

bool DocumentStore::close(const std::string& uri) { return documents_.erase(uri) > 0; }

const Document* DocumentStore::get(const std::string& uri) const {
    const auto it = documents_.find(uri);
    return it == documents_.end() ? nullptr : &it->second;
}

std::vector<std::string> DocumentStore::uris() const {
    std::vector<std::string> out;
    out.reserve(documents_.size());
    for (const auto& [uri, doc] : documents_) out.push_back(uri);
    return out;
}

}  // namespace stackls::server
