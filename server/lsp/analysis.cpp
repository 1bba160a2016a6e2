// Keeps each project's advisor report current: discovery, open-document overlay, recompute on change.
// Longer than most files (~800 lines) for a reason: Analysis::Impl is one state machine
// (the project entries, the open-document index, the disk cache and the prefetch being
// taken in) driven by every server event; its handlers read and change the same maps, and
// splitting them apart would hand that state around for no reader's gain. Paths of
// documents live in document_paths.*, a project's own state in project_state.*, everything
// without the LSP in server/workspace/.
#include "server/lsp/analysis.h"

#include <algorithm>
#include <chrono>
#include <future>
#include <set>
#include <stdexcept>
#include <system_error>

#include <spdlog/spdlog.h>

#include "knowledge/loader.h"
#include "knowledge/manifest/manifest_kind.h"
#include "knowledge/user_knowledge.h"
#include "server/lsp/document_paths.h"
#include "server/lsp/project_patch.h"
#include "server/lsp/server.h"
#include "server/lsp/uri.h"
#include "server/workspace/discovery.h"
#include "server/workspace/prefetch.h"
#include "server/workspace/project_analysis.h"
#include "server/workspace/project_loader.h"
#include "support/limits.h"
#include "support/paths.h"

namespace stackls::server {

namespace fs = std::filesystem;
namespace kn = stackls::knowledge;

namespace {

// The folder whose project a manifest belongs to; the same rule discovery applies.
fs::path projectRootFor(const fs::path& manifestPath, manifest::ManifestKind kind) {
    fs::path dir = manifestPath.parent_path();
    if (kind == manifest::ManifestKind::Requirements && dir.filename() == "requirements") return dir.parent_path();
    return dir;
}

// Under a folder discovery never enters: an `npm install` must not recompute anything.
// Only the folders below the workspace folder count: a workspace that itself lies under a
// folder named build or dist still sees its files change.
bool inSkippedDirectory(const fs::path& p, const std::optional<fs::path>& workspaceFolder) {
    const fs::path below = workspaceFolder ? p.lexically_relative(workspaceFolder->lexically_normal()) : p;
    for (const auto& part : below.parent_path())
        if (isSkippedFolder(part.string())) return true;
    return false;
}

// The knowledge file may be larger than a manifest; both are capped.
std::uintmax_t capFor(const fs::path& p) {
    return manifest::manifestKindForPath(p.generic_string()) ? support::kMaxManifestBytes : Analysis::kMaxKnowledgeBytes;
}

// What the editor's settings say to the advisor: stackls.useCase and stackls.rules. A rule
// id or level the advisor does not know is left out (the extension reports those).
kn::AdviceOptions adviceOptionsFrom(const Settings& settings) {
    kn::AdviceOptions options;
    options.settingUseCases = settings.getStringList("useCase");
    const auto& rules = settings.get("rules");
    if (!rules.is_object()) return options;
    for (const auto& [id, level] : rules.items()) {
        if (!kn::ruleInfo(id) || !level.is_string()) continue;
        const auto name = level.get<std::string>();
        if (name == "off") options.settingRules[id] = std::nullopt;
        else if (auto s = kn::severityNamed(name)) options.settingRules[id] = s;
    }
    return options;
}

}  // namespace

struct Analysis::Impl {
    struct Entry {
        std::vector<DiscoveredManifest> disk;  // what discovery found on disk
        bool inWorkspace = true;
        bool stale = true;
        // The open documents (path → version) the state was computed from.
        std::map<fs::path, int> openVersions;
        ProjectState state;
    };

    Server& server;
    std::map<fs::path, Entry> entries;  // by canonical root
    std::map<fs::path, std::optional<std::string>> diskCache;
    std::uint64_t generations = 0;
    std::vector<std::function<void(const ProjectState&)>> updated;
    std::vector<std::function<void(const std::string&)>> dropped;

    // The knowledge base with the user's knowledgeFile applied, and what it was built from.
    std::optional<kn::KnowledgeBase> custom;
    std::string customKey;
    std::string reportedKnowledgeError;
    // The settings section the current reports were computed with.
    std::optional<nlohmann::json> settingsUsed;

    explicit Impl(Server& s) : server(s) {}

    std::vector<fs::path> folderPaths() const {
        std::vector<fs::path> out;
        for (const auto& f : server.workspaceFolders())
            if (auto p = pathOfUri(f.uri)) out.push_back(*p);
        return out;
    }

