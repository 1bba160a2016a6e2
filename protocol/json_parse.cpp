// Depth-limited JSON parsing: a cheap bracket scan first, then nlohmann without exceptions.
#include "protocol/json_parse.h"

#include <cstdint>
#include <cstring>
#include <vector>

#include <spdlog/spdlog.h>

#include "support/json_scan.h"
#include "support/utf8.h"

namespace stackls::protocol {
namespace {

using nlohmann::json;

// nlohmann's lexer holds two growing copies of every token (the value, and the raw text
// for error messages): for a 5 MB didOpen that is 20 MB at the peak. So strings this long
// are cut out of the text before nlohmann sees it, decoded here into one buffer of the
// right size, and put back into the value by the builder below.
constexpr std::size_t kLongString = 64 * 1024;

struct LongStrings {
    std::string skeleton;             // the text with each long string's content removed
    std::vector<std::size_t> indices; // which string tokens (keys and values, in text order)
    std::vector<std::string> values;  // their decoded contents
};

unsigned hexDigit(char c) {
    if (c >= '0' && c <= '9') return static_cast<unsigned>(c - '0');
    if (c >= 'a' && c <= 'f') return static_cast<unsigned>(c - 'a' + 10);
    if (c >= 'A' && c <= 'F') return static_cast<unsigned>(c - 'A' + 10);
    return 16;
}

// Reads four hex digits at s[i]; 0x10000 when they are not.
std::uint32_t hex4(std::string_view s, std::size_t i) {
    if (i + 4 > s.size()) return 0x10000;
    std::uint32_t v = 0;
    for (std::size_t k = 0; k < 4; ++k) {
        const unsigned d = hexDigit(s[i + k]);
        if (d > 15) return 0x10000;
        v = (v << 4) | d;
    }
    return v;
}

// Writes the UTF-8 form of `cp` at out[n] (when out is not null); returns its length.
std::size_t putUtf8(char* out, std::size_t n, std::uint32_t cp) {
    char bytes[4];
    std::size_t len;
    if (cp < 0x80) {
        bytes[0] = static_cast<char>(cp);
        len = 1;
    } else if (cp < 0x800) {
        bytes[0] = static_cast<char>(0xC0 | (cp >> 6));
        bytes[1] = static_cast<char>(0x80 | (cp & 0x3F));
        len = 2;
    } else if (cp < 0x10000) {
        bytes[0] = static_cast<char>(0xE0 | (cp >> 12));
        bytes[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        bytes[2] = static_cast<char>(0x80 | (cp & 0x3F));
        len = 3;
    } else {
        bytes[0] = static_cast<char>(0xF0 | (cp >> 18));
        bytes[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        bytes[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        bytes[3] = static_cast<char>(0x80 | (cp & 0x3F));
        len = 4;
    }
    if (out) std::memcpy(out + n, bytes, len);
    return len;
}

// Decodes the content of a JSON string (between its quotes, valid UTF-8) to out[0..) and
// returns its length; with out null it only measures. Never writes past what it has read,
// so `out` may be the very buffer `s` lies in (decoding in place). nullopt for anything
// nlohmann would refuse: a raw control character, an unknown escape, a \u without four hex
// digits, a surrogate without its other half.
std::optional<std::size_t> decodeString(std::string_view s, char* out) {
    std::size_t n = 0, i = 0;
    while (i < s.size()) {
        std::size_t run = i;
        while (run < s.size() && s[run] != '\\' && static_cast<unsigned char>(s[run]) >= 0x20) ++run;
        if (out && run > i) std::memmove(out + n, s.data() + i, run - i);
        n += run - i;
        i = run;
        if (i == s.size()) break;
        if (s[i] != '\\' || i + 1 == s.size()) return std::nullopt;
        const char e = s[i + 1];
        i += 2;
        char simple = 0;
        switch (e) {
            case '"': simple = '"'; break;
            case '\\': simple = '\\'; break;
            case '/': simple = '/'; break;
            case 'b': simple = '\b'; break;
            case 'f': simple = '\f'; break;
            case 'n': simple = '\n'; break;
            case 'r': simple = '\r'; break;
            case 't': simple = '\t'; break;
            case 'u': {
                std::uint32_t cp = hex4(s, i);
                if (cp > 0xFFFF || (cp >= 0xDC00 && cp <= 0xDFFF)) return std::nullopt;
                i += 4;
                if (cp >= 0xD800 && cp <= 0xDBFF) {
                    if (i + 2 > s.size() || s[i] != '\\' || s[i + 1] != 'u') return std::nullopt;
                    const std::uint32_t lo = hex4(s, i + 2);
                    if (lo < 0xDC00 || lo > 0xDFFF) return std::nullopt;
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                    i += 6;
                }
                n += putUtf8(out, n, cp);
                continue;
            }
            default: return std::nullopt;
        }
        if (out) out[n] = simple;
        ++n;
    }
    return n;
}

// Finds the long strings of `text` and decodes them; nullopt when there are none, or when
// one would not decode (nlohmann then reads the text as it is and reports the error).
// When `owned` is the buffer `text` lies in, the longest string is decoded in place and
// the buffer becomes its value: a 5 MB document is then held once, not twice.
std::optional<LongStrings> cutLongStrings(std::string_view text, std::string* owned) {
    if (text.size() < kLongString) return std::nullopt;
    struct Span {
        std::size_t index, begin, end;
    };
    std::vector<Span> spans;
    std::size_t index = 0;
    for (std::size_t i = text.find('"'); i != std::string_view::npos; i = text.find('"', i + 1)) {
        const std::size_t begin = i + 1;
        std::size_t end = begin;
        while (end < text.size() && text[end] != '"') end += text[end] == '\\' ? 2 : 1;
        if (end >= text.size()) return std::nullopt;  // unterminated: nlohmann's error
        if (end - begin >= kLongString) {
            if (!decodeString(text.substr(begin, end - begin), nullptr)) return std::nullopt;
            spans.push_back({index, begin, end});
        }
        ++index;
        i = end;
    }
    if (spans.empty()) return std::nullopt;
    LongStrings out;
    std::size_t copiedTo = 0;
    for (const Span& span : spans) {
        out.skeleton.append(text.substr(copiedTo, span.begin - copiedTo));
        copiedTo = span.end;
    }
    out.skeleton.append(text.substr(copiedTo));
    std::size_t inPlace = spans.size();
    if (owned) {
        inPlace = 0;
        for (std::size_t k = 1; k < spans.size(); ++k)
            if (spans[k].end - spans[k].begin > spans[inPlace].end - spans[inPlace].begin) inPlace = k;
    }
    out.values.resize(spans.size());
    for (std::size_t k = 0; k < spans.size(); ++k) {
        out.indices.push_back(spans[k].index);
        if (k == inPlace) continue;
        const std::string_view raw = text.substr(spans[k].begin, spans[k].end - spans[k].begin);
        out.values[k].resize(raw.size());
        out.values[k].resize(*decodeString(raw, out.values[k].data()));
    }
    if (inPlace < spans.size()) {
        // Last: this overwrites `text`.
        const Span& span = spans[inPlace];
        const std::size_t n = *decodeString(text.substr(span.begin, span.end - span.begin), owned->data());
        owned->resize(n);
        out.values[inPlace] = std::move(*owned);
    }
    return out;
}

// nlohmann's own DOM builder copies every string out of the lexer's buffer; this one puts
// the long strings cut out beforehand back in place (by their order among the string
// tokens, which is the order nlohmann reports them in). Otherwise it builds the same value.
class MovingDomBuilder {
public:
    MovingDomBuilder(json& root, LongStrings* cut) : root_(root), cut_(cut) {}

    bool null() { return put(nullptr); }
    bool boolean(bool v) { return put(v); }
    bool number_integer(json::number_integer_t v) { return put(v); }
    bool number_unsigned(json::number_unsigned_t v) { return put(v); }
    bool number_float(json::number_float_t v, const std::string& /*literal*/) { return put(v); }
    bool string(std::string& v) {
        if (std::string* long_ = nextLong()) return put(std::move(*long_));
        return put(v);
    }
    bool binary(json::binary_t& v) { return put(std::move(v)); }
    bool start_object(std::size_t /*unknown*/) { return open(json::value_t::object); }
    bool start_array(std::size_t /*unknown*/) { return open(json::value_t::array); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }
    bool key(std::string& k) {
        std::string* long_ = nextLong();
        // A repeated key overwrites the earlier value, as nlohmann::json::parse does.
        member_ = &stack_.back()->get_ref<json::object_t&>()[long_ ? *long_ : k];
        return true;
    }
    template <typename Exception>
    bool parse_error(std::size_t /*position*/, const std::string& /*token*/, const Exception& /*error*/) {
        return false;
    }

private:
    // The decoded long string standing for the current string token, if it is one.
    std::string* nextLong() {
        const std::size_t index = strings_++;
        if (!cut_ || next_ == cut_->indices.size() || cut_->indices[next_] != index) return nullptr;
        return &cut_->values[next_++];
    }

    template <typename V>
    json* place(V&& v) {
        if (stack_.empty()) {
            root_ = json(std::forward<V>(v));
            return &root_;
        }
        json& top = *stack_.back();
        if (top.is_array()) {
            auto& array = top.get_ref<json::array_t&>();
            array.emplace_back(std::forward<V>(v));
            return &array.back();
        }
        *member_ = json(std::forward<V>(v));
        return member_;
    }
    template <typename V>
    bool put(V&& v) {
        place(std::forward<V>(v));
        return true;
    }
    bool open(json::value_t type) {
        stack_.push_back(place(type));
        return true;
    }
    bool close() {
        stack_.pop_back();
        return true;
    }

    json& root_;
    LongStrings* cut_;
    std::size_t strings_ = 0, next_ = 0;
    std::vector<json*> stack_;
    json* member_ = nullptr;
};

// `owned`, when given, is the buffer `text` lies in, free to be reused (see cutLongStrings).
std::optional<nlohmann::json> parse(std::string_view text, std::string* owned, std::string& error, int maxDepth) {
    if (support::jsonNestingDepth(text, static_cast<std::size_t>(maxDepth)) > static_cast<std::size_t>(maxDepth)) {
        error = "JSON nested deeper than " + std::to_string(maxDepth) + " levels";
        return std::nullopt;
    }
    // Neovim sends whatever bytes a buffer holds, valid UTF-8 or not; nlohmann refuses
    // invalid UTF-8, and refusing the message would lose an edit. Each bad byte becomes
    // U+FFFD, which keeps UTF-16 columns (one unit either way) in step with the client.
    std::optional<std::string> repaired = support::repairUtf8(text);
    if (repaired) {
        spdlog::warn("message body holds invalid UTF-8; bad bytes replaced by U+FFFD");
        text = *repaired;
        owned = &*repaired;
    }
    std::optional<LongStrings> cut = cutLongStrings(text, owned);
    if (cut) text = cut->skeleton;
    nlohmann::json value;
    MovingDomBuilder builder(value, cut ? &*cut : nullptr);
    if (!nlohmann::json::sax_parse(text.begin(), text.end(), &builder, nlohmann::json::input_format_t::json,
                                   /*strict=*/true)) {
        error = "malformed JSON";
        return std::nullopt;
    }
    return value;
}

}  // namespace

std::optional<nlohmann::json> parseJson(std::string_view text, std::string& error, int maxDepth) {
    return parse(text, nullptr, error, maxDepth);
}

std::optional<nlohmann::json> parseJson(std::string&& text, std::string& error, int maxDepth) {
    return parse(text, &text, error, maxDepth);
}

}  // namespace stackls::protocol
