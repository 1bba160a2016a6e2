// Manifest kinds come from file names only.
#include <catch2/catch.hpp>

#include "knowledge/manifest/manifest_kind.h"

using stackls::manifest::ManifestKind;
using stackls::manifest::manifestKindForPath;

TEST_CASE("manifest kinds by file name", "[kind]") {
    const std::vector<std::pair<const char*, std::optional<ManifestKind>>> rows = {
        {"package.json", ManifestKind::PackageJson},
        {"/w/app/package.json", ManifestKind::PackageJson},
        {"C:\\w\\package.json", ManifestKind::PackageJson},
        {"requirements.txt", ManifestKind::Requirements},
        {"requirements-dev.txt", ManifestKind::Requirements},
        {"requirements_test.txt", ManifestKind::Requirements},
        {"dev-requirements.txt", ManifestKind::Requirements},
        {"test-requirements.txt", ManifestKind::Requirements},
        {"requirements_dev.txt", ManifestKind::Requirements},
        {"docs-requirements.in", ManifestKind::Requirements},
        {"/w/requirements/dev.txt", ManifestKind::Requirements},
        {"setup.cfg", ManifestKind::SetupCfg},
        {"/w/lib/setup.cfg", ManifestKind::SetupCfg},
        {"setup.py", std::nullopt},
        {"tox.ini", std::nullopt},
        {"/w/requirements/base.txt", ManifestKind::Requirements},
        {"requirements.in", ManifestKind::Requirements},
        {"dev.in", ManifestKind::Requirements},
        {"constraints.txt", ManifestKind::Requirements},
        {"constraints-3.11.txt", ManifestKind::Requirements},
        {"pyproject.toml", ManifestKind::PyProject},
        {"Pipfile", ManifestKind::Pipfile},
        {".stackls.json", ManifestKind::StacklsConfig},
        {"notes.txt", std::nullopt},
        {"MANIFEST.in", std::nullopt},
        {"Makefile.in", std::nullopt},
        {"config.h.in", std::nullopt},
        {"package.json.bak", std::nullopt},
        {"Package.json", std::nullopt},
        {"", std::nullopt},
    };
    for (const auto& [path, kind] : rows) {
        INFO(path);
        CHECK(manifestKindForPath(path) == kind);
    }
}