    std::optional<fs::path> folderContaining(const fs::path& p) const {
        std::optional<fs::path> best;
        for (const auto& f : folderPaths())
            if (support::isInside(p, f.lexically_normal()) && (!best || f.native().size() > best->native().size())) best = f;
        return best;
    }

    // The open documents by canonical path, kept from the server's events so that no
    // request looks at every open document (a client may open thousands).
    std::map<fs::path, std::string> uriByPath;
    std::map<std::string, fs::path> pathByUri;
    std::map<fs::path, std::set<fs::path>> openManifestsByRoot;

    void track(const std::string& uri) {
        if (pathByUri.count(uri)) return;
        auto path = pathOfUri(uri);
        if (!path) return;
        pathByUri[uri] = *path;
        uriByPath[*path] = uri;
        if (auto kind = manifest::manifestKindForPath(path->generic_string()))
            openManifestsByRoot[projectRootFor(*path, *kind)].insert(*path);
    }

    void untrack(const std::string& uri) {
        auto it = pathByUri.find(uri);
        if (it == pathByUri.end()) return;
        const fs::path path = it->second;
        pathByUri.erase(it);
        if (auto u = uriByPath.find(path); u != uriByPath.end() && u->second == uri) uriByPath.erase(u);
        if (auto kind = manifest::manifestKindForPath(path.generic_string())) {
            auto root = projectRootFor(path, *kind);
            auto r = openManifestsByRoot.find(root);
            if (r != openManifestsByRoot.end()) {
                r->second.erase(path);
                if (r->second.empty()) openManifestsByRoot.erase(r);
            }
        }
    }

    const Document* openDocument(const fs::path& path) const {
        auto it = uriByPath.find(path);
        return it == uriByPath.end() ? nullptr : server.documents().get(it->second);
    }

    std::map<fs::path, int> openVersionsUnder(const fs::path& root) const {
        std::map<fs::path, int> out;
        auto r = openManifestsByRoot.find(root);
        if (r == openManifestsByRoot.end()) return out;
        for (const auto& path : r->second)
            if (const Document* doc = openDocument(path)) out[path] = doc->version;
        return out;
    }

    std::vector<DiscoveredManifest> discoverRoot(const fs::path& root) {
        DiscoveryLimits limits;
        limits.maxDepth = 1;  // the root and its requirements/ folder
        auto found = discoverProjects(root, limits);
        for (const auto& w : found.warnings) spdlog::warn("discovery: {}", w);
        for (auto& p : found.projects)
            if (p.root == root) return std::move(p.details);
        return {};
    }

    Entry* entryFor(const fs::path& root, bool create) {
        auto it = entries.find(root);
        if (it != entries.end()) return &it->second;
        if (!create) return nullptr;
        if (entries.size() >= maxProjects()) {
            warnTooManyProjects();
            return nullptr;
        }
        Entry e;
        e.inWorkspace = folderContaining(root).has_value();
        std::error_code ec;
        if (e.inWorkspace && fs::is_directory(root, ec)) e.disk = discoverRoot(root);
        return &entries.emplace(root, std::move(e)).first->second;
    }

    const kn::KnowledgeBase& knowledgeBase() {
        auto setting = server.settings().getString("knowledgeFile", "");
        if (setting.empty()) return kn::builtinKnowledge();
        fs::path path = setting;
        if (path.is_relative()) {
            auto folders = folderPaths();
            if (folders.empty()) return kn::builtinKnowledge();
            path = folders.front() / path;
        }
        path = canonicalPath(path);
        std::string error;
        auto text = readWithOverlay(path, kMaxKnowledgeBytes, error);
        std::string key = path.string() + '\n' + (text ? *text : error);
        if (key == customKey) return custom ? *custom : kn::builtinKnowledge();
        customKey = key;
        custom.reset();
        if (!text) {
            reportProblem("stackls.knowledgeFile: " + error);
            return kn::builtinKnowledge();
        }
        kn::KnowledgeBase kb = kn::builtinKnowledge();
        auto errors = kn::applyUserKnowledge(kb, *text, path.string());
        if (!errors.empty()) {
            std::string message = "stackls.knowledgeFile " + path.string() + " is invalid; using the built-in knowledge:";
            for (std::size_t i = 0; i < errors.size() && i < 5; ++i) message += "\n  " + errors[i].toString();
            reportProblem(message);
            return kn::builtinKnowledge();
        }
        custom = std::move(kb);
        return *custom;
    }

