// Content-Length framing with bounded buffering and resynchronisation after bad headers.
#include "protocol/framing.h"

#include <algorithm>
#include <cctype>
#include <charconv>

namespace stackls::protocol {
namespace {

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
    return s;
}

bool equalsIgnoreCase(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
           });
}

constexpr std::string_view kContentLength = "content-length";

std::size_t findIgnoreCase(std::string_view haystack, std::string_view lowerNeedle) {
    for (std::size_t i = 0; i + lowerNeedle.size() <= haystack.size(); ++i) {
        if (equalsIgnoreCase(haystack.substr(i, lowerNeedle.size()), lowerNeedle)) return i;
    }
    return std::string_view::npos;
}

bool startsWithHeaderName(std::string_view bytes) {
    return bytes.size() >= kContentLength.size() && equalsIgnoreCase(bytes.substr(0, kContentLength.size()), kContentLength);
}

// Offset of the first line in `bytes` that begins with "Content-Length" (the first
// byte counts as a line start when `atLineStart`), or npos.
std::size_t findHeaderLine(std::string_view bytes, bool atLineStart) {
    if (atLineStart && startsWithHeaderName(bytes)) return 0;
    for (std::size_t i = bytes.find('\n'); i != std::string_view::npos; i = bytes.find('\n', i + 1)) {
        if (startsWithHeaderName(bytes.substr(i + 1))) return i + 1;
    }
    return std::string_view::npos;
}

// Offset of the last line (after a '\n') that begins with "Content-Length", or npos.
std::size_t findLastHeaderLine(std::string_view bytes) {
    std::size_t found = std::string_view::npos;
    for (std::size_t i = bytes.find('\n'); i != std::string_view::npos; i = bytes.find('\n', i + 1)) {
        if (startsWithHeaderName(bytes.substr(i + 1))) found = i + 1;
    }
    return found;
}

// Finds the blank line ending a header block; returns the offset just past it, or npos.
std::size_t findHeaderEnd(std::string_view buffer) {
    for (std::size_t i = buffer.find('\n'); i != std::string_view::npos; i = buffer.find('\n', i + 1)) {
        // The next line is empty if it is "\n" or "\r\n".
        if (i + 1 < buffer.size() && buffer[i + 1] == '\n') return i + 2;
        if (i + 2 < buffer.size() && buffer[i + 1] == '\r' && buffer[i + 2] == '\n') return i + 3;
    }
    return std::string_view::npos;
}

}  // namespace

void FrameReader::feed(std::string_view bytes) {
    if (inBody_ && buffer_.empty()) bytes.remove_prefix(takeBody(bytes));
    if (bytes.empty()) return;
    buffer_.append(bytes);
    parse();
}

std::size_t FrameReader::takeBody(std::string_view bytes) {
    const std::size_t n = std::min(bytes.size(), bodyLength_ - body_.size());
    body_.append(bytes.data(), n);
    if (body_.size() == bodyLength_) {
        events_.push_back(FrameBody{std::move(body_)});
        body_ = std::string();
        inBody_ = false;
    }
    return n;
}

FrameEvent FrameReader::takeEvent() {
    FrameEvent event = std::move(events_.front());
    events_.pop_front();
    return event;
}

