// Interprets each logical line of a requirements file the way pip 23 does, keeping ranges.
#include "knowledge/manifest/requirements.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdlib>

#include "knowledge/manifest/json_reader.h"
#include "knowledge/manifest/pep508.h"
#include "knowledge/manifest/pip_options.h"
#include "knowledge/manifest/requirements_text.h"
#include "support/ascii.h"
#include "support/limits.h"
#include "support/utf8.h"

namespace stackls::manifest {
namespace {

constexpr std::size_t kMaxProblems = 200;

constexpr std::array<std::string_view, 22> kVcsSchemes = {
    "bzr+http", "bzr+https", "bzr+ssh", "bzr+sftp", "bzr+ftp", "bzr+lp", "bzr+file", "git+http",
    "git+https", "git+ssh", "git+git", "git+file", "hg+file", "hg+http", "hg+https", "hg+ssh",
    "hg+static-http", "svn+ssh", "svn+http", "svn+https", "svn+svn", "svn+file"};

constexpr std::array<std::string_view, 15> kArchiveExtensions = {
    ".zip", ".whl", ".tar.bz2", ".tbz", ".tar.xz", ".txz", ".tlz", ".tar.lz", ".tar.lzma",
    ".tar.gz", ".tgz", ".tar", ".tar.zst", ".tzst", ".xz"};


std::string_view schemeOf(std::string_view s) {
    const auto colon = s.find(':');
    return colon == std::string_view::npos ? std::string_view{} : s.substr(0, colon);
}

bool isVcsScheme(std::string_view scheme) {
    if (scheme.size() < 3 || scheme.size() > 14) return false;
    return std::find(kVcsSchemes.begin(), kVcsSchemes.end(), support::asciiLower(scheme)) != kVcsSchemes.end();
}

// pip's is_url: a scheme it can fetch from.
bool isUrl(std::string_view s) {
    const std::string_view written = schemeOf(s);
    if (written.empty() || written.size() > 14) return false;
    const std::string scheme = support::asciiLower(written);
    return scheme == "http" || scheme == "https" || scheme == "file" || scheme == "ftp" || isVcsScheme(scheme);
}

// pip asks the file system whether a name that contains '/' or starts with '.' is a
// directory. Without that question, a leading '.' counts only as "." or "..".
bool looksLikePath(std::string_view s) {
    return s.find('/') != std::string_view::npos || s == "." || s == "..";
}

bool isArchive(std::string_view path) {
    const std::string l = support::asciiLower(path);
    // The vendored list is .zip/.whl, bz2, tar and xz families; .tar.zst is not one.
    for (std::string_view ext : kArchiveExtensions)
        if (ext != ".tar.zst" && ext != ".tzst" && ext != ".xz" && l.ends_with(ext)) return true;
    return false;
}

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; }

// `_strip_extras`: a trailing `[...]` on a path.
std::pair<std::size_t, std::optional<std::size_t>> stripExtras(std::string_view s) {
    if (s.size() >= 4 && s.back() == ']') {
        const auto open = s.rfind('[');
        if (open != std::string_view::npos && open > 0 && open + 2 < s.size() &&
            s.substr(open + 1, s.size() - open - 2).find(']') == std::string_view::npos)
            return {open, open};
    }
    return {s.size(), std::nullopt};
}

// The name in a `#egg=` fragment, if any.
std::optional<std::pair<std::size_t, std::size_t>> eggFragment(std::string_view url) {
    for (std::size_t k = 0; k + 5 <= url.size(); ++k) {
        if ((url[k] == '#' || url[k] == '&') && url.substr(k + 1, 4) == "egg=") {
            const std::size_t b = k + 5;
            const std::size_t e = std::min(url.find('&', b), url.size());
            return std::make_pair(b, e);
        }
    }
    return std::nullopt;
}

// Last path component of a URL, before any query or fragment.
std::string_view urlFilename(std::string_view url) {
    const std::size_t end = std::min(url.find_first_of("?#"), url.size());
    url = url.substr(0, end);
    const auto slash = url.find_last_of('/');
    return slash == std::string_view::npos ? url : url.substr(slash + 1);
}

struct WheelName {
    std::string name;
    std::string version;
};

// `name-version(-build)?-python-abi-platform.whl`
std::optional<WheelName> parseWheelFilename(std::string_view file) {
    if (!file.ends_with(".whl")) return std::nullopt;
    const std::string_view stem = file.substr(0, file.size() - 4);
    std::vector<std::string_view> parts;
    std::size_t b = 0;
    while (true) {
        const auto dash = stem.find('-', b);
        parts.push_back(stem.substr(b, dash == std::string_view::npos ? std::string_view::npos : dash - b));
        if (dash == std::string_view::npos) break;
        b = dash + 1;
    }
    if (parts.size() != 5 && parts.size() != 6) return std::nullopt;
    for (std::size_t k = 0; k < parts.size(); ++k) {
        if (std::any_of(parts[k].begin(), parts[k].end(), isSpace)) return std::nullopt;
        if (parts[k].empty() && k != 1) return std::nullopt;
    }
    if (parts.size() == 6 && !std::isdigit(static_cast<unsigned char>(parts[2][0]))) return std::nullopt;
    WheelName w{std::string(parts[0]), std::string(parts[1])};
    std::replace(w.name.begin(), w.name.end(), '_', '-');
    std::replace(w.version.begin(), w.version.end(), '_', '-');
    return w;
}

class LineReader {
public:
    LineReader(RequirementsFile& out, std::vector<std::size_t>& lineStarts) : out_(out), lineStarts_(lineStarts) {}

