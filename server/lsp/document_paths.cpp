// Document URIs as canonical paths, with a place that cannot exist for documents without a file.
#include "server/lsp/document_paths.h"

#include <functional>
#include <system_error>

#include "knowledge/manifest/manifest_kind.h"
#include "server/lsp/uri.h"

namespace stackls::server {

namespace fs = std::filesystem;

namespace {

// Where documents without a file (untitled:package.json) live: a folder that cannot exist,
// so each is a project of its own and nothing is ever read from or created there.
const fs::path& syntheticBase() {
    static const fs::path base = "/\x01stackls-unsaved";
    return base;
}

}  // namespace

bool isSynthetic(const fs::path& p) {
    return p.native().rfind(syntheticBase().native() + fs::path::preferred_separator, 0) == 0;
}

fs::path canonicalPath(const fs::path& p) {
    if (isSynthetic(p)) return p;  // not on disk (and Windows would put a drive in front)
    std::error_code ec;
    auto c = fs::weakly_canonical(p, ec);
    return ec ? p.lexically_normal() : c;
}

std::optional<fs::path> pathOfUri(const std::string& uri) {
    auto p = uriToPath(uri);
    if (p && fs::path(*p).has_root_directory()) return canonicalPath(*p);
    if (p) return std::nullopt;
    // Not a file: URI. A manifest by name is still analysed, alone.
    auto name = uriFileName(uri);
    if (name.empty() || name == "." || name == ".." || !manifest::manifestKindForPath(name)) return std::nullopt;
    return syntheticBase() / std::to_string(std::hash<std::string>{}(uri)) / name;
}

}  // namespace stackls::server
