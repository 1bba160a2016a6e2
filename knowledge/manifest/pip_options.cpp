// shlex (POSIX mode) word splitting and optparse option matching for requirements-file lines.
#include "knowledge/manifest/pip_options.h"

#include <array>

namespace stackls::manifest::pip {
namespace {

struct OptionSpec {
    std::string_view longName;
    char shortName;
    bool takesValue;
};

// The options pip 23 accepts inside requirements files.
constexpr std::array<OptionSpec, 17> kOptions = {{
    {"--index-url", 'i', true},
    {"--extra-index-url", 0, true},
    {"--no-index", 0, false},
    {"--constraint", 'c', true},
    {"--requirement", 'r', true},
    {"--editable", 'e', true},
    {"--find-links", 'f', true},
    {"--no-binary", 0, true},
    {"--only-binary", 0, true},
    {"--prefer-binary", 0, false},
    {"--require-hashes", 0, false},
    {"--pre", 0, false},
    {"--trusted-host", 0, true},
    {"--use-feature", 0, true},
    {"--global-option", 0, true},
    {"--hash", 0, true},
    {"--config-settings", 0, true},
}};

struct Word {
    std::string text;
    pep508::Span span;
};

bool isShlexSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// shlex.split(text) with posix=True: quotes group, backslash escapes outside single quotes.
std::optional<pep508::Diagnostic> split(std::string_view s, std::vector<Word>& out) {
    std::size_t i = 0;
    while (true) {
        while (i < s.size() && isShlexSpace(s[i])) ++i;
        if (i >= s.size()) return std::nullopt;
        Word w;
        w.span.begin = i;
        while (i < s.size() && !isShlexSpace(s[i])) {
            const char c = s[i];
            if (c == '\\') {
                if (i + 1 >= s.size()) return pep508::Diagnostic{{i, i + 1}, "a trailing '\\' escapes nothing (pip cannot split this line's options)"};
                w.text += s[i + 1];
                i += 2;
            } else if (c == '\'' || c == '"') {
                const std::size_t open = i++;
                while (i < s.size() && s[i] != c) {
                    if (c == '"' && s[i] == '\\' && i + 1 < s.size() && (s[i + 1] == '"' || s[i + 1] == '\\')) ++i;
                    w.text += s[i++];
                }
                if (i >= s.size()) return pep508::Diagnostic{{open, s.size()}, std::string("no closing ") + c + " quote (pip cannot split this line's options)"};
                ++i;
            } else {
                w.text += c;
                ++i;
            }
        }
        w.span.end = i;
        out.push_back(std::move(w));
    }
}

std::optional<pep508::Diagnostic> checkValue(const OptionSpec& spec, const std::string& value, pep508::Span span) {
    if (spec.longName == "--hash") {
        const auto colon = value.find(':');
        if (colon == std::string::npos)
            return pep508::Diagnostic{span, "--hash needs an algorithm and a digest, such as --hash=sha256:<hex digest>"};
        const std::string algo = value.substr(0, colon);
        if (algo != "sha256" && algo != "sha384" && algo != "sha512")
            return pep508::Diagnostic{span, "--hash algorithm '" + algo + "' is not accepted: use sha256, sha384 or sha512"};
    }
    if (spec.longName == "--config-settings" && value.find('=') == std::string::npos)
        return pep508::Diagnostic{span, "--config-settings needs KEY=VALUE"};
    if (spec.longName == "--use-feature" && value != "fast-deps" && value != "truststore" &&
        value != "no-binary-enable-wheel-cache")
        return pep508::Diagnostic{span, "unknown --use-feature '" + value + "' (pip 23 knows fast-deps, truststore, no-binary-enable-wheel-cache)"};
    return std::nullopt;
}

}  // namespace

bool isPerRequirementOption(std::string_view longName) {
    return longName == "--hash" || longName == "--config-settings" || longName == "--global-option";
}

ParsedOptions parseOptions(std::string_view text) {
    ParsedOptions out;
    std::vector<Word> words;
    if (auto e = split(text, words)) {
        out.error = std::move(e);
        return out;
    }
    bool onlyPositional = false;
    for (std::size_t k = 0; k < words.size(); ++k) {
        const Word& w = words[k];
        const std::string& t = w.text;
        if (onlyPositional || t.size() < 2 || t[0] != '-') {
            out.ignored.push_back({w.span, "'" + t + "' is not an option value here: pip ignores it"});
            continue;
        }
        if (t == "--") {
            onlyPositional = true;
            continue;
        }
        const OptionSpec* spec = nullptr;
        std::optional<std::string> attached;
        if (t[1] == '-') {
            const auto eq = t.find('=');
            const std::string name = t.substr(0, eq);
            if (eq != std::string::npos) attached = t.substr(eq + 1);
            std::vector<const OptionSpec*> matches;
            for (const OptionSpec& o : kOptions) {
                if (o.longName == name) {
                    matches = {&o};
                    break;
                }
                if (o.longName.substr(0, name.size()) == name) matches.push_back(&o);
            }
            if (matches.empty()) {
                out.error = pep508::Diagnostic{w.span, "no such option: " + name};
                return out;
            }
            if (matches.size() > 1) {
                std::string list;
                for (const OptionSpec* m : matches) list += (list.empty() ? "" : ", ") + std::string(m->longName);
                out.error = pep508::Diagnostic{w.span, "ambiguous option: " + name + " (" + list + "?)"};
                return out;
            }
            spec = matches.front();
            if (!spec->takesValue && attached) {
                out.error = pep508::Diagnostic{w.span, std::string(spec->longName) + " option does not take a value"};
                return out;
            }
        } else {
            for (const OptionSpec& o : kOptions)
                if (o.shortName == t[1]) spec = &o;
            if (!spec) {
                out.error = pep508::Diagnostic{{w.span.begin, w.span.begin + 2}, "no such option: " + t.substr(0, 2)};
                return out;
            }
            if (t.size() > 2) attached = t.substr(2);
        }
        OptionUse use;
        use.name = std::string(spec->longName);
        use.span = w.span;
        if (spec->takesValue) {
            if (attached) {
                use.value = *attached;
                use.valueSpan = {w.span.end - std::min(w.span.end - w.span.begin, attached->size()), w.span.end};
            } else if (k + 1 < words.size()) {
                ++k;
                use.value = words[k].text;
                use.valueSpan = words[k].span;
                use.span.end = words[k].span.end;
            } else {
                out.error = pep508::Diagnostic{w.span, t + " option requires 1 argument"};
                return out;
            }
            if (auto e = checkValue(*spec, *use.value, use.span)) {
                out.error = std::move(e);
                return out;
            }
        }
        out.options.push_back(std::move(use));
    }
    return out;
}

}  // namespace stackls::manifest::pip