    void problem(ByteRange r, std::string message, Problem::Severity severity = Problem::Severity::Error) {
        if (out_.problems.size() >= kMaxProblems) {
            if (!overflow_) {
                overflow_ = true;
                out_.problems.push_back({r, "too many problems; only the first " + std::to_string(kMaxProblems) + " are reported",
                                         Problem::Severity::Error, 0});
            }
            return;
        }
        out_.problems.push_back({r, std::move(message), severity, 0});
    }

    void comment(const reqtext::Comment& c) {
        // `# stackls: use-case=a,b`
        const std::string_view t = c.text;
        std::size_t k = 1;
        const auto skip = [&] {
            while (k < t.size() && isSpace(t[k])) ++k;
        };
        skip();
        if (t.compare(k, 8, "stackls:") != 0) return;
        k += 8;
        skip();
        const ByteRange whole{c.begins[0], c.ends[t.size() - 1]};
        if (t.compare(k, 8, "use-case") != 0) {
            problem(whole, "unknown stackls comment: write '# stackls: use-case=<id>[,<id>...]'", Problem::Severity::Warning);
            return;
        }
        k += 8;
        skip();
        if (k >= t.size() || t[k] != '=') {
            problem(whole, "expected '=' after 'use-case'", Problem::Severity::Warning);
            return;
        }
        ++k;
        UseCaseDeclaration decl;
        decl.range = whole;
        while (k <= t.size()) {
            const std::size_t e = std::min(t.find(',', k), t.size());
            std::size_t b = k, end = e;
            while (b < end && isSpace(t[b])) ++b;
            while (end > b && isSpace(t[end - 1])) --end;
            if (end > b) decl.ids.push_back({std::string(t.substr(b, end - b)), {c.begins[b], c.ends[end - 1]}});
            k = e + 1;
        }
        if (decl.ids.empty()) {
            problem(whole, "no use-case id after 'use-case='", Problem::Severity::Warning);
        } else if (out_.useCase) {
            problem(whole, "a second use-case declaration; the first one counts", Problem::Severity::Warning);
        } else {
            out_.useCase = std::move(decl);
        }
    }

