// The user's "stackls" settings section. Every getter takes the default, so a missing
// or mistyped key means "default", never "off" (Eglot always sends {"settings":{}}).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace stackls::server {

class Settings {
public:
    // Replaces everything; a non-object (null, {}, garbage) means all defaults.
    void replace(nlohmann::json section);

    // Keys are dotted paths ("inlayHints.enable"); both nested objects and flat
    // dotted keys as VS Code may write them are found.
    bool getBool(std::string_view key, bool fallback) const;
    int getInt(std::string_view key, int fallback) const;
    std::string getString(std::string_view key, const std::string& fallback) const;
    std::vector<std::string> getStringList(std::string_view key) const;
    // The raw value at `key`, or null.
    const nlohmann::json& get(std::string_view key) const;

    const nlohmann::json& section() const { return section_; }

    // Picks the "stackls" section out of whatever a client pushed: {"stackls": {...}}
    // yields the inner object; anything else yields null (defaults).
    static nlohmann::json sectionFrom(const nlohmann::json& settings);

private:
    nlohmann::json section_ = nlohmann::json::object();
};

}  // namespace stackls::server
