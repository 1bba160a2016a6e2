// pip's preprocessing of a requirements file: physical lines, '\' joins, comments, ${VAR}s.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "knowledge/manifest/model.h"

namespace stackls::manifest::reqtext {

// One logical line as pip sees it after preprocessing, with every byte mapped back to
// the file so ranges survive joins, stripping and variable substitution.
struct LogicalLine {
    std::string text;
    std::vector<std::uint32_t> begins;  // file offset of text[k]
    std::vector<std::uint32_t> ends;    // file offset just after text[k]
    std::size_t firstOffset = 0;        // start of its first physical line
    std::size_t lineStart = 0;          // same, where the entry's range falls back to

    ByteRange source(std::size_t b, std::size_t e) const;  // text[b, e) in file offsets
};

// A comment that pip drops, with its place in the file (for `# stackls:` declarations).
struct Comment {
    std::string_view text;             // from the '#' on
    const std::uint32_t* begins;       // file offsets, one per byte of text
    const std::uint32_t* ends;
};

struct Callbacks {
    std::function<void(const LogicalLine&)> line;
    std::function<void(const Comment&)> comment;
    std::function<void(ByteRange, std::string, Problem::Severity)> problem;
    std::function<std::optional<std::string>(std::string_view)> environment;
};

// Splits like Python's str.splitlines, joins lines ending in '\' (not after a comment
// line), drops comments ('#' at the start or after whitespace) and blank lines, strips,
// and expands ${NAME} ([A-Z0-9_]+) references that are set and non-empty.
// Reading starts at `from` (past a byte order mark); offsets stay those of `text`.
void preprocess(std::string_view text, std::size_t from, const Callbacks& callbacks);

}  // namespace stackls::manifest::reqtext
