// The knowledge data compiled in: the JSON files (embed.cmake) and their validated snapshot (snapshot_tool/).
#pragma once

#include <string_view>
#include <vector>

namespace stackls::knowledge {

struct EmbeddedFile {
    std::string_view name;  // file name inside knowledge/data/
    std::string_view text;
};

// The JSON text of knowledge/data/*.json. Only the tests use it, so
// a server binary that never calls it does not link it in.
const std::vector<EmbeddedFile>& embeddedDataFiles();

// writeSnapshot() of loadKnowledge(embeddedDataFiles()), made by the build.
std::string_view embeddedSnapshot();

}  // namespace stackls::knowledge
