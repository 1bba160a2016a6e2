// A report's files view its input's texts (surviving moves), and hover serves only a report of the document's latest revision.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>
#include <utility>

#include <unistd.h>

#include "server/lsp/analysis.h"
#include "server/lsp/documents.h"
#include "server/lsp/features.h"
#include "server/lsp/uri.h"
#include "server_harness.h"

namespace kn = stackls::knowledge;
namespace fs = std::filesystem;
using nlohmann::json;
using stackls::protocol::PositionEncoding;
using stackls::server::DocumentStore;
using stackls::server::ProjectState;
using stackls::testing::Harness;

namespace {

// The view lies inside the string's own buffer, not in a copy that happens to be equal.
bool viewsInto(std::string_view view, const std::string& owner) {
    return view.data() == owner.data() && view.size() == owner.size();
}

json hoverAt(Harness& h, int id, const std::string& uri, int line, int character) {
    auto replies = h.exchange(Harness::request(
        id, "textDocument/hover", {{"textDocument", {{"uri", uri}}}, {"position", {{"line", line}, {"character", character}}}}));
    return Harness::replyTo(replies, id)["result"];
}

}  // namespace

TEST_CASE("A project's files view the input texts and keep doing so after moves", "[analysis]") {
    ProjectState s;
    s.root = "/p";
    const std::string longText(100'000, 'x');
    s.input.requirements.push_back({{"requirements.txt", "flask\n"}, {}});  // short: its characters move with the string
    s.input.requirements.push_back({{"requirements/dev.txt", longText}, {}});
    s.input.config = kn::TextFile{".stackls.json", "{}"};
    for (std::size_t i = 0; i < 3; ++i) s.addFile(i);

    REQUIRE(s.files.size() == 3);
    CHECK(s.files[1].name == "requirements/dev.txt");
    CHECK(s.files[1].path == fs::path("/p/requirements/dev.txt"));
    CHECK(s.files[1].lines.lineCount() == 1);

    ProjectState moved(std::move(s));
    ProjectState assigned;
    assigned = std::move(moved);
    const auto& in = assigned.input;
    CHECK(viewsInto(assigned.files[0].text, in.requirements[0].file.text));
    CHECK(viewsInto(assigned.files[1].text, in.requirements[1].file.text));
    CHECK(viewsInto(assigned.files[2].text, in.config->text));
    CHECK(assigned.files[0].text == "flask\n");
}

TEST_CASE("A document's revision changes with every open and applied change, and only then", "[documents]") {
    DocumentStore store;
    const std::string uri = "file:///w/package.json";
    REQUIRE_FALSE(store.open({uri, "json", 1, "{}"}));
    const auto first = store.get(uri)->revision;
    CHECK(first != 0);

    // No version: the text changes, the client's version number does not.
    REQUIRE_FALSE(store.change(uri, std::nullopt, {{std::nullopt, "{ }"}}, PositionEncoding::Utf16));
    const auto second = store.get(uri)->revision;
    CHECK(store.get(uri)->version == 1);
    CHECK(second != first);

    // Refused (older version): nothing changed, so neither does the revision.
    REQUIRE(store.change(uri, 0, {{std::nullopt, "[]"}}, PositionEncoding::Utf16));
    CHECK(store.get(uri)->revision == second);

    // Re-opened with the same version and text: a new revision all the same.
    REQUIRE_FALSE(store.open({uri, "json", 1, "{ }"}));
    CHECK(store.get(uri)->revision != second);
    CHECK(store.get(uri)->revision != first);
}

TEST_CASE("Hover answers for the latest text, also after an edit that keeps the version", "[analysis][hover]") {
    Harness h;
    stackls::server::Analysis analysis(h.server);
    stackls::server::registerFeatures(h.server, analysis);
    h.initialize();
    const std::string uri = "untitled:package.json";
    const std::string text = "{\"dependencies\": {\"express\": \"^4.0.0\"}}";
    h.exchange(Harness::notification(
        "textDocument/didOpen", {{"textDocument", {{"uri", uri}, {"languageId", "json"}, {"version", 1}, {"text", text}}}}));
    const int at = static_cast<int>(text.find("express")) + 2;
    auto before = hoverAt(h, 1, uri, 0, at);
    REQUIRE(before.is_object());

    // Four spaces in front: the old report's ranges no longer fit, the new one's do.
    h.exchange(Harness::notification("textDocument/didChange",
                                     {{"textDocument", {{"uri", uri}, {"version", 1}}},
                                      {"contentChanges", json::array({{{"text", "    " + text}}})}}));
    auto moved = hoverAt(h, 2, uri, 0, at + 4);
    REQUIRE(moved.is_object());
    CHECK(moved["range"]["start"]["character"] == before["range"]["start"]["character"].get<int>() + 4);
}

TEST_CASE("Hover works on a document opened exactly as the workspace scan read it", "[analysis][hover]") {
    const fs::path root = fs::temp_directory_path() / ("stackls-project-files-" + std::to_string(::getpid()));
    fs::remove_all(root);
    fs::create_directories(root);
    const std::string text = "{\"dependencies\": {\"express\": \"^4.0.0\"}}";
    std::ofstream(root / "package.json") << text;
    const std::string rootUri = stackls::server::pathToUri(fs::canonical(root).generic_string());
    const std::string uri = rootUri + "/package.json";

    Harness h;
    stackls::server::Analysis analysis(h.server);
    stackls::server::registerFeatures(h.server, analysis);
    h.initialize(json::object(), rootUri);
    h.exchange(Harness::notification(
        "textDocument/didOpen", {{"textDocument", {{"uri", uri}, {"languageId", "json"}, {"version", 7}, {"text", text}}}}));
    CHECK(hoverAt(h, 1, uri, 0, static_cast<int>(text.find("express")) + 2).is_object());
    fs::remove_all(root);
}
