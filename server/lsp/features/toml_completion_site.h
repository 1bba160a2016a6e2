// Where a completion applies in a pyproject.toml or Pipfile being typed, read from the text alone.
#pragma once

#include <cstddef>
#include <string_view>

#include "server/lsp/features/completion.h"

namespace stackls::server {

// Use-case ids in [tool.stackls] useCase (a string or an array of strings); PyPI names in
// dependency arrays ([project] dependencies, optional-dependencies, [dependency-groups],
// [tool.uv] / [tool.pdm] dev-dependencies) and as keys of Poetry and Pipfile tables.
// The text is usually not valid TOML here, so it is read line by line around the cursor.
CompletionSite tomlCompletionSite(std::string_view text, std::size_t offset);

}  // namespace stackls::server
