// Typed reads from untrusted JSON that record an error with a JSON path instead of throwing.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace stackls::knowledge {

// A problem in a knowledge file: which file, where in it ("$.useCases[3].fit.node"), what.
struct LoadError {
    std::string file;
    std::string path;
    std::string message;
    std::string toString() const;  // "file: $.a.b: message"
};

// Appends `key` or `[i]` to a JSON path; keys that are not plain identifiers are quoted.
std::string jsonPathChild(const std::string& path, std::string_view key);
std::string jsonPathIndex(const std::string& path, std::size_t i);

// Parses `text` with nlohmann/json after checking size and depth; on failure records an
// error (with line and column for syntax errors) and returns nullopt.
std::optional<nlohmann::json> parseCheckedJson(std::string_view text, const std::string& file,
                                               std::vector<LoadError>& errors, std::size_t maxBytes,
                                               std::size_t maxDepth = 64);

class JsonChecker {
public:
    JsonChecker(std::string file, std::vector<LoadError>& errors) : file_(std::move(file)), errors_(errors) {}

    void error(const std::string& path, std::string message);
    std::size_t errorCount() const { return errors_.size(); }
    const std::string& file() const { return file_; }

    // Each returns nullptr/nullopt, after recording an error, when a required member is
    // missing or any present member has the wrong type. Strings longer than maxLength are errors.
    const nlohmann::json* object(const nlohmann::json& parent, std::string_view key, const std::string& path,
                                 bool required = true);
    const nlohmann::json* array(const nlohmann::json& parent, std::string_view key, const std::string& path,
                                bool required = true, std::size_t maxItems = 10000);
    std::optional<std::string> string(const nlohmann::json& parent, std::string_view key, const std::string& path,
                                      bool required = true, std::size_t maxLength = 2000);
    std::optional<double> number(const nlohmann::json& parent, std::string_view key, const std::string& path,
                                 bool required = true);
    std::optional<bool> boolean(const nlohmann::json& parent, std::string_view key, const std::string& path,
                                bool required = true);
    // A value that must itself be a string (array items).
    std::optional<std::string> stringValue(const nlohmann::json& value, const std::string& path,
                                           std::size_t maxLength = 2000);
    std::vector<std::string> stringArray(const nlohmann::json& parent, std::string_view key, const std::string& path,
                                         bool required = true, std::size_t maxItems = 1000);

private:
    const nlohmann::json* member(const nlohmann::json& parent, std::string_view key, const std::string& path,
                                 bool required);

    std::string file_;
    std::vector<LoadError>& errors_;
};

}  // namespace stackls::knowledge