    void line(const reqtext::LogicalLine& l) {
        line_ = &l;
        const std::string& t = l.text;
        RequirementEntry entry;
        entry.line = lineOf(l.firstOffset);
        entry.range = l.source(0, t.size());

        // break_args_options: words split on single spaces; the options begin at the
        // first word starting with '-'.
        std::size_t argsEnd = t.size(), optsBegin = t.size();
        for (std::size_t w = 0; w <= t.size();) {
            if (w < t.size() && t[w] == '-') {
                argsEnd = w == 0 ? 0 : w - 1;
                optsBegin = w;
                break;
            }
            const auto sp = t.find(' ', w);
            if (sp == std::string::npos) break;
            w = sp + 1;
        }
        const std::string_view args = std::string_view(t).substr(0, argsEnd);
        const pip::ParsedOptions opts = pip::parseOptions(std::string_view(t).substr(optsBegin));
        const auto optRange = [&](pep508::Span s) { return l.source(optsBegin + s.begin, optsBegin + s.end); };
        if (opts.error) problem(optRange(opts.error->span), opts.error->message);
        for (const auto& ig : opts.ignored) problem(optRange(ig.span), ig.message, Problem::Severity::Warning);

        const auto firstOf = [&](std::string_view name) -> const pip::OptionUse* {
            for (const auto& o : opts.options)
                if (o.name == name) return &o;
            return nullptr;
        };

        if (!args.empty()) {
            entry.kind = RequirementKind::Requirement;
            for (const auto& o : opts.options) {
                if (pip::isPerRequirementOption(o.name)) entry.options[o.name].push_back(o.value.value_or(""));
                else problem(optRange(o.span), o.name + " has no effect on a requirement line: pip ignores it", Problem::Severity::Warning);
            }
            readRequirement(args, entry);
        } else if (const auto* e = firstOf("--editable")) {
            entry.kind = RequirementKind::Editable;
            entry.editable = true;
            for (const auto& o : opts.options)
                if (&o != e) problem(optRange(o.span), o.name + " has no effect on an editable line: pip ignores it", Problem::Severity::Warning);
            readEditable(*e->value, optsBegin + e->valueSpan.begin, entry);
        } else if (const auto* inc = firstOf("--requirement") ? firstOf("--requirement") : firstOf("--constraint")) {
            entry.kind = inc->name == "--requirement" ? RequirementKind::Include : RequirementKind::Constraint;
            entry.path = *inc->value;
            for (const auto& o : opts.options)
                if (&o != inc) problem(optRange(o.span), o.name + " has no effect next to " + inc->name + ": pip ignores it", Problem::Severity::Warning);
        } else {
            entry.kind = RequirementKind::Option;
            for (const auto& o : opts.options) {
                if (o.name == "--hash") problem(optRange(o.span), "--hash without a requirement: pip ignores it", Problem::Severity::Warning);
                auto& values = entry.options[o.name];
                if (o.value) values.push_back(*o.value);
            }
            if (opts.options.empty()) return;
        }
        if (entry.kind == RequirementKind::Requirement && entry.name.empty() && !entry.url && !entry.path) return;
        if (entry.kind == RequirementKind::Editable && entry.name.empty() && !entry.url && !entry.path) return;
        out_.entries.push_back(std::move(entry));
    }

    std::size_t lineOf(std::size_t offset) const {
        return static_cast<std::size_t>(std::upper_bound(lineStarts_.begin(), lineStarts_.end(), offset) - lineStarts_.begin());
    }

private:
    ByteRange src(std::size_t b, std::size_t e) const { return line_->source(b, e); }

    // pip's parse_req_from_line, with everything that needs the file system assumed.
    void readRequirement(std::string_view args, RequirementEntry& entry) {
        const bool url = isUrl(args);
        const std::string_view sep = url ? "; " : ";";
        std::size_t nameEnd = args.size();
        if (const auto m = args.find(sep); m != std::string_view::npos) {
            nameEnd = m;
            std::size_t mb = m + sep.size(), me = args.size();
            while (mb < me && isSpace(args[mb])) ++mb;
            while (me > mb && isSpace(args[me - 1])) --me;
            if (me > mb) {
                const pep508::Marker marker = pep508::parseMarker(args.substr(mb, me - mb));
                entry.markerRange = src(mb, me);
                if (marker.error) problem(src(mb + marker.error->span.begin, mb + marker.error->span.end),
                                          "Invalid marker: " + marker.error->message);
                else entry.marker = marker.normalized;
            }
        }
        std::size_t b = 0, e = nameEnd;
        while (b < e && isSpace(args[b])) ++b;
        while (e > b && isSpace(args[e - 1])) --e;
        const std::string_view name = args.substr(b, e - b);

        if (isUrl(name)) {
            entry.url = std::string(name);
            readUrlName(name, b, entry);
            return;
        }
        const auto [pathEnd, extrasAt] = stripExtras(name);
        const std::string_view path = name.substr(0, pathEnd);
        const auto at = name.find('@');
        const bool namedUrl = at != std::string_view::npos && !looksLikePath(name.substr(0, at));
        if ((isArchive(path) && !namedUrl) || (!isArchive(path) && looksLikePath(name) && !namedUrl)) {
            entry.path = std::string(path);
            if (extrasAt) readExtras(name.substr(*extrasAt), b + *extrasAt, entry);
            if (const auto wheel = parseWheelFilename(urlFilename(path))) {
                entry.name = normalizePackageName(wheel->name);
                entry.specifier = "==" + wheel->version;
            } else if (support::asciiLower(path).ends_with(".whl")) {
                problem(src(b, e), std::string(urlFilename(path)) + " is not a valid wheel filename");
            }
            return;
        }
        applyPep508(name, b, entry);
    }