void FrameReader::parse() {
    std::size_t consumed = 0;
    for (;;) {
        std::string_view rest(buffer_.data() + consumed, buffer_.size() - consumed);
        if (inBody_) {
            consumed += takeBody(rest);
            if (inBody_) break;
            continue;
        }
        if (skipRemaining_ > 0) {
            // A lying Content-Length must not swallow the session: a line that starts
            // with "Content-Length" cannot be part of a JSON body, so it ends the skip.
            const std::size_t window = std::min(skipRemaining_, rest.size());
            const std::size_t header = findHeaderLine(rest.substr(0, window), skipAtLineStart_);
            if (header != std::string_view::npos) {
                consumed += header;
                skipRemaining_ = 0;
                events_.push_back(FrameError{"oversized body cut short by a new header"});
                continue;
            }
            // Keep a short tail unconsumed: it may be the start of a split header line.
            const std::size_t keep = window == skipRemaining_ ? 0 : std::min<std::size_t>(window, FrameReader::kResyncTail);
            skipAtLineStart_ = window > keep ? rest[window - keep - 1] == '\n' : skipAtLineStart_;
            skipRemaining_ -= window - keep;
            consumed += window - keep;
            if (skipRemaining_ > 0) break;
            continue;
        }
        // Blank lines between frames are harmless noise (some clients add them).
        std::size_t lead = 0;
        while (lead < rest.size() && (rest[lead] == '\r' || rest[lead] == '\n')) ++lead;
        consumed += lead;
        rest.remove_prefix(lead);
        if (rest.empty()) break;

        const std::size_t end = findHeaderEnd(rest);
        if (end == std::string_view::npos) {
            if (rest.size() > kMaxHeaderBlock) {
                events_.push_back(FrameError{"header block longer than " + std::to_string(kMaxHeaderBlock) +
                                             " bytes without a blank line; discarded"});
                // Keep a real header that may sit at the end of the garbage.
                const std::size_t header = findLastHeaderLine(rest);
                const std::size_t tail = std::min<std::size_t>(rest.size(), FrameReader::kResyncTail);
                consumed += header != std::string_view::npos && header > 0 ? header : rest.size() - tail;
                continue;
            }
            break;
        }

        std::string_view block = rest.substr(0, end);
        consumed += end;
        if (end > kMaxHeaderBlock) {
            events_.push_back(FrameError{"header block longer than " + std::to_string(kMaxHeaderBlock) + " bytes"});
            continue;
        }
        bool haveLength = false;
        bool badLength = false;
        std::string badValue;
        unsigned long long length = 0;
        while (!block.empty()) {
            const std::size_t nl = block.find('\n');
            std::string_view line = trim(block.substr(0, nl));
            block.remove_prefix(nl == std::string_view::npos ? block.size() : nl + 1);
            if (line.empty()) continue;
            // Garbage before the header name (the tail of a dropped frame) is ignored,
            // so the stream resynchronises on the very next real header.
            const std::size_t at = findIgnoreCase(line, kContentLength);
            if (at == std::string_view::npos) continue;  // Content-Type and unknown headers
            std::string_view after = trim(line.substr(at + kContentLength.size()));
            if (after.empty() || after.front() != ':') continue;
            const std::string_view value = trim(after.substr(1));
            unsigned long long parsed = 0;
            const auto [ptr, ec] = std::from_chars(value.data(), value.data() + value.size(), parsed);
            if (ec != std::errc() || ptr != value.data() + value.size() || value.empty()) {
                badLength = true;
                badValue = std::string(value.substr(0, 40));
                continue;
            }
            haveLength = true;
            length = parsed;
        }
        if (!haveLength) {
            events_.push_back(FrameError{badLength ? "unreadable Content-Length '" + badValue + "'; frame dropped"
                                                   : "frame without Content-Length; dropped"});
            continue;
        }
        if (length > maxBody_) {
            events_.push_back(FrameError{"Content-Length " + std::to_string(length) + " exceeds the cap of " +
                                         std::to_string(maxBody_) + " bytes; body skipped"});
            skipRemaining_ = static_cast<std::size_t>(length);
            skipAtLineStart_ = true;
            continue;
        }
        bodyLength_ = static_cast<std::size_t>(length);
        // Address space only: pages are touched as the body arrives.
        body_.reserve(bodyLength_);
        inBody_ = true;
    }
    buffer_.erase(0, consumed);
}

std::string frameMessage(std::string_view body) {
    std::string out = "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n";
    out.append(body);
    return out;
}

}  // namespace stackls::protocol
