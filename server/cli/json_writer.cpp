// Streams pretty-printed JSON with nlohmann's layout, number format and string escapes.
#include "server/cli/json_writer.h"

#include <array>
#include <cassert>
#include <charconv>
#include <cmath>
#include <cstring>

namespace stackls::server {

namespace {

// Flushing in large chunks keeps ostream calls off the per-character path.
constexpr std::size_t kSpillBytes = 64 * 1024;

// Length of the well-formed UTF-8 sequence starting at s[i] (Unicode table 3-7), 0 if none.
std::size_t utf8SequenceLength(std::string_view s, std::size_t i) {
    auto byte = [&](std::size_t k) { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0u; };
    auto tail = [&](std::size_t k, unsigned lo = 0x80, unsigned hi = 0xBF) { return byte(k) >= lo && byte(k) <= hi; };
    const unsigned c = byte(0);
    if (c >= 0xC2 && c <= 0xDF) return tail(1) ? 2 : 0;
    if (c == 0xE0) return tail(1, 0xA0) && tail(2) ? 3 : 0;
    if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) return tail(1) && tail(2) ? 3 : 0;
    if (c == 0xED) return tail(1, 0x80, 0x9F) && tail(2) ? 3 : 0;
    if (c == 0xF0) return tail(1, 0x90) && tail(2) && tail(3) ? 4 : 0;
    if (c >= 0xF1 && c <= 0xF3) return tail(1) && tail(2) && tail(3) ? 4 : 0;
    if (c == 0xF4) return tail(1, 0x80, 0x8F) && tail(2) && tail(3) ? 4 : 0;
    return 0;
}

// Whether any of the eight bytes at p is below 0x20, '"', '\\' or not ASCII (SWAR: a high bit
// set in the mask marks a byte that matched).
bool hasSpecialByte(const char* p) {
    std::uint64_t w;
    std::memcpy(&w, p, sizeof w);
    constexpr std::uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
    auto zeroByte = [&](std::uint64_t v) { return (v - ones) & ~v & highs; };
    const std::uint64_t control = (w - ones * 0x20) & ~w & highs;  // bytes < 0x20 (high bit clear)
    return ((w & highs) | control | zeroByte(w ^ (ones * '"')) | zeroByte(w ^ (ones * '\\'))) != 0;
}

// A newline and enough indentation for any nesting our reports reach, appended in one call.
constexpr std::string_view kNewlineAndSpaces =
    "\n                                                                ";

}  // namespace

JsonWriter::JsonWriter(std::ostream& out, int indent) : out_(out), indent_(indent) { buffer_.reserve(kSpillBytes + 4096); }

JsonWriter::JsonWriter(std::ostream& out, int indent, const std::vector<bool>& levelIsObject)
    : JsonWriter(out, indent) {
    for (bool object : levelIsObject) levels_.push_back({object, false});
    assert(!levels_.empty() && !levels_.back().object);
}

JsonWriter::~JsonWriter() { flush(); }

void JsonWriter::element(std::string_view rendered) {
    assert(!levels_.empty() && !levels_.back().object && !keyWritten_);
    Level& level = levels_.back();
    if (level.empty && rendered.starts_with(',')) rendered.remove_prefix(1);
    level.empty = false;
    buffer_.append(rendered);
    spill();
}

void JsonWriter::flush() {
    out_.write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
    buffer_.clear();
}

void JsonWriter::spill() {
    if (buffer_.size() >= kSpillBytes) flush();
}

void JsonWriter::newlineAndIndent() {
    const std::size_t spaces = levels_.size() * static_cast<std::size_t>(indent_);
    if (spaces < kNewlineAndSpaces.size()) {
        buffer_.append(kNewlineAndSpaces.data(), spaces + 1);
        return;
    }
    buffer_ += '\n';
    buffer_.append(spaces, ' ');
}

void JsonWriter::beforeValue() {
    if (keyWritten_) {
        keyWritten_ = false;
        return;
    }
    if (levels_.empty()) return;
    Level& level = levels_.back();
    assert(!level.object && "a value inside an object needs a key first");
    if (!level.empty) buffer_ += ',';
    level.empty = false;
    newlineAndIndent();
}

JsonWriter& JsonWriter::key(std::string_view name) {
    assert(!levels_.empty() && levels_.back().object && !keyWritten_);
    Level& level = levels_.back();
    if (!level.empty) buffer_ += ',';
    level.empty = false;
    newlineAndIndent();
    writeString(name);
    buffer_ += ": ";
    keyWritten_ = true;
    return *this;
}

void JsonWriter::beginObject() {
    beforeValue();
    buffer_ += '{';
    levels_.push_back({true, true});
}

