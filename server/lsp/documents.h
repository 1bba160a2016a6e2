// The open documents, as the client sees them: full and incremental didChange.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "protocol/lsp_types.h"
#include "protocol/position.h"

namespace stackls::server {

struct Document {
    std::string uri;
    std::string languageId;  // as the client sent it; unreliable, see fileName()
    int version = 0;
    // Changes whenever the text may have (open, change), never repeats within a store:
    // unlike `version`, which the client picks, it tells "same text" in O(1).
    std::uint64_t revision = 0;
    std::string text;
    protocol::LineIndex lines{""};

    // The last change, when it was a single edit of a range: the bytes [begin, end) of the
    // text at revision `fromRevision` were replaced by the `insertedLength` bytes at `begin`.
    // A reader of that older text can then update what it read instead of starting over.
    struct Edit {
        std::uint64_t fromRevision = 0;
        std::size_t begin = 0, end = 0, insertedLength = 0;
    };
    std::optional<Edit> lastEdit;

    // The last path segment of the URI, percent-decoded ("package.json"); decide a
    // document's kind from this, not from languageId.
    std::string fileName() const;

    protocol::Position position(std::size_t byteOffset, protocol::PositionEncoding enc) const {
        return lines.toPosition(text, byteOffset, enc);
    }
    protocol::Range range(std::size_t begin, std::size_t end, protocol::PositionEncoding enc) const {
        return {position(begin, enc), position(end, enc)};
    }
    std::size_t offset(protocol::Position p, protocol::PositionEncoding enc) const {
        return lines.toOffset(text, p, enc);
    }
};

// Why a change was not applied; empty when it was.
using ChangeError = std::optional<std::string>;

class DocumentStore {
public:
    static constexpr std::size_t kMaxDocuments = 10'000;
    static constexpr std::size_t kMaxDocumentBytes = 64u * 1024 * 1024;

    // Opening an open URI replaces it (some clients re-open without closing). Pass the
    // item as an rvalue to hand its text over without a copy.
    ChangeError open(protocol::TextDocumentItem item);

    // Applies the changes in order, atomically: if any one is unusable (inverted
    // range, result too large, a version older than the document's) none is applied
    // and the document keeps its old text and version. Out-of-range positions clamp, as the LSP specification asks for
    // characters past the end of a line. A single change (what editors send per
    // keystroke) is applied in place; a batch works on a copy so that it can be dropped.
    ChangeError change(const std::string& uri, std::optional<int> version,
                       std::vector<protocol::TextDocumentContentChangeEvent> changes, protocol::PositionEncoding enc);

    bool close(const std::string& uri);

    const Document* get(const std::string& uri) const;
    std::vector<std::string> uris() const;
    std::size_t size() const { return documents_.size(); }

private:
    std::map<std::string, Document> documents_;
    std::uint64_t revisions_ = 0;
};

// Applies one incremental or full change to `text` (exposed for tests); `text` is left
// untouched when the change is refused. `lines`, when given, must index `text` as it is;
// without it one is built. A full replacement takes the change's text when it is an rvalue.
// `replaced`, when given, receives the byte range an incremental change replaced (in the
// text before it), and nullopt for a full replacement.
using ReplacedBytes = std::optional<std::pair<std::size_t, std::size_t>>;
ChangeError applyChange(std::string& text, const protocol::TextDocumentContentChangeEvent& change,
                        protocol::PositionEncoding enc, std::size_t maxBytes,
                        const protocol::LineIndex* lines = nullptr, ReplacedBytes* replaced = nullptr);
ChangeError applyChange(std::string& text, protocol::TextDocumentContentChangeEvent&& change,
                        protocol::PositionEncoding enc, std::size_t maxBytes,
                        const protocol::LineIndex* lines = nullptr, ReplacedBytes* replaced = nullptr);

}  // namespace stackls::server
