// Dotted-key lookup over the settings section with type-checked fallbacks.
#include "server/lsp/settings.h"

#include <cstdint>

namespace stackls::server {
namespace {

const nlohmann::json& nullJson() {
    static const nlohmann::json value = nullptr;
    return value;
}

}  // namespace

void Settings::replace(nlohmann::json section) {
    section_ = section.is_object() ? std::move(section) : nlohmann::json::object();
}

nlohmann::json Settings::sectionFrom(const nlohmann::json& settings) {
    if (settings.is_object()) {
        const auto it = settings.find("stackls");
        if (it != settings.end()) return *it;
    }
    return nullptr;
}

const nlohmann::json& Settings::get(std::string_view key) const {
    // Try the flat key first, then walk the dotted path through nested objects, at
    // each level also trying the remaining path as one flat key.
    const nlohmann::json* node = &section_;
    std::string_view rest = key;
    while (node->is_object()) {
        if (const auto it = node->find(std::string(rest)); it != node->end()) return *it;
        const std::size_t dot = rest.find('.');
        if (dot == std::string_view::npos) break;
        const auto it = node->find(std::string(rest.substr(0, dot)));
        if (it == node->end()) break;
        node = &*it;
        rest.remove_prefix(dot + 1);
    }
    return nullJson();
}

bool Settings::getBool(std::string_view key, bool fallback) const {
    const auto& v = get(key);
    return v.is_boolean() ? v.get<bool>() : fallback;
}

int Settings::getInt(std::string_view key, int fallback) const {
    const auto& v = get(key);
    if (!v.is_number_integer()) return fallback;
    const auto n = v.get<long long>();
    return n < INT32_MIN || n > INT32_MAX ? fallback : static_cast<int>(n);
}

std::string Settings::getString(std::string_view key, const std::string& fallback) const {
    const auto& v = get(key);
    return v.is_string() ? v.get<std::string>() : fallback;
}

std::vector<std::string> Settings::getStringList(std::string_view key) const {
    const auto& v = get(key);
    std::vector<std::string> out;
    if (v.is_string()) {
        out.push_back(v.get<std::string>());
    } else if (v.is_array()) {
        for (const auto& item : v) {
            if (item.is_string()) out.push_back(item.get<std::string>());
        }
    }
    return out;
}

}  // namespace stackls::server
