// Streams pretty-printed JSON: two-space indentation, shortest round-trip numbers, UTF-8 strings.
#include "support/json_writer.h"

#include <algorithm>
#include <array>
#include <cassert>
#include <charconv>
#include <cmath>
#include <cstring>

#include "support/json_text.h"

namespace stackls::support {

namespace {

// Flushing in large chunks keeps ostream calls off the per-character path.
constexpr std::size_t kSpillBytes = 64 * 1024;
constexpr std::size_t kPartBytes = 32 * 1024;

// A newline and enough indentation for any nesting our reports reach, appended in one call.
constexpr std::string_view kNewlineAndSpaces =
    "\n                                                                ";

// Printable ASCII without a quote or a backslash: written as is.
bool isPlainKey(std::string_view name) {
    for (const char c : name) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u >= 0x7F || c == '"' || c == '\\') return false;
    }
    return true;
}

}  // namespace

JsonWriter::JsonWriter(std::ostream& out, int indent) : out_(&out), indent_(indent) { buffer_.reserve(kSpillBytes + 4096); }

JsonWriter::JsonWriter(int indent, const std::vector<bool>& levelIsObject) : out_(nullptr), indent_(indent) {
    // A project's part is tens of kilobytes: start there rather than grow (and copy) from nothing.
    buffer_.reserve(kPartBytes);
    for (bool object : levelIsObject) levels_.push_back({object, false});
    assert(!levels_.empty() && !levels_.back().object);
}

JsonWriter::~JsonWriter() { flush(); }

void JsonWriter::element(std::string_view rendered) {
    assert(!levels_.empty() && !levels_.back().object && !keyWritten_);
    Level& level = levels_.back();
    if (level.empty && rendered.starts_with(',')) rendered.remove_prefix(1);
    level.empty = false;
    if (out_ && rendered.size() >= kSpillBytes) {
        // A large part goes straight out rather than through the buffer.
        flush();
        out_->write(rendered.data(), static_cast<std::streamsize>(rendered.size()));
        return;
    }
    buffer_.append(rendered);
    spill();
}

void JsonWriter::flush() {
    if (!out_) return;
    out_->write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
    buffer_.clear();
}

std::string JsonWriter::take() {
    assert(!out_);
    return std::move(buffer_);
}

void JsonWriter::spill() {
    if (out_ && buffer_.size() >= kSpillBytes) flush();
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
    const bool comma = !level.empty;
    level.empty = false;
    keyWritten_ = true;
    // Keys are nearly always short names that need no escape: then the separator, the
    // indentation and the quoted key go out in one append (a report has hundreds of
    // thousands of keys; piece by piece they cost more than the values).
    const std::size_t spaces = levels_.size() * static_cast<std::size_t>(indent_);
    constexpr std::size_t kShortName = 32;
    if (name.size() <= kShortName && spaces < kNewlineAndSpaces.size() && isPlainKey(name)) {
        // Fixed-size copies the compiler turns into a few moves; only `length` bytes count.
        std::array<char, 1 + kNewlineAndSpaces.size() + 1 + kShortName + 3> line;
        char* p = line.data();
        *p = ',';
        p += comma ? 1 : 0;
        std::memcpy(p, kNewlineAndSpaces.data(), kNewlineAndSpaces.size());
        p += spaces + 1;
        *p++ = '"';
        for (const char c : name) *p++ = c;
        std::memcpy(p, "\": ", 3);
        p += 3;
        buffer_.append(line.data(), static_cast<std::size_t>(p - line.data()));
        return *this;
    }
    if (comma) buffer_ += ',';
    newlineAndIndent();
    writeString(name);
    buffer_.append(": ", 2);
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

void JsonWriter::writeString(std::string_view s) { appendJsonString(buffer_, s); }

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
    // The shortest text that reads back as the same double. A whole number keeps a ".0" so a
    // reader still sees a floating-point value (a score of 1.0, not the integer 1).
    std::array<char, 32> digits{};
    auto [end, ec] = std::to_chars(digits.data(), digits.data() + digits.size(), d);
    buffer_.append(digits.data(), end);
    if (std::find_if(digits.data(), end, [](char c) { return c == '.' || c == 'e'; }) == end) buffer_ += ".0";
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

}  // namespace stackls::support
