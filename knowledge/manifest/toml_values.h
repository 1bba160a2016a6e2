// Typed reads from a TomlDocument that turn a value of the wrong type into a Problem.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "knowledge/manifest/model.h"
#include "knowledge/manifest/toml_document.h"

namespace stackls::manifest {

class TomlValues {
public:
    TomlValues(const TomlDocument& doc, std::vector<Problem>& problems) : doc_(doc), problems_(problems) {}

    const TomlDocument& doc() const { return doc_; }

    // `what` names the value in messages ("project.keywords"). Absent values are not problems.
    const toml::table* table(const toml::node* node, std::string_view what);
    const toml::array* array(const toml::node* node, std::string_view what);
    std::optional<Located> string(const toml::node* node, std::string_view what);
    std::vector<Located> strings(const toml::node* node, std::string_view what);
    // A string or an array of strings (useCase = "api" or ["api", "cli"]).
    std::vector<Located> stringOrStrings(const toml::node* node, std::string_view what);
    std::optional<bool> boolean(const toml::node* node, std::string_view what);

    // From the key through the value (a table header's key and its header, a dotted key...).
    ByteRange entryRange(const toml::key& key, const toml::node& value) const;

    // A PEP 508 string from an array into a dependency, with the name's exact range.
    std::optional<PythonDependency> pep508(const toml::node& node, std::string_view what);

    void warn(const toml::node& node, std::string message);
    void error(ByteRange range, std::string message);

private:
    const TomlDocument& doc_;
    std::vector<Problem>& problems_;
};

}  // namespace stackls::manifest
