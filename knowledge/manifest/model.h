// The manifest models: what stackls reads out of package.json and requirements files.
// Plain data with byte ranges into the file's UTF-8 text; no LSP, no I/O.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace stackls::manifest {

// A half-open byte range [begin, end) into a manifest's UTF-8 text. Consumers that need
// lines and UTF-16 columns convert with protocol/'s position tools (server/ does that).
struct ByteRange {
    std::size_t begin = 0;
    std::size_t end = 0;
    friend bool operator==(const ByteRange&, const ByteRange&) = default;
};

// A string as written in the file, with where it stands (for JSON strings: the range of
// the whole token including its quotes; `text` is the decoded value).
struct Located {
    std::string text;
    ByteRange range;
    friend bool operator==(const Located&, const Located&) = default;
};

// A problem found while reading a manifest: what pip or npm would reject, or what stackls
// could not read. Always has a range so an editor can underline it.
struct Problem {
    enum class Severity { Error, Warning };
    ByteRange range;
    std::string message;
    Severity severity = Severity::Error;
    std::size_t line = 0;  // 1-based physical line of range.begin
    friend bool operator==(const Problem&, const Problem&) = default;
};

// A use-case declaration: `"stackls": {"useCase": ...}` in package.json, or a
// `# stackls: use-case=a,b` comment in a requirements file. Ids are as written.
struct UseCaseDeclaration {
    std::vector<Located> ids;
    ByteRange range;  // the whole declaration (JSON member or comment line)
    friend bool operator==(const UseCaseDeclaration&, const UseCaseDeclaration&) = default;
};

// ---------------------------------------------------------------- package.json

enum class DependencySection { Dependencies, DevDependencies, PeerDependencies, OptionalDependencies };

struct NpmDependency {
    std::string name;
    std::string spec;  // the version spec as written ("^4.18.2", "workspace:*", a URL…)
    DependencySection section = DependencySection::Dependencies;
    ByteRange keyRange;    // the name's string token, quotes included
    ByteRange valueRange;  // the spec's string token, quotes included
    ByteRange memberRange; // key through value (for deleting or replacing the entry)
    friend bool operator==(const NpmDependency&, const NpmDependency&) = default;
};

// An object member's placement, so fixes can insert into or replace it without
// producing invalid JSON.
struct ObjectSpan {
    ByteRange range;           // from '{' through '}' (end = begin of missing brace if unclosed)
    std::size_t memberCount = 0;
    bool closed = true;
    friend bool operator==(const ObjectSpan&, const ObjectSpan&) = default;
};

// One member of a project file's "rules" object: a rule id and the severity the project
// wants for it ("error" | "warning" | "information" | "hint" | "off"), both as written.
struct RuleSetting {
    Located rule;
    Located level;  // text empty and range of the value when the value is not a string
    friend bool operator==(const RuleSetting&, const RuleSetting&) = default;
};

// The `"stackls": {...}` block of package.json.
struct StacklsBlock {
    ByteRange memberRange;  // "stackls": {...}
    ObjectSpan object;
    std::optional<UseCaseDeclaration> useCase;
    std::vector<Located> ignore;       // rule ids to silence
    std::vector<RuleSetting> rules;    // "rules": {"<rule-id>": "<severity>"}
    std::vector<Located> exclude;      // globs relative to package.json's folder
    friend bool operator==(const StacklsBlock&, const StacklsBlock&) = default;
};

struct PackageJson {
    std::optional<Located> name;
    std::optional<Located> description;
    std::vector<Located> keywords;
    std::vector<std::pair<Located, Located>> engines;  // engine name → range spec
    std::vector<NpmDependency> dependencies;            // every section, in file order
    std::map<DependencySection, ObjectSpan> sections;   // the sections present
    std::vector<Located> workspaces;
    std::optional<StacklsBlock> stackls;
    std::optional<ObjectSpan> root;  // absent when the text holds no top-level object
    // The values of the root's members nothing above reads ("scripts", "files", "exports"…):
    // an edit inside a string there changes no field of the model, only where things are.
    std::vector<ByteRange> unreadValues;
    std::vector<Problem> problems;
    friend bool operator==(const PackageJson&, const PackageJson&) = default;
};

