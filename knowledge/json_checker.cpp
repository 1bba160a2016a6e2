// Typed, path-reporting reads from untrusted JSON (knowledge data and user knowledge files).
#include "knowledge/json_checker.h"

#include <algorithm>
#include <cctype>

#include "support/json_scan.h"

namespace stackls::knowledge {

std::string LoadError::toString() const {
    std::string out = file;
    if (!path.empty()) out += (out.empty() ? "" : ": ") + path;
    return out + ": " + message;
}

std::string jsonPathChild(const std::string& path, std::string_view key) {
    bool plain = !key.empty() && !std::isdigit(static_cast<unsigned char>(key.front())) &&
                 std::all_of(key.begin(), key.end(), [](char c) {
                     return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
                 });
    if (plain) return path + "." + std::string(key);
    std::string quoted;
    for (char c : key) {
        if (c == '"' || c == '\\') quoted += '\\';
        quoted += c;
    }
    return path + "[\"" + quoted + "\"]";
}

std::string jsonPathIndex(const std::string& path, std::size_t i) { return path + "[" + std::to_string(i) + "]"; }

namespace {

// 1-based line and column of a byte offset, for syntax errors.
std::string lineColumn(std::string_view text, std::size_t offset) {
    offset = std::min(offset, text.size());
    std::size_t line = 1, column = 1;
    for (std::size_t i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

std::string typeName(const nlohmann::json& j) { return j.type_name(); }

}  // namespace

std::optional<nlohmann::json> parseCheckedJson(std::string_view text, const std::string& file,
                                               std::vector<LoadError>& errors, std::size_t maxBytes,
                                               std::size_t maxDepth) {
    if (text.size() > maxBytes) {
        errors.push_back({file, "", "file is " + std::to_string(text.size()) + " bytes; the limit is " +
                                        std::to_string(maxBytes)});
        return std::nullopt;
    }
    if (support::jsonNestingDepth(text, maxDepth) > maxDepth) {
        errors.push_back({file, "", "nesting deeper than " + std::to_string(maxDepth) + " levels"});
        return std::nullopt;
    }
    try {
        return nlohmann::json::parse(text);
    } catch (const nlohmann::json::parse_error& e) {
        // e.byte is 1-based and points just past the offending character.
        std::size_t offset = e.byte > 0 ? e.byte - 1 : 0;
        std::string what = e.what();
        auto cut = what.find("parse error");
        errors.push_back({file, "", "invalid JSON at " + lineColumn(text, offset) + " (" +
                                        (cut == std::string::npos ? what : what.substr(cut)) + ")"});
        return std::nullopt;
    }
}

void JsonChecker::error(const std::string& path, std::string message) {
    // A hostile file could produce an error per element; a few hundred are enough to fix it.
    if (errors_.size() < 200) errors_.push_back({file_, path, std::move(message)});
}

const nlohmann::json* JsonChecker::member(const nlohmann::json& parent, std::string_view key,
                                          const std::string& path, bool required) {
    if (!parent.is_object()) return nullptr;
    auto it = parent.find(key);
    if (it == parent.end()) {
        if (required) error(jsonPathChild(path, key), "missing required member");
        return nullptr;
    }
    return &*it;
}

const nlohmann::json* JsonChecker::object(const nlohmann::json& parent, std::string_view key,
                                          const std::string& path, bool required) {
    const auto* m = member(parent, key, path, required);
    if (m && !m->is_object()) {
        error(jsonPathChild(path, key), "expected an object, found " + typeName(*m));
        return nullptr;
    }
    return m;
}

const nlohmann::json* JsonChecker::array(const nlohmann::json& parent, std::string_view key,
                                         const std::string& path, bool required, std::size_t maxItems) {
    const auto* m = member(parent, key, path, required);
    if (!m) return nullptr;
    if (!m->is_array()) {
        error(jsonPathChild(path, key), "expected an array, found " + typeName(*m));
        return nullptr;
    }
    if (m->size() > maxItems) {
        error(jsonPathChild(path, key), "more than " + std::to_string(maxItems) + " items");
        return nullptr;
    }
    return m;
}

std::optional<std::string> JsonChecker::stringValue(const nlohmann::json& value, const std::string& path,
                                                    std::size_t maxLength) {
    if (!value.is_string()) {
        error(path, "expected a string, found " + typeName(value));
        return std::nullopt;
    }
    const auto& s = value.get_ref<const std::string&>();
    if (s.size() > maxLength) {
        error(path, "longer than " + std::to_string(maxLength) + " characters");
        return std::nullopt;
    }
    return s;
}

std::optional<std::string> JsonChecker::string(const nlohmann::json& parent, std::string_view key,
                                               const std::string& path, bool required, std::size_t maxLength) {
    const auto* m = member(parent, key, path, required);
    if (!m) return std::nullopt;
    return stringValue(*m, jsonPathChild(path, key), maxLength);
}

std::optional<double> JsonChecker::number(const nlohmann::json& parent, std::string_view key,
                                          const std::string& path, bool required) {
    const auto* m = member(parent, key, path, required);
    if (!m) return std::nullopt;
    if (!m->is_number()) {
        error(jsonPathChild(path, key), "expected a number, found " + typeName(*m));
        return std::nullopt;
    }
    return m->get<double>();
}

std::optional<bool> JsonChecker::boolean(const nlohmann::json& parent, std::string_view key,
                                         const std::string& path, bool required) {
    const auto* m = member(parent, key, path, required);
    if (!m) return std::nullopt;
    if (!m->is_boolean()) {
        error(jsonPathChild(path, key), "expected true or false, found " + typeName(*m));
        return std::nullopt;
    }
    return m->get<bool>();
}

std::vector<std::string> JsonChecker::stringArray(const nlohmann::json& parent, std::string_view key,
                                                  const std::string& path, bool required, std::size_t maxItems) {
    std::vector<std::string> out;
    const auto* a = array(parent, key, path, required, maxItems);
    if (!a) return out;
    const auto arrayPath = jsonPathChild(path, key);
    for (std::size_t i = 0; i < a->size(); ++i) {
        if (auto s = stringValue((*a)[i], jsonPathIndex(arrayPath, i))) out.push_back(std::move(*s));
    }
    return out;
}

}  // namespace stackls::knowledge
