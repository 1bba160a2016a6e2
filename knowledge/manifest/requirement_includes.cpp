// Resolves -r/-c chains over an injected file reader, catching cycles and runaway nesting.
#include "knowledge/manifest/requirement_includes.h"

#include <algorithm>
#include <set>

namespace stackls::manifest {
namespace {

namespace fs = std::filesystem;

bool isRemote(const std::string& target) {
    std::string scheme = target.substr(0, std::min(target.find(':'), target.size()));
    std::transform(scheme.begin(), scheme.end(), scheme.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return target.find(':') != std::string::npos && (scheme == "http" || scheme == "https" || scheme == "file");
}

class Resolver {
public:
    Resolver(const ReadTextFile& read, const IncludeLimits& limits, const RequirementsOptions& options)
        : read_(read), limits_(limits), options_(options) {}

    IncludeResolution run(const fs::path& rootIn, std::optional<RequirementsFile> rootModel) {
        const fs::path root = rootIn.lexically_normal();
        if (rootModel) {
            visit(root, std::move(*rootModel), std::nullopt, 0, false);
            return std::move(out_);
        }
        const std::optional<std::string> text = read_(root);
        if (!text) {
            IncludedRequirementsFile f;
            f.path = root;
            f.file.problems.push_back({{0, 0}, "cannot read " + root.string(), Problem::Severity::Error, 1});
            out_.files.push_back(std::move(f));
            return std::move(out_);
        }
        visit(root, parseRequirements(*text, options_), std::nullopt, 0, false);
        return std::move(out_);
    }

private:
    void visit(const fs::path& path, RequirementsFile model, std::optional<std::size_t> parent, std::size_t depth,
               bool constraint) {
        const std::size_t index = out_.files.size();
        out_.files.push_back({path, std::move(model), parent, depth, constraint});
        seen_.insert(path);
        chain_.push_back(path);
        // The includes are copied out (visiting children grows out_.files and moves this
        // file); only they: a file can hold thousands of requirements and a handful of -r.
        std::vector<RequirementEntry> includes;
        for (const RequirementEntry& e : out_.files[index].file.entries)
            if ((e.kind == RequirementKind::Include || e.kind == RequirementKind::Constraint) && e.path) includes.push_back(e);
        for (const RequirementEntry& e : includes) {
            const auto report = [&](std::string message, Problem::Severity s = Problem::Severity::Error) {
                out_.files[index].file.problems.push_back({e.range, std::move(message), s, e.line});
            };
            if (isRemote(*e.path)) {
                report("not followed: stackls never fetches '" + *e.path + "'", Problem::Severity::Warning);
                continue;
            }
            const fs::path target = (path.parent_path() / fs::path(*e.path)).lexically_normal();
            if (std::find(chain_.begin(), chain_.end(), target) != chain_.end()) {
                std::string cycle;
                const auto from = std::find(chain_.begin(), chain_.end(), target);
                for (auto it = from; it != chain_.end(); ++it) cycle += it->filename().string() + " → ";
                report("include cycle: " + cycle + target.filename().string() + " (pip would recurse until it crashes)");
                continue;
            }
            if (seen_.count(target)) continue;
            if (depth + 1 > limits_.maxDepth) {
                report("includes nested deeper than " + std::to_string(limits_.maxDepth) + " levels: '" + *e.path + "' is not read");
                continue;
            }
            if (out_.files.size() >= limits_.maxFiles) {
                report("more than " + std::to_string(limits_.maxFiles) + " included files: '" + *e.path + "' is not read");
                continue;
            }
            const std::optional<std::string> child = read_(target);
            if (!child) {
                report("cannot open requirements file '" + *e.path + "' (looked for " + target.string() + ")");
                continue;
            }
            visit(target, parseRequirements(*child, options_), index, depth + 1,
                  constraint || e.kind == RequirementKind::Constraint);
        }
        chain_.pop_back();
        auto& problems = out_.files[index].file.problems;
        std::stable_sort(problems.begin(), problems.end(),
                         [](const Problem& a, const Problem& b) { return a.range.begin < b.range.begin; });
    }

    const ReadTextFile& read_;
    const IncludeLimits& limits_;
    const RequirementsOptions& options_;
    IncludeResolution out_;
    std::set<fs::path> seen_;
    std::vector<fs::path> chain_;
};

}  // namespace

IncludeResolution resolveRequirementIncludes(const fs::path& root, const ReadTextFile& read, const IncludeLimits& limits,
                                             const RequirementsOptions& options, std::optional<RequirementsFile> rootModel) {
    return Resolver(read, limits, options).run(root, std::move(rootModel));
}

}  // namespace stackls::manifest