void JsonWriter::beginArray() {
    beforeValue();
    buffer_ += '[';
    levels_.push_back({false, true});
}

void JsonWriter::endObject() {
    assert(!levels_.empty() && levels_.back().object && !keyWritten_);
    const bool empty = levels_.back().empty;
    levels_.pop_back();
    if (!empty) newlineAndIndent();
    buffer_ += '}';
    spill();
}

void JsonWriter::endArray() {
    assert(!levels_.empty() && !levels_.back().object);
    const bool empty = levels_.back().empty;
    levels_.pop_back();
    if (!empty) newlineAndIndent();
    buffer_ += ']';
    spill();
}

void JsonWriter::writeString(std::string_view s) {
    buffer_ += '"';
    std::size_t i = 0;
    while (i < s.size()) {
        // Copy the longest run that needs no escaping in one go, eight bytes per step while
        // none of them is special (the output is tens of megabytes of mostly plain text).
        std::size_t run = i;
        while (run + 8 <= s.size() && !hasSpecialByte(s.data() + run)) run += 8;
        while (run < s.size()) {
            const auto c = static_cast<unsigned char>(s[run]);
            if (c < 0x20 || c == '"' || c == '\\' || c >= 0x80) break;
            ++run;
        }
        buffer_.append(s.data() + i, run - i);
        i = run;
        if (i == s.size()) break;
        const auto c = static_cast<unsigned char>(s[i]);
        if (c >= 0x80) {
            if (std::size_t n = utf8SequenceLength(s, i)) {
                buffer_.append(s.data() + i, n);
                i += n;
            } else {
                buffer_ += "\xEF\xBF\xBD";
                ++i;
            }
            continue;
        }
        switch (c) {
            case '"': buffer_ += "\\\""; break;
            case '\\': buffer_ += "\\\\"; break;
            case '\b': buffer_ += "\\b"; break;
            case '\f': buffer_ += "\\f"; break;
            case '\n': buffer_ += "\\n"; break;
            case '\r': buffer_ += "\\r"; break;
            case '\t': buffer_ += "\\t"; break;
            default: {
                static constexpr char kHex[] = "0123456789abcdef";
                buffer_ += "\\u00";
                buffer_ += kHex[c >> 4];
                buffer_ += kHex[c & 0xF];
            }
        }
        ++i;
    }
    buffer_ += '"';
}

void JsonWriter::value(std::string_view s) {
    beforeValue();
    writeString(s);
    spill();
}

void JsonWriter::value(bool b) {
    beforeValue();
    buffer_ += b ? "true" : "false";
}

void JsonWriter::null() {
    beforeValue();
    buffer_ += "null";
}

void JsonWriter::integer(long long n) {
    beforeValue();
    std::array<char, 24> digits{};
    auto [end, ec] = std::to_chars(digits.data(), digits.data() + digits.size(), n);
    buffer_.append(digits.data(), end);
}

void JsonWriter::unsignedInteger(unsigned long long n) {
    beforeValue();
    std::array<char, 24> digits{};
    auto [end, ec] = std::to_chars(digits.data(), digits.data() + digits.size(), n);
    buffer_.append(digits.data(), end);
}

void JsonWriter::value(double d) {
    beforeValue();
    if (!std::isfinite(d)) {
        buffer_ += "null";
        return;
    }
    // nlohmann's own shortest round-trip formatter (what dump() uses), so the digits match exactly.
    std::array<char, 64> digits{};
    char* end = nlohmann::detail::to_chars(digits.data(), digits.data() + digits.size(), d);
    buffer_.append(digits.data(), end);
}

void JsonWriter::value(const std::vector<std::string>& strings) {
    beginArray();
    for (const auto& s : strings) value(s);
    endArray();
}

void JsonWriter::value(const nlohmann::ordered_json& j) {
    switch (j.type()) {
        case nlohmann::ordered_json::value_t::object:
            beginObject();
            for (const auto& [k, v] : j.items()) {
                key(k);
                value(v);
            }
            endObject();
            break;
        case nlohmann::ordered_json::value_t::array:
            beginArray();
            for (const auto& v : j) value(v);
            endArray();
            break;
        case nlohmann::ordered_json::value_t::string: value(j.get_ref<const std::string&>()); break;
        case nlohmann::ordered_json::value_t::boolean: value(j.get<bool>()); break;
        case nlohmann::ordered_json::value_t::number_integer: integer(j.get<long long>()); break;
        case nlohmann::ordered_json::value_t::number_unsigned: unsignedInteger(j.get<unsigned long long>()); break;
        case nlohmann::ordered_json::value_t::number_float: value(j.get<double>()); break;
        default: null(); break;  // null, and the binary and discarded kinds JSON text cannot hold
    }
}

}  // namespace stackls::server
