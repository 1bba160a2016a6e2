// Workflow-command rendering of check results for GitHub Actions.
#include "server/cli/github_annotations.h"

#include "server/cli/project_json.h"

namespace stackls::server {

namespace kn = stackls::knowledge;

namespace {

std::string_view commandFor(kn::Severity s) {
    switch (s) {
        case kn::Severity::Error: return "error";
        case kn::Severity::Warning: return "warning";
        default: return "notice";
    }
}

std::string escapeWorkflow(std::string_view text, bool property) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
            case '%': out += "%25"; break;
            case '\r': out += "%0D"; break;
            case '\n': out += "%0A"; break;
            case ':': out += property ? "%3A" : ":"; break;
            case ',': out += property ? "%2C" : ","; break;
            default: out += c;
        }
    }
    return out;
}

}  // namespace

std::string escapeWorkflowData(std::string_view text) { return escapeWorkflow(text, false); }
std::string escapeWorkflowProperty(std::string_view text) { return escapeWorkflow(text, true); }

std::string githubAnnotations(const kn::ProjectInput& input, const kn::ProjectReport& report) {
    ProjectPositions positions(input);
    std::string out;
    for (const auto& f : report.findings) {
        const auto s = positions.at(f.file, f.range.begin);
        const auto e = positions.at(f.file, f.range.end);
        out += "::";
        out += commandFor(f.severity);
        out += " file=" + escapeWorkflowProperty(f.file.empty() ? report.root : f.file);
        out += ",line=" + std::to_string(s.line + 1) + ",col=" + std::to_string(s.character + 1);
        out += ",endLine=" + std::to_string(e.line + 1) + ",endColumn=" + std::to_string(e.character + 1);
        out += ",title=" + escapeWorkflowProperty(f.rule);
        out += "::" + escapeWorkflowData(f.message) + "\n";
    }
    return out;
}

}  // namespace stackls::server
