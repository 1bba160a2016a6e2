// LSP base protocol framing: splits a byte stream into message bodies by their
// Content-Length headers, and frames outgoing bodies.
#pragma once

#include <cstddef>
#include <deque>
#include <string>
#include <string_view>
#include <variant>

namespace stackls::protocol {

// A complete message body, ready for JSON decoding.
struct FrameBody {
    std::string body;
};

// A frame that could not be used (missing/absurd Content-Length, oversized header block).
// The reader has already resynchronised; the caller only logs or reports it.
struct FrameError {
    std::string reason;
};

using FrameEvent = std::variant<FrameBody, FrameError>;

// Incremental reader. Feed it bytes as they arrive; take complete events out.
// Accepts headers in any order and case, tolerates bare "\n" line ends, ignores
// Content-Type and unknown headers. A Content-Length above the cap is rejected before
// anything is allocated for it (fuzzers find this crash in every server): its body is
// skipped as it streams past, unless a line starting with "Content-Length" shows up
// first, which no JSON body can contain; so an honest huge message and a lying header
// both leave the stream in sync. A block without a usable Content-Length is dropped and
// reading resumes at the next header, even one glued to leftover garbage.
class FrameReader {
public:
    static constexpr std::size_t kDefaultMaxBody = 64u * 1024 * 1024;
    static constexpr std::size_t kMaxHeaderBlock = 8 * 1024;
    // While discarding, this many trailing bytes are held back in case they begin a
    // header line split across reads.
    static constexpr std::size_t kResyncTail = 16;

    explicit FrameReader(std::size_t maxBody = kDefaultMaxBody) : maxBody_(maxBody) {}

    void feed(std::string_view bytes);
    bool hasEvent() const { return !events_.empty(); }
    FrameEvent takeEvent();

    // Bytes held for an incomplete frame (headers or body); for tests and bounds checks.
    std::size_t buffered() const { return buffer_.size() + body_.size(); }

private:
    void parse();
    // Appends up to the rest of the current body; returns how many bytes it took.
    std::size_t takeBody(std::string_view bytes);

    std::size_t maxBody_;
    std::string buffer_;  // headers and whatever follows them in the same read
    // The body being received goes straight here, sized once from its Content-Length, and
    // is handed out without a copy: a 5 MB didOpen costs 5 MB, not a growing buffer plus a copy.
    std::string body_;
    std::size_t bodyLength_ = 0;
    bool inBody_ = false;
    std::size_t skipRemaining_ = 0;  // bytes of an oversized body still to discard
    bool skipAtLineStart_ = false;   // whether the next byte to skip begins a line
    std::deque<FrameEvent> events_;
};

// "Content-Length: N\r\n\r\n" + body.
std::string frameMessage(std::string_view body);

}  // namespace stackls::protocol
