// The built-in knowledge base, read from the snapshot the build validated and embedded.
#include "knowledge/embedded_data.h"
#include "knowledge/loader.h"
#include "knowledge/snapshot.h"

namespace stackls::knowledge {

const KnowledgeBase& builtinKnowledge() {
    static const KnowledgeBase kb = readSnapshot(embeddedSnapshot());
    return kb;
}

}  // namespace stackls::knowledge
