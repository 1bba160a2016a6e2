// Reads a pip requirements file (pip's requirements-file format, PEP 508/440/503) into RequirementsFile.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "knowledge/manifest/model.h"

namespace stackls::manifest {

// PEP 503: runs of '-', '_' and '.' become one '-', then lower case ("Foo.Bar_baz" → "foo-bar-baz").
std::string normalizePackageName(std::string_view name);

struct RequirementsOptions {
    // Looks up ${NAME} references the way pip does (only [A-Z0-9_]+ names are expanded).
    // Unset or empty variables are left as written and reported as a Warning.
    // When empty, the process environment is used, like pip.
    std::function<std::optional<std::string>(std::string_view)> environment;
};

// Never throws. One entry per logical line that pip would act on; lines pip rejects get a
// Problem at the offending range (and an entry only if something useful is still known,
// e.g. the name of a requirement whose version is half typed). Includes (-r/-c) are
// recorded as entries but not followed: see requirement_includes.h.
RequirementsFile parseRequirements(std::string_view text);
RequirementsFile parseRequirements(std::string_view text, const RequirementsOptions& options);

std::string_view requirementKindName(RequirementKind kind);  // "requirement", "include", ...

}  // namespace stackls::manifest
