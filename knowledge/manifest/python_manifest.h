// Readers for pyproject.toml, Pipfile and setup.cfg into the one PythonManifest model.
#pragma once

#include <optional>
#include <string_view>

#include "knowledge/manifest/manifest_kind.h"
#include "knowledge/manifest/model.h"

namespace stackls::manifest {

// Each reader never throws and never fails: what is intact is returned, and everything the
// tool that owns the format would reject, or stackls cannot read, is a Problem with a range.
// Inputs over 16 MiB, nested deeper than 64 levels or with more than 200,000 keys yield one
// Problem and nothing else (parsed = false), as does a TOML syntax error.

// [project] (PEP 621), [dependency-groups] (PEP 735), [tool.poetry], [tool.pdm],
// [tool.uv], [tool.stackls]. [build-system] is build tooling and is not read.
PythonManifest parsePyProject(std::string_view text);

// [packages], [dev-packages], [requires].
PythonManifest parsePipfile(std::string_view text);

// [metadata], [options], [options.extras_require]. setup.py is never read or run.
PythonManifest parseSetupCfg(std::string_view text);

PythonManifest parsePythonManifest(PythonManifestKind kind, std::string_view text);

// The PythonManifest kind of a file kind; nullopt for package.json, requirements files and .stackls.json.
std::optional<PythonManifestKind> pythonManifestKind(ManifestKind kind);

// Dependencies and problems in file order (TOML tables come out of toml++ sorted by key).
void sortByPosition(PythonManifest& manifest);

std::string_view pythonManifestKindName(PythonManifestKind kind);  // "pyproject.toml", "Pipfile", "setup.cfg"

}  // namespace stackls::manifest
