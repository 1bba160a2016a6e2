// Poetry version constraints (^, ~, *, wildcards, `,`/space AND, `||` OR) converted to PEP 440.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace stackls::manifest {

// One AND-ed list of PEP 440 clauses per `||` alternative, following poetry-core:
//   ^1.2.3 → >=1.2.3,<2.0.0   ^0.2.3 → >=0.2.3,<0.3.0   ^0.0.3 → >=0.0.3,<0.0.4   ^0 → >=0,<1
//   ~1.2.3 → >=1.2.3,<1.3.0   ~1 → >=1,<2   1.2.* / 1.2.x → ==1.2.*   1.2.3 → ==1.2.3   * → (any)
// The upper bound keeps the precision written (^1.2 → <2.0). nullopt and `error` when a
// clause is not a version constraint.
std::optional<std::vector<std::vector<std::string>>> poetryConstraintAlternatives(std::string_view constraint,
                                                                                  std::string* error = nullptr);

// The constraint as one PEP 440 specifier set ("" for any version). PEP 440 has no OR: an
// alternative becomes the span from the first alternative's lower bound to the last one's
// upper bound (Poetry projects write them in ascending order, `^2.0 || ^3.0` → >=2.0,<4.0).
std::optional<std::string> poetryConstraintToPep440(std::string_view constraint, std::string* error = nullptr);

// A Poetry `python = "..."` restriction as a PEP 508 marker expression on python_version
// (python_full_version for three-part versions), alternatives joined with `or`; "" for any.
std::optional<std::string> poetryPythonMarker(std::string_view constraint, std::string* error = nullptr);

}  // namespace stackls::manifest