    // stackls.maxProjects, within [1, kMaxProjectsCeiling].
    std::size_t maxProjects() const {
        const int setting = server.settings().getInt("maxProjects", static_cast<int>(kDefaultMaxProjects));
        return std::clamp<std::size_t>(setting < 1 ? 1 : static_cast<std::size_t>(setting), 1, kMaxProjectsCeiling);
    }

    // A limit that leaves projects unanalysed is shown in the editor, once per text.
    std::set<std::string> limitsShown;
    void warnLimitOnce(const std::string& message) {
        if (!limitsShown.insert(message).second) return;
        spdlog::warn("{}", message);
        server.showMessage(protocol::MessageType::Warning, message);
    }
    void warnTooManyProjects() {
        const auto n = maxProjects();
        warnLimitOnce("stackls analyses at most " + std::to_string(n) + " projects (stackls.maxProjects, up to " +
                      std::to_string(kMaxProjectsCeiling) + "); this workspace has more, and the others get no diagnostics.");
    }
    void warnDiscoveryCapped() {
        warnLimitOnce("stackls stopped looking for projects at a limit on folders, manifests or bytes (the log says which); "
                      "some projects may get no diagnostics.");
    }

    void reportProblem(const std::string& message) {
        if (message == reportedKnowledgeError) return;
        reportedKnowledgeError = message;
        spdlog::warn("{}", message);
        server.showMessage(protocol::MessageType::Warning, message);
    }

    std::optional<std::string> readWithOverlay(const fs::path& path, std::uintmax_t cap, std::string& error) {
        // Paths of projects are canonical already: what is open or cached under the path as
        // given needs no trip to the file system (a recompute reads every file of a project).
        if (const Document* doc = openDocument(path)) return doc->text;
        if (auto it = diskCache.find(path); it != diskCache.end() && it->second) return it->second;
        auto canonical = canonicalPath(path);
        if (const Document* doc = openDocument(canonical)) return doc->text;
        if (isSynthetic(canonical)) {
            error = "no such file: " + canonical.filename().string();
            return std::nullopt;
        }
        if (auto it = diskCache.find(canonical); it != diskCache.end() && it->second) return it->second;
        auto text = readTextFileCapped(canonical, cap, error);
        if (text && text->size() <= kMaxCachedFileBytes) diskCache[canonical] = text;
        return text;
    }

    // The settings of the workspace folder holding `root` (the global ones outside every folder).
    const Settings& settingsFor(const fs::path& root) const {
        const protocol::WorkspaceFolder* best = nullptr;
        std::size_t bestLength = 0;
        for (const auto& f : server.workspaceFolders()) {
            auto p = pathOfUri(f.uri);
            if (p && support::isInside(root, p->lexically_normal()) && (!best || p->native().size() > bestLength)) {
                best = &f;
                bestLength = p->native().size();
            }
        }
        return best ? server.settingsFor(best->uri) : server.settings();
    }

    kn::AdviceOptions adviceOptions(const fs::path& root) const { return adviceOptionsFrom(settingsFor(root)); }

    void compute(const fs::path& root, Entry& entry) {
        // The old report holds copies of every file it read: let them go before the new ones
        // are read (a 5 MB package.json would otherwise be held twice over while recomputing).
        // The old input stays until each of its files is read again: a file whose text did not
        // change keeps its model; the loader releases each old text as it goes.
        kn::ProjectInput previous = std::move(entry.state.input);
        entry.state = ProjectState{};
        entry.openVersions = openVersionsUnder(root);
        std::vector<DiscoveredManifest> open;
        for (const auto& [path, version] : entry.openVersions)
            open.push_back(DiscoveredManifest{path, *manifest::manifestKindForPath(path.generic_string()), 0});
        auto reader = [&](const fs::path& p, std::string& error) {
            return readWithOverlay(p, capFor(p), error);
        };
        if (auto now = server.settingsSnapshot(); !settingsUsed || *settingsUsed != now) settingsUsed = std::move(now);
        const LastGoodModel lastGood = [&](const std::string& name) -> std::optional<manifest::PythonManifest> {
            auto it = lastGoodModels.find((root / name).lexically_normal());
            if (it == lastGoodModels.end()) return std::nullopt;
            return it->second;
        };
        install(root, entry,
                analyseProject(assembleProject(root, entry.disk, open), reader, folderContaining(root).value_or(root),
                               [this]() -> const kn::KnowledgeBase& { return knowledgeBase(); }, adviceOptions(root), lastGood,
                               &previous));
    }

