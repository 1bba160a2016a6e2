// Writes compact JSON straight into a string, for messages sent on every keystroke without building a tree.
#pragma once

#include <string>
#include <string_view>

namespace stackls::support {

// A publishDiagnostics message is rebuilt after every edit; as an nlohmann tree it cost
// more to build and dump than the analysis it reports. This writer appends to `out` and
// keeps only whether a comma is due, so a misplaced call produces invalid JSON: callers
// write fixed shapes, and their tests parse what they wrote.
class JsonTextWriter {
public:
    explicit JsonTextWriter(std::string& out) : out_(out) {}

    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }
    JsonTextWriter& key(std::string_view name);

    void value(std::string_view s);
    void value(const char* s) { value(std::string_view(s)); }
    void value(const std::string& s) { value(std::string_view(s)); }
    void value(long long n);
    void value(int n) { value(static_cast<long long>(n)); }
    void value(bool b);
    void null();
    // An already serialised value, written as it is.
    void raw(std::string_view json);

private:
    void separate();
    void open(char c);
    void close(char c);

    std::string& out_;
    bool first_ = true;     // nothing written yet at this level
    bool afterKey_ = false; // the next value completes a member
};

// `s` as a JSON string literal, escaped as nlohmann escapes (control characters as \u00xx,
// the rest of valid UTF-8 as it is); each byte that starts no well-formed UTF-8 sequence
// becomes U+FFFD, as repairUtf8 does (protocol/utf8.h), so the output is always valid.
void appendJsonString(std::string& out, std::string_view s);

}  // namespace stackls::support
