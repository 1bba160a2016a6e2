// A tolerant JSON reader that keeps byte ranges for every key and value (nlohmann/json keeps none).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "knowledge/manifest/model.h"

namespace stackls::manifest::json {

enum class Kind : std::uint8_t { Null, Boolean, Number, String, Array, Object, Invalid };

inline constexpr std::uint32_t kNoNode = UINT32_MAX;

// One value in the flat node table. Containers link their children through
// firstChild/nextSibling, so the tree needs no recursion to build, walk or destroy.
struct Node {
    Kind kind = Kind::Invalid;
    ByteRange range;           // the value's tokens; containers: '{' through '}' (or where recovery stopped)
    std::string text;          // String: decoded value; Number/Boolean/Null: the literal as written
    bool closed = true;        // String: closing quote found; Array/Object: closing bracket found
    std::uint32_t parent = kNoNode;
    std::uint32_t firstChild = kNoNode;
    std::uint32_t nextSibling = kNoNode;
    std::uint32_t childCount = 0;
    // Set when the parent is an object: the member's key and the key-through-value range.
    std::optional<Located> key;
    bool keyClosed = true;     // the key's closing quote was found
    ByteRange memberRange;
};

struct Limits {
    std::size_t maxBytes = 16u * 1024u * 1024u;
    std::size_t maxDepth = 256;
    std::size_t maxProblems = 200;  // further problems are summarised in one last Problem
};

struct Document {
    std::vector<Node> nodes;  // nodes[0] is the top-level value when there is one
    std::vector<Problem> problems;  // ordered by position, `line` filled in

    const Node* root() const { return nodes.empty() ? nullptr : &nodes[0]; }
    const Node* firstChild(const Node& n) const { return at(n.firstChild); }
    const Node* nextSibling(const Node& n) const { return at(n.nextSibling); }
    // The member named `key` of an object; the last one when duplicated (as JSON.parse does).
    // Members whose key is unterminated are never returned.
    const Node* member(const Node& object, std::string_view key) const;

private:
    const Node* at(std::uint32_t i) const { return i == kNoNode ? nullptr : &nodes[i]; }
};

// Parses `text` as JSON without ever failing. Strict-JSON violations become Problems with
// ranges; recovery handles missing and trailing commas, a missing ':', unterminated strings
// (they end at the line break), unclosed or mismatched brackets, // and /* */ comments,
// invalid UTF-8, control characters and NUL bytes. Nesting deeper than limits.maxDepth is
// skipped (one Problem) without recursion; input over limits.maxBytes is not parsed at all.
Document parse(std::string_view text, const Limits& limits = {});

// 1-based line of a byte offset (counts '\n').
std::size_t lineOf(std::string_view text, std::size_t offset);

// Length of the valid UTF-8 sequence starting at s[i], or 0 when it is invalid
// (overlong forms, surrogates and code points above U+10FFFF included).
std::size_t utf8Length(std::string_view s, std::size_t i);

// Orders problems by position and fills in their `line`, in one pass over the text.
void assignLines(std::string_view text, std::vector<Problem>& problems);

}  // namespace stackls::manifest::json
