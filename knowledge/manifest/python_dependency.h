// What pyproject.toml, Pipfile and setup.cfg share: PEP 508 strings as PythonDependency, dev-group names.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "knowledge/manifest/model.h"

namespace stackls::manifest {

// Reads one PEP 508 string (marker included) as packaging 21.3 does. `start` is where the
// string's first byte stands in the file when it is written there verbatim; without it the
// name range and problems fall back to `token`, the whole string token. Returns nullopt when
// no name can be read (a Problem says why). Problems get no line: the caller sets it.
std::optional<PythonDependency> readPep508Dependency(std::string_view value, std::optional<std::size_t> start,
                                                     ByteRange token, std::vector<Problem>& problems);

// Parses and normalises a PEP 508 marker expression (packaging's str(Marker)); nullopt and a
// message when it is not valid.
std::optional<std::string> normalizeMarker(std::string_view marker, std::string* error = nullptr);

// Checks a PEP 440 specifier set ("", ">=1,<2", "==1.*") and returns it without whitespace.
std::optional<std::string> normalizeSpecifier(std::string_view specifier, std::string* error = nullptr);

// A group or extra named for development work ("dev", "test", "docs", "lint", ...), by the
// conventions projects follow; used where the format itself does not say.
bool isDevelopmentGroupName(std::string_view name);

}  // namespace stackls::manifest
