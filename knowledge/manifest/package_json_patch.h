// Brings a package.json model up to date after an edit inside one of its strings, without
// reading the file again: typing a dependency's name or version in a 5 MB manifest then
// costs a pass over the model's ranges, not a parse of the whole text.
#pragma once

#include <string_view>

#include "knowledge/manifest/model.h"
#include "knowledge/manifest/text_change.h"

namespace stackls::manifest {

// `model` is parsePackageJson(oldText) and `newText` is oldText with `change` applied. When
// the change stays strictly inside one string, either one the model stores (a dependency's
// name or version, "name", "description", a keyword) or one inside a member the model does
// not read ("scripts", "exports"…), and cannot change the document's structure or its
// problems, updates `model` to exactly what parsePackageJson(newText) returns and answers
// true. Otherwise answers false and leaves `model` untouched: the caller reads the file again.
bool patchPackageJson(PackageJson& model, std::string_view oldText, std::string_view newText, const TextChange& change);

}  // namespace stackls::manifest
