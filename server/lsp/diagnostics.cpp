// Publishes every open manifest's findings after each recompute of its project, or answers pulls.
#include "server/lsp/diagnostics.h"

#include <algorithm>
#include <map>
#include <memory>
#include <string_view>
#include <tuple>

#include <spdlog/spdlog.h>

#include "protocol/json_read.h"
#include "server/lsp/server.h"
#include "support/json_text.h"

namespace stackls::server {

namespace kn = stackls::knowledge;

namespace {

constexpr std::size_t kMaxRelated = 8;

bool sameSubject(const kn::Finding& a, const kn::Finding& b) {
    return a.rule == b.rule && a.file == b.file && a.useCase == b.useCase && a.dependency == b.dependency;
}

std::string str(const nlohmann::json& j, const char* key) {
    auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

nlohmann::json location(const ProjectState& project, const std::string& fileName, manifest::ByteRange r,
                        protocol::PositionEncoding enc) {
    const ProjectFile* f = project.fileNamed(fileName);
    if (!f) return nullptr;
    nlohmann::json j(nlohmann::json::value_t::object);
    j["uri"] = f->uri;
    j["range"] = protocol::toJson(f->range(r, enc));
    return j;
}

// The spec makes relatedInformation opt-in (publishDiagnostics.relatedInformation); a
// client that did not ask for it would only parse and drop it, on every keystroke.
bool relatedInformationSupported(const Server& server) {
    return protocol::json_read::flag(server.clientCapabilities().raw,
                                     {"textDocument", "publishDiagnostics", "relatedInformation"});
}

// Where the finding's claim comes from: the declaration it judges, the dependencies that
// made a use case likely.
nlohmann::json relatedInformation(const Server& server, const ProjectState& project, const kn::Finding& finding) {
    const auto enc = server.positionEncoding();
    nlohmann::json related = nlohmann::json::array();
    const auto& report = project.report;
    if (report.declaration && !report.declaration->file.empty() &&
        !(report.declaration->file == finding.file && report.declaration->range == finding.range) &&
        (finding.rule == kn::rule::kDependencyAgainstStack || finding.rule == kn::rule::kConflictingDeclarations)) {
        auto loc = location(project, report.declaration->file, report.declaration->range, enc);
        if (!loc.is_null()) related.push_back({{"location", loc}, {"message", "the use case is declared here"}});
    }
    if (!finding.useCase.empty()) {
        for (const auto& inferred : report.inferredUseCases) {
            if (inferred.id != finding.useCase) continue;
            for (const auto& e : inferred.evidence) {
                if (related.size() >= kMaxRelated) break;
                if (e.file == finding.file && e.range == finding.range) continue;
                auto loc = location(project, e.file, e.range, enc);
                if (loc.is_null()) continue;
                related.push_back({{"location", loc},
                                   {"message", std::string(kn::evidenceKindName(e.kind)) + " \"" + e.text +
                                                   "\" points to " + finding.useCase}});
            }
        }
    }
    return related;
}

bool pullMode(const Server& server) { return server.clientCapabilities().pullDiagnostics; }

bool refreshSupported(const Server& server) {
    return protocol::json_read::flag(server.clientCapabilities().raw, {"workspace", "diagnostics", "refreshSupport"});
}

// Each finding's ordinal among those sharing its subject (see diagnostics.h), in one pass:
// counting per finding would rescan the report for every diagnostic.
std::vector<int> subjectOrdinals(const ProjectState& project) {
    using Subject = std::tuple<std::string_view, std::string_view, std::string_view, std::string_view>;
    std::map<Subject, int> seen;
    std::vector<int> out;
    out.reserve(project.report.findings.size());
    for (const auto& f : project.report.findings) out.push_back(seen[Subject{f.rule, f.file, f.useCase, f.dependency}]++);
    return out;
}

void writePosition(support::JsonTextWriter& w, const protocol::Position& p) {
    w.beginObject();
    w.key("line").value(static_cast<long long>(p.line));
    w.key("character").value(static_cast<long long>(p.character));
    w.endObject();
}

void writeRange(support::JsonTextWriter& w, const protocol::Range& r) {
    w.beginObject();
    w.key("start");
    writePosition(w, r.start);
    w.key("end");
    writePosition(w, r.end);
    w.endObject();
}

// The one writer of a finding as an LSP Diagnostic. `data` carries the finding's subject
// and its ordinal among findings sharing it (see diagnostics.h).
void writeDiagnostic(support::JsonTextWriter& w, const Server& server, const ProjectState& project,
                     const ProjectFile& file, const kn::Finding& f, kn::Severity severity, int ordinal, bool related) {
    w.beginObject();
    w.key("range");
    writeRange(w, file.range(f.range, server.positionEncoding()));
    w.key("severity").value(static_cast<int>(severity));
    w.key("code").value(f.rule);
    w.key("source").value("stackls");
    w.key("message").value(f.message);
    w.key("data").beginObject();
    w.key("rule").value(f.rule);
    w.key("file").value(f.file);
    w.key("ordinal").value(ordinal);
    if (!f.useCase.empty()) w.key("useCase").value(f.useCase);
    if (!f.dependency.empty()) w.key("dependency").value(f.dependency);
    w.endObject();
    if (related) {
        // Opt-in and rare (clients that show it pull instead): the tree builder is fine here.
        auto items = relatedInformation(server, project, f);
        if (!items.empty()) w.key("relatedInformation").raw(protocol::serialize(items));
    }
    w.endObject();
}

// The diagnostics of `file` as a JSON array: what is pushed and what a pull returns.
void writeDiagnostics(support::JsonTextWriter& w, const Server& server, const ProjectState& project,
                      const ProjectFile& file) {
    const bool related = relatedInformationSupported(server);
    const auto ordinals = subjectOrdinals(project);
    w.beginArray();
    const auto& findings = project.report.findings;
    for (std::size_t i = 0; i < findings.size(); ++i) {
        const auto& f = findings[i];
        if (f.file != file.name) continue;
        writeDiagnostic(w, server, project, file, f, f.severity, ordinals[i], related);
    }
    w.endArray();
}

// Room for a typical diagnostic, so the text grows once or twice, not per finding.
std::size_t expectedDiagnosticsBytes(const ProjectState& project) { return 256 + 512 * project.report.findings.size(); }

}  // namespace

std::string publishParamsText(const Server& server, const ProjectState& project, const ProjectFile& file) {
    std::string out;
    out.reserve(expectedDiagnosticsBytes(project));
    support::JsonTextWriter w(out);
    w.beginObject();
    w.key("uri").value(file.uri);
    if (file.version) w.key("version").value(*file.version);
    w.key("diagnostics");
    writeDiagnostics(w, server, project, file);
    w.endObject();
    return out;
}

const kn::Finding* findingForDiagnostic(const ProjectState& project, const ProjectFile& file,
                                        const nlohmann::json& diagnostic, protocol::PositionEncoding enc) {
    if (!diagnostic.is_object()) return nullptr;
    auto data = diagnostic.find("data");
    if (data != diagnostic.end() && data->is_object() && data->contains("rule")) {
        kn::Finding probe;
        probe.rule = str(*data, "rule");
        probe.file = str(*data, "file");
        probe.useCase = str(*data, "useCase");
        probe.dependency = str(*data, "dependency");
        auto ord = data->find("ordinal");
        long ordinal = ord != data->end() && ord->is_number_integer() ? ord->get<long>() : 0;
        if (probe.file != file.name) return nullptr;  // a diagnostic of another document
        for (const auto& f : project.report.findings) {
            if (!sameSubject(f, probe)) continue;
            if (ordinal-- == 0) return &f;
        }
        return nullptr;
    }
    // No data (a client that drops it): the rule id as code, and the range.
    auto code = diagnostic.find("code");
    if (code == diagnostic.end() || !code->is_string()) return nullptr;
    protocol::Range range;
    std::string error;
    auto r = diagnostic.find("range");
    if (r == diagnostic.end() || !protocol::fromJson(*r, range, error)) return nullptr;
    for (const auto& f : project.report.findings) {
        if (f.rule != code->get<std::string>() || f.file != file.name) continue;
        if (protocol::rangesTouch(file.range(f.range, enc), range)) return &f;
    }
    return nullptr;
}

nlohmann::json diagnosticFor(const Server& server, const ProjectState& project, const ProjectFile& file,
                             const kn::Finding& finding, kn::Severity severity) {
    int ordinal = 0;
    for (const auto& f : project.report.findings) {
        if (&f == &finding) break;
        if (sameSubject(f, finding)) ++ordinal;
    }
    std::string text;
    support::JsonTextWriter w(text);
    writeDiagnostic(w, server, project, file, finding, severity, ordinal, relatedInformationSupported(server));
    return nlohmann::json::parse(text);
}

void registerDiagnostics(Server& server, Analysis& analysis) {
    server.addCapabilities([](const protocol::ClientCapabilities& client, nlohmann::json& caps) {
        // Pull-capable clients (VS Code) get pull only: pushing too would show each problem twice.
        if (client.pullDiagnostics) {
            caps["diagnosticProvider"] = {{"identifier", "stackls"}, {"interFileDependencies", true},
                                          {"workspaceDiagnostics", false}};
        }
    });

    // The last version published per document: a client that sends a lower version number
    // after a higher one must not see older results replace newer ones.
    auto published = std::make_shared<std::map<std::string, int>>();
    analysis.onProjectUpdated([&server, published](const ProjectState& project) {
        if (pullMode(server)) {
            if (refreshSupported(server)) server.sendRequest("workspace/diagnostic/refresh", nullptr, [](const auto&) {});
            return;
        }
        for (const auto& file : project.files) {
            if (!file.version) continue;  // only open documents: closing one clears its list
            const Document* doc = server.documents().get(file.uri);
            if (!doc || doc->version != *file.version) continue;  // never publish for an older version
            auto last = published->find(file.uri);
            if (last != published->end() && last->second > *file.version) continue;
            (*published)[file.uri] = *file.version;
            server.sendNotificationText("textDocument/publishDiagnostics", publishParamsText(server, project, file));
        }
    });
    analysis.onDocumentDropped([&server, published](const std::string& uri) {
        published->erase(uri);
        if (pullMode(server)) return;
        server.sendNotification("textDocument/publishDiagnostics",
                                {{"uri", uri}, {"diagnostics", nlohmann::json::array()}});
    });

    // The same text as a push, inside a full report; VS Code asks after every edit.
    server.registerRequest<protocol::TextDocumentParams>(
        "textDocument/diagnostic", [&server, &analysis](const protocol::TextDocumentParams& p, Reply reply) {
            const ProjectState* project = analysis.projectFor(p.textDocument.uri);
            const ProjectFile* file = project ? project->fileWithUri(p.textDocument.uri) : nullptr;
            std::string out;
            if (project) out.reserve(expectedDiagnosticsBytes(*project));
            support::JsonTextWriter w(out);
            w.beginObject();
            w.key("items");
            if (file) {
                writeDiagnostics(w, server, *project, *file);
            } else {
                w.beginArray();
                w.endArray();
            }
            w.key("kind").value("full");
            w.endObject();
            reply.resultText(out);
        });
}

}  // namespace stackls::server
