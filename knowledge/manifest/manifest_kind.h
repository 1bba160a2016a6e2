// Which manifest a path names, decided by the file name alone (editors send unreliable languageIds).
#pragma once

#include <optional>
#include <string_view>

namespace stackls::manifest {

enum class ManifestKind { PackageJson, Requirements, PyProject, Pipfile, SetupCfg, StacklsConfig };

// Recognises package.json; every requirements spelling (`*requirements*.txt` and `*.in`:
// requirements-dev.txt, dev-requirements.txt, requirements_test.txt, test-requirements.txt),
// requirements/*.txt, *.in (pip-tools), constraints*.txt; pyproject.toml; Pipfile; setup.cfg;
// .stackls.json. setup.py is not a manifest: it is a program, and stackls never runs it.
// Accepts '/' and '\' separators; never looks at the file's content.
std::optional<ManifestKind> manifestKindForPath(std::string_view path);

// "package.json", "requirements", ... for logs and the CLI.
std::string_view manifestKindName(ManifestKind kind);

}  // namespace stackls::manifest
