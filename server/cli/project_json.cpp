// One project as `stackls check --format json` prints it: findings with LSP-style ranges and byte offsets.
#include "server/cli/project_json.h"

#include "knowledge/report/recommendation_json.h"

namespace stackls::server {

namespace kn = stackls::knowledge;

ProjectPositions::ProjectPositions(const kn::ProjectInput& input) {
    auto add = [&](const kn::TextFile& f) { files_.emplace(f.path, Indexed{f.text, protocol::LineIndex(f.text)}); };
    if (input.packageJson) add(input.packageJson->file);
    for (const auto& r : input.requirements) add(r.file);
    for (const auto& m : input.pythonManifests) add(m.file);
    if (input.config) add(*input.config);
    if (input.userKnowledge) add(*input.userKnowledge);
}

protocol::Position ProjectPositions::at(const std::string& file, std::size_t offset) const {
    // Ranges come in runs on one file (a finding's range, then its fixes' edits).
    if (!last_ || last_->first != file) {
        auto it = files_.find(file);
        if (it == files_.end()) return {};
        last_ = &*it;
    }
    const auto* it = last_;
    return it->second.index.toPosition(it->second.text, offset, protocol::PositionEncoding::Utf16);
}

std::string_view ProjectPositions::lineText(const std::string& file, std::size_t offset) const {
    auto it = files_.find(file);
    if (it == files_.end()) return {};
    std::string_view text = it->second.text;
    offset = std::min(offset, text.size());
    const std::size_t begin = offset == 0 ? 0 : text.rfind('\n', offset - 1) + 1;  // npos + 1 == 0
    const std::size_t end = std::min(text.find('\n', offset), text.size());
    return text.substr(begin, end - begin);
}

void ProjectPositions::writeRange(support::JsonWriter& w, const std::string& file, manifest::ByteRange r) const {
    auto writePosition = [&](protocol::Position p) {
        w.beginObject();
        w.key("line").value(p.line);
        w.key("character").value(p.character);
        w.endObject();
    };
    w.beginObject();
    w.key("start");
    writePosition(at(file, r.begin));
    w.key("end");
    writePosition(at(file, r.end));
    w.endObject();
}

namespace {

void writeOffsets(support::JsonWriter& w, manifest::ByteRange r) {
    w.beginObject();
    w.key("begin").value(r.begin);
    w.key("end").value(r.end);
    w.endObject();
}

double roundedToHundredths(double x) { return std::round(x * 100) / 100; }

}  // namespace

void writeFinding(support::JsonWriter& w, const kn::Finding& f, const ProjectPositions& positions) {
    w.beginObject();
    w.key("rule").value(f.rule);
    w.key("category").value(kn::categoryName(f.category));
    w.key("severity").value(kn::severityName(f.severity));
    w.key("message").value(f.message);
    w.key("file").value(f.file);
    w.key("range");
    positions.writeRange(w, f.file, f.range);
    w.key("offsets");
    writeOffsets(w, f.range);
    w.key("fixes").beginArray();
    for (const auto& fix : f.fixes) {
        w.beginObject();
        w.key("title").value(fix.title);
        w.key("preferred").value(fix.preferred);
        w.key("edits").beginArray();
        for (const auto& e : fix.edits) {
            w.beginObject();
            w.key("file").value(e.file);
            w.key("range");
            positions.writeRange(w, e.file, e.range);
            w.key("offsets");
            writeOffsets(w, e.range);
            w.key("newText").value(e.newText);
            w.endObject();
        }
        w.endArray();
        w.key("createFiles").beginArray();
        for (const auto& c : fix.creations) {
            w.beginObject();
            w.key("file").value(c.file);
            w.key("content").value(c.content);
            w.endObject();
        }
        w.endArray();
        w.endObject();
    }
    w.endArray();
    if (!f.useCase.empty()) w.key("useCase").value(f.useCase);
    if (!f.dependency.empty()) w.key("dependency").value(f.dependency);
    if (!f.refs.empty()) w.key("refs").value(f.refs);
    w.endObject();
}

void writeProjectReport(support::JsonWriter& w, const kn::KnowledgeBase& kb, const kn::ProjectInput& input, const kn::ProjectReport& report) {
    ProjectPositions positions(input);
    w.beginObject();
    w.key("root").value(report.root);
    w.key("stacks").beginArray();
    for (auto t : report.stacks) w.value(kn::techId(t));
    w.endArray();
    w.key("declaredUseCases").value(report.declaredUseCases);
    w.key("declaredIn");
    if (report.declaration) {
        w.beginObject();
        w.key("source").value(kn::declarationOriginName(report.declaration->origin));
        if (!report.declaration->inheritedFrom.empty()) w.key("file").value(report.declaration->inheritedFrom);
        else if (!report.declaration->file.empty()) w.key("file").value(report.declaration->file);
        w.endObject();
    } else {
        w.null();
    }
    w.key("inferredUseCases").beginArray();
    for (const auto& u : report.inferredUseCases) {
        const auto* uc = kb.useCase(u.id);
        w.beginObject();
        w.key("id").value(u.id);
        w.key("title").value(uc ? std::string_view(uc->title) : std::string_view(u.id));
        w.key("confidence").value(roundedToHundredths(u.confidence));
        w.key("evidence").beginArray();
        for (const auto& e : u.evidence) {
            w.beginObject();
            w.key("kind").value(kn::evidenceKindName(e.kind));
            w.key("text").value(e.text);
            w.key("file").value(e.file);
            w.key("range");
            positions.writeRange(w, e.file, e.range);
            w.key("weight").value(roundedToHundredths(e.weight));
            w.endObject();
        }
        w.endArray();
        w.endObject();
    }
    w.endArray();
    w.key("findings").beginArray();
    for (const auto& f : report.findings) writeFinding(w, f, positions);
    w.endArray();
    w.key("recommendation");
    if (report.recommendation) kn::writeRecommendation(w, kb, *report.recommendation);
    else w.null();
    w.key("ignoredRules").value(report.ignoredRules);
    w.endObject();
}

}  // namespace stackls::server