    // The last model of each pyproject.toml / Pipfile that parsed, by absolute path: what a
    // file being typed is advised with while its TOML is broken. Small: no file texts.
    std::map<fs::path, manifest::PythonManifest> lastGoodModels;

    // Makes `analysed` the entry's current state, with each file's URI and open version.
    void install(const fs::path& root, Entry& entry, AnalysedProject analysed) {
        for (const auto& w : analysed.warnings) spdlog::warn("{}: {}", root.string(), w);
        ProjectState state;
        state.root = root;
        state.rootUri = pathToUri(root.generic_string());
        state.input = std::move(analysed.input);
        state.report = std::move(analysed.report);
        const std::size_t fileCount = inputFiles(state.input).size();
        for (std::size_t i = 0; i < fileCount; ++i) {
            ProjectFile& pf = state.addFile(i);
            if (const Document* doc = openDocument(pf.path)) {
                pf.uri = doc->uri;
                pf.version = doc->version;
                pf.revision = doc->revision;
            } else {
                pf.uri = pathToUri(pf.path.generic_string());
            }
        }
        for (const auto& m : state.input.pythonManifests)
            if (m.model.parsed) lastGoodModels[(root / m.file.path).lexically_normal()] = m.model;
        state.generation = ++generations;
        entry.state = std::move(state);
        entry.stale = false;
    }

    // ---------------------------------------------------------------- prefetch
    // Started while answering initialize; taken in project by project from initialized on
    // (Server::addIdleWork: between messages). Only with the built-in knowledge: a knowledge
    // file is read and checked on the main thread.
    static constexpr std::size_t kPrefetchBatch = 64;  // projects taken in per idle step
    std::shared_ptr<PrefetchStream> prefetchStream;     // set until every project is taken in
    std::future<void> prefetch;
    nlohmann::json prefetchSettings;
    std::set<fs::path> changedWhilePrefetching;  // on disk, after the prefetch may have read them
    std::optional<std::string> prefetchToken;    // $/progress, when the client accepted it
    std::size_t prefetchTotal = 0;
    std::size_t lastPercentage = 0;
    std::chrono::steady_clock::time_point prefetchStart;

    ~Impl() {
        if (prefetchStream) prefetchStream->stop();  // the future's destructor waits for the project in hand
    }

    void startPrefetch() {
        if (!server.settings().getString("knowledgeFile", "").empty()) return;
        PrefetchRequest request;
        request.folders = folderPaths();
        if (request.folders.empty()) return;
        request.maxProjects = maxProjects();
        request.maxCachedFileBytes = kMaxCachedFileBytes;
        request.options = adviceOptionsFrom(server.settings());  // per-folder settings come later, if at all
        request.readDisk = [](const fs::path& p, std::string& error) { return readTextFileCapped(p, capFor(p), error); };
        request.canonical = canonicalPath;
        request.confinementFor = [folders = request.folders](const fs::path& root) {
            const fs::path* best = nullptr;
            for (const auto& f : folders)
                if (support::isInside(root, f.lexically_normal()) && (!best || f.native().size() > best->native().size())) best = &f;
            return best ? *best : root;
        };
        prefetchSettings = server.settingsSnapshot();
        auto stream = std::make_shared<PrefetchStream>();
        try {
            prefetch = std::async(std::launch::async, [request = std::move(request), stream] {
                try {
                    prefetchWorkspace(request, *stream);
                } catch (const std::exception& e) {
                    spdlog::warn("workspace prefetch failed: {}", e.what());
                }
                stream->finish();
            });
            prefetchStream = std::move(stream);
            prefetchStart = std::chrono::steady_clock::now();
        } catch (const std::exception& e) {
            spdlog::warn("workspace prefetch not started: {}", e.what());  // the scan at initialized does the work
        }
    }

