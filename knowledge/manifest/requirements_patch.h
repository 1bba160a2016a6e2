// Brings a requirements file's model up to date after an edit inside one requirement line,
// without reading the file again: only that line is read anew.
#pragma once

#include <string_view>

#include "knowledge/manifest/model.h"
#include "knowledge/manifest/text_change.h"

namespace stackls::manifest {

// `model` is parseRequirements(oldText) (its Requirement entries kept: not a constraints-only
// file) and `newText` is oldText with `change` applied. When the change stays inside one
// physical line that is a whole logical line (no continuation, no ${VAR}, no stackls comment)
// holding a requirement or nothing, before and after (problems on that line, as a line being
// typed has, are read again with it), updates `model` to exactly what
// parseRequirements(newText) returns and answers true. Otherwise answers false and leaves
// `model` untouched.
bool patchRequirements(RequirementsFile& model, std::string_view oldText, std::string_view newText,
                       const TextChange& change);

}  // namespace stackls::manifest
