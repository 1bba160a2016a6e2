// Streams pretty-printed JSON without building a tree first.
#pragma once

#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace stackls::support {

// `stackls check --format json` over a large monorepo prints tens of megabytes; a tree of
// nlohmann values for all of it cost most of the run's time and memory. This writer keeps
// only the nesting it is in and a small buffer. The layout is the familiar one (two spaces
// per level, `"key": value`, one member or element per line); numbers are the shortest text
// that reads back as the same value. Strings are written as UTF-8 with JSON's escapes; an
// invalid UTF-8 sequence (a file name can hold one) becomes U+FFFD instead of throwing.
// Misuse (a value where a key is due) is a programming error: asserted.
class JsonWriter {
public:
    explicit JsonWriter(std::ostream& out, int indent = 2);
    JsonWriter(const JsonWriter&) = delete;
    JsonWriter& operator=(const JsonWriter&) = delete;
    // Continues, in memory, a document whose enclosing levels are already open
    // (levelIsObject[k] for level k; the innermost must be an array that already holds an
    // element), so one element can be rendered apart, e.g. on another thread, taken with
    // take() and spliced in with element(): its bytes are those writing it in place would
    // give, starting with the separating comma.
    JsonWriter(int indent, const std::vector<bool>& levelIsObject);
    ~JsonWriter();  // flushes

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    JsonWriter& key(std::string_view name);  // inside an object, before each member's value

    void value(std::string_view s);
    void value(const char* s) { value(std::string_view(s)); }
    void value(const std::string& s) { value(std::string_view(s)); }
    void value(bool b);
    void value(int n) { integer(n); }
    void value(long n) { integer(n); }
    void value(long long n) { integer(n); }
    void value(unsigned n) { unsignedInteger(n); }
    void value(unsigned long n) { unsignedInteger(n); }
    void value(unsigned long long n) { unsignedInteger(n); }
    void value(double d);
    void value(const std::vector<std::string>& strings);  // an array of strings
    void value(const nlohmann::ordered_json& j);          // a small tree built elsewhere
    void null();
    // Appends an element rendered by the continuing constructor to the array being written
    // (dropping its leading comma when it is the array's first element).
    void element(std::string_view rendered);

    void flush();
    // The text written so far, for a writer made with the in-memory constructor.
    std::string take();

private:
    void integer(long long n);
    void unsignedInteger(unsigned long long n);
    void beforeValue();
    void newlineAndIndent();
    void writeString(std::string_view s);
    void spill();

    struct Level {
        bool object;
        bool empty;
    };
    std::ostream* out_;  // nullptr: the text stays in buffer_ until take()
    int indent_;
    std::string buffer_;
    std::vector<Level> levels_;
    bool keyWritten_ = false;
};

}  // namespace stackls::support