    // From initialized on, the prefetch's projects become entries as they arrive: first for
    // up to kInitializedBudget right away (a small workspace is then complete before the
    // first didOpen, which only publishes), the rest between messages. They are announced
    // to the features once announcing starts: at once without $/progress, else when the
    // client answered the token's creation (then with a report per percentage point).
    static constexpr std::chrono::milliseconds kInitializedBudget{10};
    bool announcing = false;
    std::vector<fs::path> unannounced;        // roots taken in before announcing started
    std::size_t progressDone = 0;

    void beginTakingPrefetch() {
        const auto until = std::chrono::steady_clock::now() + kInitializedBudget;
        while (prefetchStream && std::chrono::steady_clock::now() < until) takePrefetchStep();
    }

    void startAnnouncing(std::optional<std::string> token) {
        announcing = true;
        prefetchToken = std::move(token);
        if (prefetchToken)
            progress(*prefetchToken, {{"kind", "begin"}, {"title", "stackls: scanning the workspace"}, {"percentage", 0}});
        for (const auto& root : std::exchange(unannounced, {})) {
            auto it = entries.find(root);
            if (it == entries.end()) continue;
            if (it->second.stale) compute(root, it->second);
            fireUpdated(it->second.state);
            projectDone(root);
        }
        if (prefetchStream)
            server.addIdleWork([this] { return takePrefetchStep(); });
        else
            endProgress();
    }

    void projectDone(const fs::path& root) {
        ++progressDone;
        const std::size_t percentage = prefetchTotal ? std::min<std::size_t>(100, progressDone * 100 / prefetchTotal) : 100;
        if (!prefetchToken || percentage == lastPercentage) return;
        progress(*prefetchToken, {{"kind", "report"}, {"message", root.filename().string()}, {"percentage", percentage}});
        lastPercentage = percentage;
    }

    void endProgress() {
        if (prefetchToken)
            progress(*prefetchToken, {{"kind", "end"}, {"message", "projects found: " + std::to_string(entries.size())}});
        prefetchToken.reset();
    }

    // One step: what arrived (waiting a little when nothing has); false once all is in.
    bool takePrefetchStep() {
        auto batch = prefetchStream->take(kPrefetchBatch, std::chrono::milliseconds(2));
        if (batch.discovery) {
            for (const auto& w : batch.discovery->warnings) spdlog::warn("discovery: {}", w);
            prefetchTotal = batch.discovery->projectCount;
            if (batch.discovery->capped) warnTooManyProjects();
            else if (batch.discovery->discoveryCapped) warnDiscoveryCapped();
        }
        const bool sameSettings = prefetchSettings == server.settingsSnapshot();
        if (sameSettings && !batch.projects.empty()) settingsUsed = prefetchSettings;
        for (auto& p : batch.projects) {
            const fs::path root = p.root;
            if (!takePrefetched(std::move(p), sameSettings)) {
                projectDone(root);
            } else if (!announcing) {
                unannounced.push_back(root);
            } else {
                fireUpdated(entries.at(root).state);
                projectDone(root);
            }
        }
        if (!batch.finished) return true;
        prefetch.get();  // the thread has finished: joins it
        prefetchStream.reset();
        changedWhilePrefetching.clear();
        spdlog::info("workspace prefetch: {} project(s) taken in {:.2f} ms after initialize", entries.size(),
                     std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - prefetchStart).count());
        if (announcing) endProgress();
        return false;
    }

    // A prefetched project becomes an entry unless one exists (a document of it was opened,
    // or it changed on disk, meanwhile: then that entry is newer), its folder left the
    // workspace or the limit is reached; true when it did.
    bool takePrefetched(PrefetchedProject p, bool sameSettings) {
        if (entries.count(p.root) || !folderContaining(p.root)) return false;
        if (entries.size() >= maxProjects()) {
            warnTooManyProjects();
            return false;
        }
        for (auto& [path, text] : p.filesRead)
            if (!openDocument(path) && !changedWhilePrefetching.count(path)) diskCache.emplace(path, std::move(text));
        Entry& e = entries[p.root];
        e.disk = std::move(p.disk);
        e.inWorkspace = true;
        install(p.root, e, std::move(p.analysed));
        // Read before an edit or a change on disk, or with settings since replaced: advise again.
        bool outdated = !sameSettings;
        for (const auto& f : e.state.files)
            outdated = outdated || openDocument(f.path) || changedWhilePrefetching.count(f.path);
        if (outdated) compute(p.root, e);
        return true;
    }