    void applyPep508(std::string_view text, std::size_t base, RequirementEntry& entry) {
        const pep508::Requirement r = pep508::parseRequirement(text);
        if (!r.name.empty()) {
            entry.name = normalizePackageName(r.name);
            entry.nameRange = src(base + r.nameSpan.begin, base + r.nameSpan.end);
        }
        for (const auto& x : r.extras) entry.extras.push_back(normalizePackageName(x));
        std::sort(entry.extras.begin(), entry.extras.end());
        entry.extras.erase(std::unique(entry.extras.begin(), entry.extras.end()), entry.extras.end());
        entry.specifier = r.specifier;
        if (!r.specifier.empty()) entry.specifierRange = src(base + r.specifierSpan.begin, base + r.specifierSpan.end);
        if (r.url) entry.url = r.url;
        if (r.error) problem(src(base + r.error->span.begin, base + r.error->span.end), "Invalid requirement: " + r.error->message);
        for (const auto& w : r.warnings) {
            // pip 23 rejects a legacy version that swallowed extras ("foo==1.0[bar]").
            const std::string_view clause = text.substr(w.span.begin, w.span.end - w.span.begin);
            if (!clause.empty() && clause.back() == ']')
                problem(src(base + w.span.begin, base + w.span.end), "Invalid requirement: extras must come right after the name, not after the version");
            else
                problem(src(base + w.span.begin, base + w.span.end), w.message, Problem::Severity::Warning);
        }
    }

    void readExtras(std::string_view bracketed, std::size_t base, RequirementEntry& entry) {
        // pip parses them as the extras of a placeholder requirement.
        const std::string probe = "placeholder" + support::asciiLower(bracketed);
        const pep508::Requirement r = pep508::parseRequirement(probe);
        if (r.error) {
            problem(src(base, base + bracketed.size()), "Invalid extras " + std::string(bracketed) + ": " + r.error->message);
            return;
        }
        for (const auto& x : r.extras) entry.extras.push_back(normalizePackageName(x));
        std::sort(entry.extras.begin(), entry.extras.end());
    }

    // The name of a URL requirement: a wheel's file name or the #egg= fragment.
    void readUrlName(std::string_view url, std::size_t base, RequirementEntry& entry) {
        const std::string_view file = urlFilename(url);
        if (support::asciiLower(file).ends_with(".whl")) {
            if (const auto wheel = parseWheelFilename(file)) {
                entry.name = normalizePackageName(wheel->name);
                entry.specifier = "==" + wheel->version;
            } else {
                problem(src(base, base + url.size()), std::string(file) + " is not a valid wheel filename");
            }
            return;
        }
        if (const auto egg = eggFragment(url)) {
            const std::string_view name = url.substr(egg->first, egg->second - egg->first);
            if (!pep508::isValidProjectName(name))
                problem(src(base + egg->first, base + egg->second),
                        "#egg= should hold only a project name; pip 25 rejects anything else (use 'name @ url')",
                        Problem::Severity::Warning);
            const std::optional<std::string> keepUrl = entry.url;
            applyPep508(name, base + egg->first, entry);
            entry.url = keepUrl;
        }
    }

    void readEditable(std::string_view target, std::size_t base, RequirementEntry& entry) {
        const ByteRange where = src(base, base + target.size());
        entry.nameRange = where;
        const auto [noExtrasEnd, extrasAt] = stripExtras(target);
        const std::string_view noExtras = target.substr(0, noExtrasEnd);
        if (support::asciiLower(noExtras).starts_with("file:")) {
            entry.url = std::string(noExtras);
            if (extrasAt) readExtras(target.substr(*extrasAt), base + *extrasAt, entry);
            if (const auto egg = eggFragment(noExtras)) entry.name = normalizePackageName(noExtras.substr(egg->first, egg->second - egg->first));
            return;
        }
        std::string url(target);
        for (std::string_view vcs : {"bzr", "git", "hg", "svn"})
            if (support::asciiLower(target).starts_with(std::string(vcs) + ":")) {
                url = std::string(vcs) + "+" + url;
                break;
            }
        const std::string_view scheme = schemeOf(url);
        if (isVcsScheme(scheme)) {
            entry.url = url;
            const auto egg = eggFragment(url);
            if (!egg || egg->first == egg->second) {
                problem(where, "pip cannot tell which package '" + std::string(target) +
                                   "' is: add #egg=<name> to the URL");
                return;
            }
            const std::string_view name = std::string_view(url).substr(egg->first, egg->second - egg->first);
            const pep508::Requirement r = pep508::parseRequirement(name);
            if (r.error || !r.specifier.empty() || r.url) {
                problem(where, "Invalid requirement: '" + std::string(name) + "' in #egg= is not a project name");
                return;
            }
            entry.name = normalizePackageName(r.name);
            return;
        }
        const bool schemeLike = scheme.size() > 1 && std::isalpha(static_cast<unsigned char>(scheme[0])) &&
                                std::all_of(scheme.begin(), scheme.end(), [](char c) {
                                    return std::isalnum(static_cast<unsigned char>(c)) || c == '+' || c == '-' || c == '.';
                                });
        if (schemeLike) {
            problem(where, "'" + std::string(target) +
                               "' is not a valid editable requirement: use a local project path or a VCS URL "
                               "(git+https://, hg+https://, svn+https://, bzr+https://, ...)");
            return;
        }
        // A local project directory (whether it exists is not checked here).
        entry.path = std::string(noExtras);
        if (extrasAt) readExtras(target.substr(*extrasAt), base + *extrasAt, entry);
    }

