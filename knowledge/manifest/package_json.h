// Reads package.json into PackageJson, tolerating the broken states of a file being typed.
#pragma once

#include <string_view>

#include "knowledge/manifest/model.h"

namespace stackls::manifest {

// Never throws and never fails: whatever is intact is returned, everything npm's strict
// JSON.parse would reject (and every value of the wrong type) becomes a Problem with a
// range. Duplicate keys resolve as JSON.parse does: the last one wins.
// Inputs over the JSON reader's size limit (16 MiB) yield one Problem and nothing else.
PackageJson parsePackageJson(std::string_view text);

std::string_view dependencySectionName(DependencySection section);  // "devDependencies", ...

}  // namespace stackls::manifest
