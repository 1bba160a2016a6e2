// The recommendation's JSON shape, shared by the CLI and the language server.
#include "knowledge/report/recommendation_json.h"

#include <optional>

#include "support/json_tree_writer.h"

namespace stackls::knowledge {

namespace {

// Each function below is written once for both writers: support::JsonWriter streams the
// text, support::JsonTreeWriter builds the tree.
template <class Writer>
void writePerSide(Writer& w, double node, double python) {
    w.beginObject();
    w.key("node").value(node);
    w.key("python").value(python);
    w.endObject();
}

template <class Writer>
void writeTechOrNull(Writer& w, const std::optional<Tech>& tech) {
    if (tech) w.value(techId(*tech));
    else w.null();
}

// The one definition of the recommendation's JSON shape.
template <class Writer>
void writeRecommendationAs(Writer& w, const KnowledgeBase& kb, const Recommendation& rec) {
    w.beginObject();
    w.key("stack").value(stackChoiceName(rec.stack));
    w.key("current");
    writeTechOrNull(w, rec.current);
    w.key("keepsCurrent").value(rec.keepsCurrent);
    w.key("useCases").value(rec.useCases);
    w.key("scores");
    writePerSide(w, rec.scores[0], rec.scores[1]);
    w.key("summary").value(rec.summary);
    w.key("split").beginObject();
    w.key("node").value(rec.split[0]);
    w.key("python").value(rec.split[1]);
    w.key("either").value(rec.either);
    w.endObject();
    w.key("perUseCase").beginArray();
    for (const auto& u : rec.perUseCase) {
        w.beginObject();
        w.key("id").value(u.id);
        w.key("title").value(u.title);
        w.key("fit").beginObject();
        w.key("node").value(fitLevelName(u.fit[0]));
        w.key("python").value(fitLevelName(u.fit[1]));
        w.endObject();
        w.key("scores");
        writePerSide(w, u.score[0], u.score[1]);
        w.key("preferred");
        writeTechOrNull(w, u.preferred);
        w.endObject();
    }
    w.endArray();
    w.key("dimensions").beginArray();
    for (const auto& d : rec.dimensions) {
        w.beginObject();
        w.key("id").value(d.id);
        w.key("title").value(d.title);
        w.key("node").value(d.score[0]);
        w.key("python").value(d.score[1]);
        w.key("weight").value(d.weight);
        w.endObject();
    }
    w.endArray();
    w.key("reasons").beginArray();
    for (const auto& r : rec.reasons) {
        w.beginObject();
        w.key("useCase").value(r.useCase);
        w.key("favours");
        writeTechOrNull(w, r.favours);
        w.key("text").value(r.text);
        w.key("citations").beginArray();
        for (const auto& c : r.citations) {
            w.beginObject();
            w.key("ref").value(c.ref);
            w.key("label").value(c.label);
            w.key("source").beginObject();
            w.key("doc").value(c.source.doc);
            w.key("section").value(c.source.section);
            w.endObject();
            w.endObject();
        }
        w.endArray();
        w.endObject();
    }
    w.endArray();
    w.key("mitigations").beginArray();
    for (const auto& m : rec.mitigations) {
        w.beginObject();
        w.key("useCase").value(m.useCase);
        w.key("technology").value(techId(m.tech));
        w.key("text").value(m.text);
        w.key("packages").value(m.packages);
        w.endObject();
    }
    w.endArray();
    w.key("source").beginObject();
    w.key("doc").value("nodejs-vs-python");
    w.key("title").value(kb.sourceTitle);
    w.endObject();
    w.endObject();
}

}  // namespace

void writeRecommendation(support::JsonWriter& w, const KnowledgeBase& kb, const Recommendation& rec) {
    writeRecommendationAs(w, kb, rec);
}

nlohmann::json recommendationToJson(const KnowledgeBase& kb, const Recommendation& rec) {
    support::JsonTreeWriter w;
    writeRecommendationAs(w, kb, rec);
    return w.take();
}

}  // namespace stackls::knowledge