    // Current state for `root`, recomputing when an event or a version says it is stale.
    const ProjectState* current(const fs::path& root, Entry& entry) {
        if (entry.stale || entry.openVersions != openVersionsUnder(root)) compute(root, entry);
        return &entry.state;
    }

    // An entry with nothing on disk and no open document has no project left.
    bool empty(const fs::path& root, const Entry& entry) const {
        return entry.disk.empty() && !openManifestsByRoot.count(root);
    }

    // Recomputes every stale entry and tells the listeners; drops entries left empty.
    void refreshStale() {
        for (auto it = entries.begin(); it != entries.end();) {
            if (!it->second.stale) {
                ++it;
                continue;
            }
            if (empty(it->first, it->second)) {
                for (const auto& f : it->second.state.files) fireDropped(f.uri);
                it = entries.erase(it);
                continue;
            }
            compute(it->first, it->second);
            fireUpdated(it->second.state);
            ++it;
        }
    }

    void fireUpdated(const ProjectState& state) {
        for (const auto& l : updated) {
            try {
                l(state);
            } catch (const std::exception& e) {
                spdlog::error("analysis update listener failed: {}", e.what());
            }
        }
    }

    void fireDropped(const std::string& uri) {
        for (const auto& l : dropped) {
            try {
                l(uri);
            } catch (const std::exception& e) {
                spdlog::error("analysis drop listener failed: {}", e.what());
            }
        }
    }

    // Marks stale the project a path is a manifest of and every project that read it; a
    // .stackls.json also concerns every project below its folder (they may inherit it).
    void markAffected(const fs::path& path, bool createProject) {
        const auto kind = manifest::manifestKindForPath(path.generic_string());
        if (kind) {
            if (auto* e = entryFor(projectRootFor(path, *kind), createProject)) e->stale = true;
        }
        const bool config = kind == manifest::ManifestKind::StacklsConfig;
        for (auto& [root, entry] : entries) {
            if (config && support::isInside(root, path.parent_path())) entry.stale = true;
            for (const auto& f : entry.state.files)
                if (f.path == path) entry.stale = true;
        }
    }

    // An editor opening a file sends what is on disk, which the workspace scan analysed
    // already: then only the URI and version it is known by change, not the report.
    bool adoptUnchangedText(const fs::path& path, const Document& doc) {
        if (auto kind = manifest::manifestKindForPath(path.generic_string())) {
            auto own = entries.find(projectRootFor(path, *kind));
            if (own == entries.end()) return false;
            bool listed = false;
            for (const auto& f : own->second.state.files) listed |= f.path == path;
            if (!listed) return false;
        }
        std::vector<std::pair<const fs::path*, Entry*>> readers;
        for (auto& [root, entry] : entries) {
            bool reads = false;
            for (const auto& f : entry.state.files) {
                if (f.path != path) continue;
                if (entry.stale || f.text != doc.text) return false;
                reads = true;
            }
            if (reads) readers.emplace_back(&root, &entry);
        }
        if (readers.empty()) return false;
        for (auto& [root, entry] : readers) {
            for (auto& f : entry->state.files) {
                if (f.path != path) continue;
                f.uri = doc.uri;
                f.version = doc.version;
                f.revision = doc.revision;
            }
            entry->openVersions = openVersionsUnder(*root);
            entry->state.generation = ++generations;
            fireUpdated(entry->state);
        }
        return true;
    }

    // A keystroke inside a string of an open package.json or a line of a requirements file
    // that only its own project reads: patched and advised again without reading the file
    // (see project_patch.h).
    bool patchEdit(const fs::path& path, const Document& doc) {
        const auto kind = manifest::manifestKindForPath(path.generic_string());
        if (kind != manifest::ManifestKind::PackageJson && kind != manifest::ManifestKind::Requirements) return false;
        const fs::path root = projectRootFor(path, *kind);
        auto own = entries.find(root);
        if (own == entries.end() || own->second.stale) return false;
        for (const auto& [other, entry] : entries)
            if (other != root)
                for (const auto& f : entry.state.files)
                    if (f.path == path) return false;
        // Every other open document of the project is still at the version the state has.
        auto versions = openVersionsUnder(root);
        auto expected = own->second.openVersions;
        expected[path] = doc.version;
        if (versions != expected) return false;
        if (!patchManifestEdit(own->second.state, doc, knowledgeBase(), adviceOptions(root))) return false;
        spdlog::debug("{} version {}: the edit patched the model; the file was not read again", path.string(), doc.version);
        own->second.openVersions = std::move(versions);
        own->second.state.generation = ++generations;
        fireUpdated(own->second.state);
        return true;
    }

