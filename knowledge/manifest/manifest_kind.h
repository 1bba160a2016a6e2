// Which manifest a path names, decided by the file name alone (editors send unreliable languageIds).
#pragma once

#include <optional>
#include <string_view>

namespace stackls::manifest {

enum class ManifestKind { PackageJson, Requirements, PyProject, Pipfile, StacklsConfig };

// Recognises package.json; requirements.txt, requirements*.txt, requirements/*.txt,
// *.in (pip-tools), constraints*.txt; pyproject.toml; Pipfile; .stackls.json.
// Accepts '/' and '\' separators; never looks at the file's content.
std::optional<ManifestKind> manifestKindForPath(std::string_view path);

// "package.json", "requirements", ... for logs and the CLI.
std::string_view manifestKindName(ManifestKind kind);

}  // namespace stackls::manifest
