// Compact JSON text: separators, string escaping and numbers, appended to a caller's string.
#include "support/json_text.h"

#include <charconv>
#include <cstdint>
#include <cstring>

#include "support/json_scan.h"
#include "support/utf8.h"

namespace stackls::support {

void appendJsonString(std::string& out, std::string_view s) {
    static constexpr char kHex[] = "0123456789abcdef";
    std::size_t i = plainJsonStringEnd(s, 0);
    if (i == s.size()) {
        // Most keys and messages need no escape: one copy, quotes included.
        const std::size_t at = out.size();
        out.resize(at + s.size() + 2);
        char* p = out.data() + at;
        p[0] = '"';
        if (!s.empty()) std::memcpy(p + 1, s.data(), s.size());
        p[s.size() + 1] = '"';
        return;
    }
    out.push_back('"');
    out.append(s.data(), i);
    while (i < s.size()) {
        const std::size_t run = plainJsonStringEnd(s, i);
        out.append(s.data() + i, run - i);
        i = run;
        if (i >= s.size()) break;
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if (c >= 0x80) {
            const Utf8Char ch = decodeUtf8(s, i);
            if (ch.valid) {
                out.append(s.data() + i, ch.bytes);
            } else {
                out.append("\xEF\xBF\xBD");
            }
            i += ch.bytes;
            continue;
        }
        switch (c) {
            case '"': out.append("\\\""); break;
            case '\\': out.append("\\\\"); break;
            case '\b': out.append("\\b"); break;
            case '\f': out.append("\\f"); break;
            case '\n': out.append("\\n"); break;
            case '\r': out.append("\\r"); break;
            case '\t': out.append("\\t"); break;
            default: {
                const char esc[] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
                out.append(esc, sizeof esc);
            }
        }
        ++i;
    }
    out.push_back('"');
}

void JsonTextWriter::separate() {
    if (afterKey_) {
        afterKey_ = false;
        return;
    }
    if (!first_) out_.push_back(',');
    first_ = false;
}

void JsonTextWriter::open(char c) {
    separate();
    out_.push_back(c);
    first_ = true;
}

void JsonTextWriter::close(char c) {
    out_.push_back(c);
    first_ = false;  // the enclosing level now holds this value
}

JsonTextWriter& JsonTextWriter::key(std::string_view name) {
    if (!afterKey_ && !first_) out_.push_back(',');
    first_ = false;
    appendJsonString(out_, name);
    out_.push_back(':');
    afterKey_ = true;
    return *this;
}

void JsonTextWriter::value(std::string_view s) {
    separate();
    appendJsonString(out_, s);
}

void JsonTextWriter::value(long long n) {
    separate();
    char buf[24];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, n);
    (void)ec;  // 24 characters hold any long long
    out_.append(buf, end);
}

void JsonTextWriter::value(bool b) {
    separate();
    out_.append(b ? "true" : "false");
}

void JsonTextWriter::null() {
    separate();
    out_.append("null");
}

void JsonTextWriter::raw(std::string_view json) {
    separate();
    out_.append(json);
}

}  // namespace stackls::support