    RequirementsFile& out_;
    std::vector<std::size_t>& lineStarts_;
    const reqtext::LogicalLine* line_ = nullptr;
    bool overflow_ = false;
};

// Editor-style line starts (\n, \r\n, \r), for the 1-based `line` fields.
std::vector<std::size_t> lineStartsOf(std::string_view text) {
    std::vector<std::size_t> starts{0};
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\n') starts.push_back(i + 1);
        else if (text[i] == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n')) starts.push_back(i + 1);
    }
    return starts;
}

}  // namespace

std::string normalizePackageName(std::string_view name) {
    std::string out;
    out.reserve(name.size());
    bool inRun = false;
    for (char c : name) {
        if (c == '-' || c == '_' || c == '.') {
            if (!inRun) out += '-';
            inRun = true;
        } else {
            out += support::asciiLower(c);
            inRun = false;
        }
    }
    return out;
}

RequirementsFile parseRequirements(std::string_view text) { return parseRequirements(text, {}); }

RequirementsFile parseRequirements(std::string_view text, const RequirementsOptions& options) {
    RequirementsFile out;
    if (text.size() > support::kMaxManifestBytes) {
        out.problems.push_back({{0, 0}, "file too large to read (" + std::to_string(text.size() / (1024 * 1024)) +
                                            " MiB; the limit is 16 MiB)", Problem::Severity::Error, 1});
        return out;
    }
    std::size_t start = 0;
    if (text.starts_with("\xEF\xBB\xBF")) start = 3;
    if (text.starts_with("\xFF\xFE") || text.starts_with("\xFE\xFF")) {
        out.problems.push_back({{0, 2}, "UTF-16 or UTF-32 text: stackls reads requirements files only as UTF-8", Problem::Severity::Error, 1});
        return out;
    }
    std::vector<std::size_t> lineStarts = lineStartsOf(text);
    LineReader reader(out, lineStarts);
    if (const std::size_t bad = support::firstInvalidUtf8(text); bad != std::string_view::npos)
        reader.problem({bad, bad + 1}, "invalid UTF-8 (pip cannot decode this file; is it binary?)");

    reqtext::Callbacks cb;
    cb.line = [&](const reqtext::LogicalLine& l) { reader.line(l); };
    cb.comment = [&](const reqtext::Comment& c) { reader.comment(c); };
    cb.problem = [&](ByteRange r, std::string m, Problem::Severity s) { reader.problem(r, std::move(m), s); };
    cb.environment = options.environment ? options.environment : [](std::string_view name) -> std::optional<std::string> {
        const char* v = std::getenv(std::string(name).c_str());
        return v ? std::optional<std::string>(v) : std::nullopt;
    };
    reqtext::preprocess(text, start, cb);

    std::stable_sort(out.problems.begin(), out.problems.end(),
                     [](const Problem& a, const Problem& b) { return a.range.begin < b.range.begin; });
    for (auto& p : out.problems) p.line = reader.lineOf(p.range.begin);
    return out;
}

std::string_view requirementKindName(RequirementKind kind) {
    switch (kind) {
        case RequirementKind::Requirement: return "requirement";
        case RequirementKind::Include: return "include";
        case RequirementKind::Constraint: return "constraint";
        case RequirementKind::Option: return "option";
        case RequirementKind::Editable: return "editable";
    }
    return "requirement";
}

}  // namespace stackls::manifest
