// Small helpers for reading typed fields out of untrusted JSON with a readable error:
// each returns false and fills `error` ("textDocument.uri: expected a string").
#pragma once

#include <climits>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace stackls::protocol::json_read {

inline bool fail(std::string& error, const char* key, const char* what) {
    error = std::string(key) + ": " + what;
    return false;
}

// Prefixes a nested error with the field it came from.
inline bool nest(std::string& error, const char* key) {
    error = std::string(key) + "." + error;
    return false;
}

inline const nlohmann::json* member(const nlohmann::json& obj, const char* key) {
    if (!obj.is_object()) return nullptr;
    const auto it = obj.find(key);
    return it == obj.end() || it->is_null() ? nullptr : &*it;
}

inline bool read(const nlohmann::json& v, std::string& out) {
    if (!v.is_string()) return false;
    out = v.get<std::string>();
    return true;
}

// Integers outside int's range clamp: positions and versions beyond it are meaningless
// but not worth refusing.
inline bool read(const nlohmann::json& v, int& out) {
    if (v.is_number_integer()) {
        if (v.is_number_unsigned()) {
            const auto u = v.get<std::uint64_t>();
            out = u > static_cast<std::uint64_t>(INT_MAX) ? INT_MAX : static_cast<int>(u);
        } else {
            const auto s = v.get<std::int64_t>();
            out = s > INT_MAX ? INT_MAX : s < INT_MIN ? INT_MIN : static_cast<int>(s);
        }
        return true;
    }
    return false;
}

inline bool read(const nlohmann::json& v, bool& out) {
    if (!v.is_boolean()) return false;
    out = v.get<bool>();
    return true;
}

inline bool read(const nlohmann::json& v, nlohmann::json& out) {
    out = v;
    return true;
}

inline const char* expected(const std::string*) { return "expected a string"; }
inline const char* expected(const int*) { return "expected an integer"; }
inline const char* expected(const bool*) { return "expected a boolean"; }
inline const char* expected(const nlohmann::json*) { return "expected a value"; }

template <typename T>
bool required(const nlohmann::json& obj, const char* key, T& out, std::string& error) {
    const nlohmann::json* v = member(obj, key);
    if (!v) return fail(error, key, "missing");
    if (!read(*v, out)) return fail(error, key, expected(&out));
    return true;
}

// Absent or null leaves `out` untouched; present with the wrong type is an error.
template <typename T>
bool optional(const nlohmann::json& obj, const char* key, T& out, std::string& error) {
    const nlohmann::json* v = member(obj, key);
    if (!v) return true;
    if (!read(*v, out)) return fail(error, key, expected(&out));
    return true;
}

template <typename T>
bool optional(const nlohmann::json& obj, const char* key, std::optional<T>& out, std::string& error) {
    const nlohmann::json* v = member(obj, key);
    if (!v) return true;
    T value{};
    if (!read(*v, value)) return fail(error, key, expected(&value));
    out = std::move(value);
    return true;
}

// Lenient reads for capability flags: anything unexpected means "not supported".
inline bool flag(const nlohmann::json& obj, std::initializer_list<const char*> path) {
    const nlohmann::json* v = &obj;
    for (const char* key : path) {
        v = member(*v, key);
        if (!v) return false;
    }
    return v->is_boolean() && v->get<bool>();
}

inline bool present(const nlohmann::json& obj, std::initializer_list<const char*> path) {
    const nlohmann::json* v = &obj;
    for (const char* key : path) {
        v = member(*v, key);
        if (!v) return false;
    }
    return true;
}

inline std::vector<std::string> strings(const nlohmann::json& obj, std::initializer_list<const char*> path) {
    const nlohmann::json* v = &obj;
    for (const char* key : path) {
        v = member(*v, key);
        if (!v) return {};
    }
    std::vector<std::string> out;
    if (v->is_array()) {
        for (const auto& item : *v) {
            if (item.is_string()) out.push_back(item.get<std::string>());
        }
    }
    return out;
}

}  // namespace stackls::protocol::json_read
