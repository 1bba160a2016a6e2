// A tolerant JSON reader that keeps byte ranges for every key and value (nlohmann/json keeps none).
#pragma once

#include <cstddef>
#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

#include "knowledge/manifest/model.h"
#include "support/limits.h"

namespace stackls::manifest::json {

enum class Kind : std::uint8_t { Null, Boolean, Number, String, Array, Object, Invalid };

inline constexpr std::uint32_t kNoNode = UINT32_MAX;

// One value in the flat node table: plain data, no allocation per value. Containers link
// their children through firstChild/nextSibling, so the tree needs no recursion to build,
// walk or destroy. Text is a view: into the parsed text when the value reads as written
// (nearly always), into the Document's own store when it had escapes or bad bytes.
struct Node {
    std::string_view text;     // String: decoded value; Number/Boolean/Null: the literal as written
    std::string_view keyText;  // when the parent is an object: the member's key, decoded
    ByteRange range;           // the value's tokens; containers: '{' through '}' (or where recovery stopped)
    std::uint32_t keyBegin = 0, keyEnd = 0;  // the key's token, quotes included (with hasKey)
    std::uint32_t parent = kNoNode;
    std::uint32_t firstChild = kNoNode;
    std::uint32_t nextSibling = kNoNode;
    std::uint32_t childCount = 0;
    Kind kind = Kind::Invalid;
    bool closed = true;     // String: closing quote found; Array/Object: closing bracket found
    bool hasKey = false;    // the parent is an object
    bool keyClosed = true;  // the key's closing quote was found
    bool contentSkipped = false;  // a container read but not stored: see ReadFilter

    ByteRange keyRange() const { return {keyBegin, keyEnd}; }
    // Key through value when the node is a member, else the value's range.
    ByteRange memberRange() const { return {hasKey ? keyBegin : range.begin, range.end}; }
};

struct Limits {
    std::size_t maxBytes = support::kMaxManifestBytes;
    std::size_t maxDepth = 256;
    std::size_t maxProblems = 200;  // further problems are summarised in one last Problem
};

// Refers to the text it was parsed from: keep that text alive and unchanged while the
// Document is used. Move-only, because nodes point into its store of decoded strings.
struct Document {
    Document() = default;
    Document(Document&&) = default;
    Document& operator=(Document&&) = default;
    Document(const Document&) = delete;
    Document& operator=(const Document&) = delete;

    std::vector<Node> nodes;  // nodes[0] is the top-level value when there is one
    std::vector<Problem> problems;  // ordered by position, `line` filled in
    // Strings whose decoded value differs from the text (escapes, repaired bytes). A deque
    // never moves its elements, so views into them stay valid as it grows.
    std::deque<std::string> decoded;

    const Node* root() const { return nodes.empty() ? nullptr : &nodes[0]; }
    const Node* firstChild(const Node& n) const { return at(n.firstChild); }
    const Node* nextSibling(const Node& n) const { return at(n.nextSibling); }
    // The member named `key` of an object; the last one when duplicated (as JSON.parse does).
    // Members whose key is unterminated are never returned.
    const Node* member(const Node& object, std::string_view key) const;

private:
    const Node* at(std::uint32_t i) const { return i == kNoNode ? nullptr : &nodes[i]; }
};

// Whether the caller reads the content of `container` (see parse).
using ReadFilter = bool (*)(const Document& doc, const Node& container);

// Parses `text` as JSON without ever failing. Strict-JSON violations become Problems with
// ranges; recovery handles missing and trailing commas, a missing ':', unterminated strings
// (they end at the line break), unclosed or mismatched brackets, // and /* */ comments,
// invalid UTF-8, control characters and NUL bytes. Nesting deeper than limits.maxDepth is
// skipped (one Problem) without recursion; input over limits.maxBytes is not parsed at all.
//
// `reads`, when given, is asked about each container as it opens (its key and parent are
// set): whether the caller will look at its content. Content it will not look at is still
// read to the end, every problem in it reported and recovered from exactly as usual, but
// its values are not stored: the container keeps its kind, range and `closed`, has no
// children and childCount 0, and is marked contentSkipped. A large "files" list then costs
// no memory in a reader that never looks at it.
//
// The Document refers to `text`; a temporary std::string argument is refused at compile time.
Document parse(std::string_view text, const Limits& limits = {}, ReadFilter reads = nullptr);
Document parse(const std::string&& text, const Limits& limits = {}, ReadFilter reads = nullptr) = delete;
inline Document parse(const char* text, const Limits& limits = {}, ReadFilter reads = nullptr) {
    return parse(std::string_view(text), limits, reads);
}

// 1-based line of a byte offset (counts '\n').
std::size_t lineOf(std::string_view text, std::size_t offset);

// Orders problems by position and fills in their `line`, in one pass over the text.
void assignLines(std::string_view text, std::vector<Problem>& problems);

}  // namespace stackls::manifest::json
