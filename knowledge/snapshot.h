// A compact binary form of a validated KnowledgeBase: written at build time, read at start-up.
//
// The build validates knowledge/data/*.json with loadKnowledge() once and embeds the
// result in this form, so the server pays for copying strings, not for parsing and
// checking JSON, the first time it needs the knowledge base.
#pragma once

#include <string>
#include <string_view>

#include "knowledge/knowledge_base.h"

namespace stackls::knowledge {

std::string writeSnapshot(const KnowledgeBase& kb);

// Throws std::runtime_error when the bytes are not a complete snapshot of this version
// (a build defect: the embedded snapshot is generated together with this code).
KnowledgeBase readSnapshot(std::string_view bytes);

}  // namespace stackls::knowledge
