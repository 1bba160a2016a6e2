// Builds an nlohmann::json tree through the calls JsonWriter takes, so one function can write a shape either way.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace stackls::support {

// A shape written once as a template over its writer (knowledge/report/recommendation_json)
// is streamed as text by JsonWriter for the CLI and built here as a tree for a language
// server reply, with no text in between. Misuse (a value where a key is due) is a
// programming error, as with JsonWriter.
class JsonTreeWriter {
public:
    void beginObject() { open(nlohmann::json::object()); }
    void endObject() { open_.pop_back(); }
    void beginArray() { open(nlohmann::json::array()); }
    void endArray() { open_.pop_back(); }
    JsonTreeWriter& key(std::string_view name);  // inside an object, before each member's value

    void value(std::string_view s) { place(std::string(s)); }
    void value(const char* s) { place(std::string(s)); }
    void value(const std::string& s) { place(s); }
    void value(bool b) { place(b); }
    void value(double d) { place(d); }
    void value(const std::vector<std::string>& strings) { place(strings); }
    void null() { place(nullptr); }

    // The tree written, once every level is closed.
    nlohmann::json take();

private:
    nlohmann::json& place(nlohmann::json value);
    void open(nlohmann::json container) { open_.push_back(&place(std::move(container))); }

    nlohmann::json root_;
    // The containers being written, outermost first. Only the innermost one grows, so
    // the pointers to those around it stay valid.
    std::vector<nlohmann::json*> open_;
    std::string key_;
};

}  // namespace stackls::support
