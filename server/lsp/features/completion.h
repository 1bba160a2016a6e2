// textDocument/completion: use-case ids inside declarations and catalogue package names in dependency lists.
#pragma once

#include <cstddef>
#include <string_view>

#include "knowledge/manifest/manifest_kind.h"

namespace stackls::server {

class Analysis;
class Server;

enum class CompletionTarget { None, UseCaseId, NpmPackage, PypiPackage };

// What may be completed at a cursor, read from the text alone (it is usually mid-edit and
// not valid JSON): the byte range a chosen item replaces, and whether the item must bring
// its own quotes (a JSON value position with no string started yet).
struct CompletionSite {
    CompletionTarget target = CompletionTarget::None;
    std::size_t begin = 0;
    std::size_t end = 0;
    bool quote = false;
};

CompletionSite completionSite(manifest::ManifestKind kind, std::string_view text, std::size_t offset);

void registerCompletion(Server& server, Analysis& analysis);

}  // namespace stackls::server
