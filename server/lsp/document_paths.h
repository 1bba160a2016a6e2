// Where the language server finds a document on disk: canonical paths for file: URIs, and a
// folder that cannot exist for documents without a file (untitled:package.json).
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace stackls::server {

// Editors name the same file through symlinked folders (/tmp, home links); discovery works
// on canonical paths, so documents are compared in that form too.
std::filesystem::path canonicalPath(const std::filesystem::path& p);

// True for the path of a document without a file: nothing is read from or created there.
bool isSynthetic(const std::filesystem::path& p);

// The canonical path of a file: URI; for another scheme naming a manifest by its file name,
// a path of its own under the synthetic folder; nullopt otherwise.
std::optional<std::filesystem::path> pathOfUri(const std::string& uri);

}  // namespace stackls::server