    void documentChanged(const Document& doc) {
        auto path = pathOfUri(doc.uri);
        if (!path) return;
        if (*path == fs::path(customKey.substr(0, customKey.find('\n')))) staleAll();
        if (adoptUnchangedText(*path, doc)) return;
        if (patchEdit(*path, doc)) return;
        markAffected(*path, true);
        refreshStale();
    }

    void documentClosed(const std::string& uri) {
        auto path = pathOfUri(uri);
        untrack(uri);
        if (!path) return;
        diskCache.erase(*path);  // it may have been saved; read it afresh
        bool known = false;
        for (const auto& [root, entry] : entries)
            if (entry.state.fileWithUri(uri)) known = true;
        markAffected(*path, false);
        if (known) fireDropped(uri);
        refreshStale();
    }

    void staleAll() {
        for (auto& [root, entry] : entries) entry.stale = true;
    }

    bool readByAProject(const fs::path& path) const {
        for (const auto& [root, entry] : entries)
            for (const auto& f : entry.state.files)
                if (f.path == path) return true;
        return false;
    }

    // Marks what a disk change affects; the caller recomputes once for a whole batch.
    void fileChanged(const fs::path& rawPath) {
        auto path = canonicalPath(rawPath);
        diskCache.erase(path);
        if (prefetchStream) changedWhilePrefetching.insert(path);
        if (inSkippedDirectory(path, folderContaining(path)) && !readByAProject(path)) return;
        if (path == fs::path(customKey.substr(0, customKey.find('\n')))) {
            customKey.clear();
            staleAll();
        }
        if (auto kind = manifest::manifestKindForPath(path.generic_string())) {
            auto root = projectRootFor(path, *kind);
            if (auto* e = entryFor(root, folderContaining(root).has_value())) {
                if (e->inWorkspace) e->disk = discoverRoot(root);
                e->stale = true;
            }
        }
        markAffected(path, false);
    }

    void progress(const std::string& token, nlohmann::json value) {
        server.sendNotification("$/progress", {{"token", token}, {"value", std::move(value)}});
    }

    void scanWithProgress(const std::string& token) {
        progress(token, {{"kind", "begin"}, {"title", "stackls: scanning the workspace"}, {"percentage", 0}});
        scan();
        std::size_t total = 0, done = 0;
        for (const auto& [root, entry] : entries) total += entry.stale ? 1 : 0;
        for (auto it = entries.begin(); it != entries.end();) {
            if (!it->second.stale) {
                ++it;
                continue;
            }
            ++done;
            if (empty(it->first, it->second)) {
                for (const auto& f : it->second.state.files) fireDropped(f.uri);
                it = entries.erase(it);
                continue;
            }
            progress(token, {{"kind", "report"}, {"message", it->first.filename().string()},
                             {"percentage", total ? done * 100 / total : 100}});
            if (it->second.stale) compute(it->first, it->second);
            fireUpdated(it->second.state);
            ++it;
        }
        progress(token, {{"kind", "end"}, {"message", "projects found: " + std::to_string(entries.size())}});
    }

    void scan() {
        auto folders = folderPaths();
        std::set<fs::path> seen;
        const std::size_t cap = maxProjects();
        for (const auto& folder : folders) {
            auto found = discoverProjects(folder, DiscoveryLimits::forProjects(cap));
            for (const auto& w : found.warnings) spdlog::warn("discovery: {}", w);
            if (found.capped) warnDiscoveryCapped();
            for (auto& p : found.projects) {
                if (entries.size() >= cap && !entries.count(p.root)) {
                    warnTooManyProjects();
                    break;
                }
                auto& e = entries[p.root];
                e.disk = std::move(p.details);
                e.inWorkspace = true;
                e.stale = true;
                seen.insert(p.root);
            }
        }
        // Projects that no longer exist on disk (folder removed) keep only their open documents.
        for (auto& [root, entry] : entries) {
            if (seen.count(root)) continue;
            entry.inWorkspace = folderContaining(root).has_value();
            if (!entry.inWorkspace) entry.disk.clear();
            entry.stale = true;
        }
    }
};