// --------------------------------------------------------------- requirements

enum class RequirementKind { Requirement, Include, Constraint, Option, Editable };

// One logical line of a requirements file (continuations joined).
struct RequirementEntry {
    std::size_t line = 0;  // 1-based first physical line
    RequirementKind kind = RequirementKind::Requirement;
    std::string name;      // PEP 503-normalised; empty when there is none (options, plain URLs)
    ByteRange nameRange;
    std::vector<std::string> extras;  // normalised, sorted
    std::string specifier;            // as written, whitespace removed
    ByteRange specifierRange;
    std::optional<std::string> marker;
    ByteRange markerRange;
    std::optional<std::string> url;   // `name @ url`, a bare URL, an editable's target
    std::optional<std::string> path;  // -r/-c target, local path requirement
    bool editable = false;
    std::map<std::string, std::vector<std::string>> options;  // "--hash" → [...], "--index-url" → [...]
    ByteRange range;  // the whole logical line, continuations included, comment excluded
    friend bool operator==(const RequirementEntry&, const RequirementEntry&) = default;
};

struct RequirementsFile {
    std::vector<RequirementEntry> entries;
    std::optional<UseCaseDeclaration> useCase;
    std::vector<Problem> problems;
    friend bool operator==(const RequirementsFile&, const RequirementsFile&) = default;
};


// ------------------------------------------- pyproject.toml, Pipfile, setup.cfg

// The Python manifests that are not requirements files share one model: what the project
// says about itself (name, description, keywords, Trove classifiers) and what it depends on.
enum class PythonManifestKind { PyProject, Pipfile, SetupCfg };

// One dependency, from a PEP 508 string (PEP 621, PEP 735, setup.cfg) or a Poetry/Pipfile
// table entry, with its constraint converted to PEP 440.
struct PythonDependency {
    std::string name;                 // PEP 503-normalised
    ByteRange nameRange;              // the name inside the string, or the table key
    ByteRange range;                  // the whole entry (array string, or key through value)
    std::vector<std::string> extras;  // normalised, sorted
    std::string specifier;            // PEP 440, whitespace removed ("" when any version)
    std::optional<std::string> marker;
    std::optional<std::string> url;   // direct reference, git/path/url table
    std::string group;                // "" for the main dependencies; else the group/extra name
    std::string section;              // where it is declared: "project.dependencies", "tool.poetry.group.dev.dependencies", "packages"...
    bool dev = false;                 // development-only (dev groups, dev-packages, tool dev-dependencies)
    bool optional = false;            // an extra (optional-dependencies, extras_require)
};

struct PythonManifest {
    PythonManifestKind kind = PythonManifestKind::PyProject;
    std::optional<Located> name;
    std::optional<Located> description;
    std::vector<Located> keywords;
    std::vector<Located> classifiers;   // Trove classifiers, e.g. "Topic :: Scientific/Engineering"
    std::optional<Located> requiresPython;
    std::vector<PythonDependency> dependencies;  // in file order
    std::optional<UseCaseDeclaration> useCase;    // [tool.stackls] useCase
    std::vector<Located> ignore;                  // [tool.stackls] ignore
    std::vector<RuleSetting> rules;               // [tool.stackls.rules] "<rule-id>" = "<severity>"
    std::vector<Located> workspaceMembers;        // [tool.uv.workspace] members (globs)
    std::vector<Located> workspaceExclude;        // [tool.uv.workspace] exclude (globs)
    std::optional<ByteRange> stacklsTable;        // the [tool.stackls] header (or inline table), when present
    // False when the text could not be read at all (a TOML syntax error, a limit): then
    // problems holds that one Problem and nothing else was read.
    bool parsed = true;
    std::vector<Problem> problems;
};

}  // namespace stackls::manifest
