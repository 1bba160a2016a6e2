// Typed TOML reads with a Problem for each value of the wrong type.
#include "knowledge/manifest/toml_values.h"

#include <algorithm>

#include "knowledge/manifest/python_dependency.h"

namespace stackls::manifest {

void TomlValues::warn(const toml::node& node, std::string message) {
    problems_.push_back(doc_.problem(doc_.range(node.source()), std::move(message), Problem::Severity::Warning));
}

void TomlValues::error(ByteRange range, std::string message) {
    problems_.push_back(doc_.problem(range, std::move(message)));
}

const toml::table* TomlValues::table(const toml::node* node, std::string_view what) {
    if (!node) return nullptr;
    if (const auto* t = node->as_table()) return t;
    warn(*node, std::string(what) + " must be a table");
    return nullptr;
}

const toml::array* TomlValues::array(const toml::node* node, std::string_view what) {
    if (!node) return nullptr;
    if (const auto* a = node->as_array()) return a;
    warn(*node, std::string(what) + " must be an array");
    return nullptr;
}

std::optional<Located> TomlValues::string(const toml::node* node, std::string_view what) {
    if (!node) return std::nullopt;
    if (auto s = doc_.string(node)) return s;
    warn(*node, std::string(what) + " must be a string");
    return std::nullopt;
}

std::vector<Located> TomlValues::strings(const toml::node* node, std::string_view what) {
    std::vector<Located> out;
    if (const auto* a = array(node, what))
        for (const auto& element : *a)
            if (auto s = string(&element, std::string(what) + " entries")) out.push_back(std::move(*s));
    return out;
}

std::vector<Located> TomlValues::stringOrStrings(const toml::node* node, std::string_view what) {
    if (node && node->is_string()) return {*doc_.string(node)};
    if (node && !node->is_array()) {
        warn(*node, std::string(what) + " must be a string or an array of strings");
        return {};
    }
    return strings(node, what);
}

std::optional<bool> TomlValues::boolean(const toml::node* node, std::string_view what) {
    if (!node) return std::nullopt;
    if (const auto* b = node->as_boolean()) return b->get();
    warn(*node, std::string(what) + " must be true or false");
    return std::nullopt;
}

ByteRange TomlValues::entryRange(const toml::key& key, const toml::node& value) const {
    const ByteRange k = doc_.range(key.source()), v = doc_.range(value.source());
    return {std::min(k.begin, v.begin), std::max(k.end, v.end)};
}

std::optional<PythonDependency> TomlValues::pep508(const toml::node& node, std::string_view what) {
    const auto* s = node.as_string();
    if (!s) {
        warn(node, std::string(what) + " entries must be PEP 508 strings");
        return std::nullopt;
    }
    const ByteRange token = doc_.range(node.source());
    const std::size_t first = problems_.size();
    auto d = readPep508Dependency(s->get(), doc_.verbatimStart(node, s->get()), token, problems_);
    for (std::size_t i = first; i < problems_.size(); ++i) problems_[i].line = doc_.lineOf(problems_[i].range.begin);
    if (d) d->section = std::string(what);
    return d;
}

}  // namespace stackls::manifest