Analysis::Analysis(Server& server) : impl_(std::make_unique<Impl>(server)) {
    Analysis* a = this;
    server.onDocumentChanged([a](const Document& doc) {
        a->impl_->track(doc.uri);
        a->impl_->documentChanged(doc);
    });
    server.onDocumentSaved([a](const Document& doc) {
        if (auto p = pathOfUri(doc.uri)) a->impl_->diskCache.erase(*p);
    });
    server.onDocumentClosed([a](const std::string& uri) { a->impl_->documentClosed(uri); });
    server.onSettingsChanged([a, &server] {
        // Clients answer workspace/configuration right after start-up, mostly with what
        // initializationOptions said already: identical settings give identical reports.
        const auto& used = a->impl_->settingsUsed;
        if (used && *used == server.settingsSnapshot()) return;
        a->impl_->staleAll();
        a->impl_->refreshStale();
    });
    server.onWorkspaceFoldersChanged([a] { a->scanWorkspace(); });
    server.onInitialize([a] { a->impl_->startPrefetch(); });
    server.onInitialized([a, &server] {
        const bool prefetching = a->impl_->prefetchStream != nullptr;
        if (prefetching) a->impl_->beginTakingPrefetch();
        if (!server.clientCapabilities().workDoneProgress) {
            if (prefetching)
                a->impl_->startAnnouncing(std::nullopt);
            else
                a->scanWorkspace();
            return;
        }
        // The token is usable once the client accepted it; the scan (or taking in the
        // prefetch) waits for that answer. Documents opened meanwhile are analysed on their own.
        const std::string token = "stackls-scan";
        server.sendRequest("window/workDoneProgress/create", {{"token", token}},
                           [a, prefetching, token](const protocol::Response& r) {
                               if (prefetching)
                                   a->impl_->startAnnouncing(r.ok ? std::optional<std::string>(token) : std::nullopt);
                               else if (r.ok)
                                   a->impl_->scanWithProgress(token);
                               else
                                   a->scanWorkspace();
                           });
    });
}

Analysis::~Analysis() = default;

const ProjectState* Analysis::projectFor(const std::string& uri) {
    auto path = pathOfUri(uri);
    if (!path) return nullptr;
    if (auto kind = manifest::manifestKindForPath(path->generic_string())) {
        auto root = projectRootFor(*path, *kind);
        auto* entry = impl_->entryFor(root, true);
        if (!entry || impl_->empty(root, *entry)) return nullptr;
        return impl_->current(root, *entry);
    }
    // Not a manifest by name: perhaps a project's knowledge file.
    for (auto& [root, entry] : impl_->entries) {
        if (entry.state.fileWithUri(uri)) return impl_->current(root, entry);
    }
    return nullptr;
}

const ProjectState* Analysis::projectAt(const std::string& rootOrUri) {
    fs::path root;
    if (rootOrUri.rfind("file:", 0) == 0) {
        auto p = pathOfUri(rootOrUri);
        if (!p) return nullptr;
        root = *p;
    } else {
        if (!fs::path(rootOrUri).has_root_directory()) return nullptr;
        root = canonicalPath(rootOrUri);
    }
    auto* entry = impl_->entryFor(root, impl_->folderContaining(root).has_value());
    if (!entry) return nullptr;
    if (impl_->empty(root, *entry)) {
        impl_->entries.erase(root);
        return nullptr;
    }
    return impl_->current(root, *entry);
}

std::vector<const ProjectState*> Analysis::projects() {
    std::vector<const ProjectState*> out;
    for (auto& [root, entry] : impl_->entries) out.push_back(impl_->current(root, entry));
    return out;
}

const kn::KnowledgeBase& Analysis::knowledge() { return impl_->knowledgeBase(); }

void Analysis::scanWorkspace() {
    impl_->scan();
    impl_->refreshStale();
}

void Analysis::filesChangedOnDisk(const std::vector<fs::path>& paths) {
    for (const auto& p : paths) impl_->fileChanged(p);
    impl_->refreshStale();
}

void Analysis::onProjectUpdated(std::function<void(const ProjectState&)> listener) {
    impl_->updated.push_back(std::move(listener));
}

void Analysis::onDocumentDropped(std::function<void(const std::string&)> listener) {
    impl_->dropped.push_back(std::move(listener));
}

}  // namespace stackls::server
