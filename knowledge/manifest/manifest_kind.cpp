// Maps file names to manifest kinds.
#include "knowledge/manifest/manifest_kind.h"

#include <algorithm>
#include <cctype>
#include <string>

#include "support/ascii.h"

namespace stackls::manifest {

std::optional<ManifestKind> manifestKindForPath(std::string_view path) {
    const auto slash = path.find_last_of("/\\");
    const std::string_view base = slash == std::string_view::npos ? path : path.substr(slash + 1);
    std::string_view parent;
    if (slash != std::string_view::npos) {
        const std::string_view dir = path.substr(0, slash);
        const auto s2 = dir.find_last_of("/\\");
        parent = s2 == std::string_view::npos ? dir : dir.substr(s2 + 1);
    }

    if (base == "package.json") return ManifestKind::PackageJson;
    if (base == "pyproject.toml") return ManifestKind::PyProject;
    if (base == "Pipfile") return ManifestKind::Pipfile;
    if (base == "setup.cfg") return ManifestKind::SetupCfg;
    if (base == ".stackls.json") return ManifestKind::StacklsConfig;

    const std::string name = support::asciiLower(base);
    if (name.ends_with(".txt")) {
        if (name.find("requirements") != std::string::npos || name.starts_with("constraints") || support::asciiLower(parent) == "requirements")
            return ManifestKind::Requirements;
        return std::nullopt;
    }
    if (name.ends_with(".in") && name.size() > 3) {
        // pip-tools inputs are `*.in`, but so are autotools and setuptools templates:
        // MANIFEST.in, Makefile.in, config.h.in (a second extension) are not requirements.
        const std::string_view stem = std::string_view(name).substr(0, name.size() - 3);
        if (stem == "manifest" || stem == "makefile" || stem.find('.') != std::string_view::npos)
            return std::nullopt;
        return ManifestKind::Requirements;
    }
    return std::nullopt;
}

std::string_view manifestKindName(ManifestKind kind) {
    switch (kind) {
        case ManifestKind::PackageJson: return "package.json";
        case ManifestKind::Requirements: return "requirements";
        case ManifestKind::PyProject: return "pyproject.toml";
        case ManifestKind::Pipfile: return "Pipfile";
        case ManifestKind::SetupCfg: return "setup.cfg";
        case ManifestKind::StacklsConfig: return ".stackls.json";
    }
    return "unknown";
}

}  // namespace stackls::manifest
