// Fixes become WorkspaceEdits only when they are safe: valid JSON stays valid, creations need client support.
#include <catch2/catch.hpp>

#include <string>

#include "protocol/position.h"
#include "server/lsp/fix_edits.h"

using stackls::knowledge::FileCreation;
using stackls::knowledge::Fix;
using stackls::knowledge::TextEdit;
using stackls::server::EditSupport;
using stackls::server::ProjectFile;
using stackls::server::ProjectState;
using stackls::server::workspaceEditFor;

namespace {

ProjectState projectWith(const std::string& name, const std::string& text) {
    ProjectState p;
    p.root = "/nonexistent-stackls-test/app";
    p.rootUri = "file:///nonexistent-stackls-test/app";
    // Edits read only the state's files; any slot of the input can hold the text they view.
    p.input.config = stackls::knowledge::TextFile{name, text};
    ProjectFile& f = p.addFile(0);
    f.uri = p.rootUri + "/" + name;
    f.version = 3;
    return p;
}

Fix replace(const std::string& file, std::size_t begin, std::size_t end, const std::string& text) {
    Fix fix;
    fix.title = "t";
    fix.edits.push_back(TextEdit{file, {begin, end}, text});
    return fix;
}

}  // namespace

TEST_CASE("an edit that keeps package.json valid becomes a versioned documentChanges edit") {
    auto p = projectWith("package.json", "{\"a\": \"x\"}");
    EditSupport support{true, false};
    auto edit = workspaceEditFor(p, replace("package.json", 6, 9, "\"y\""), support);
    REQUIRE(edit);
    const auto& change = (*edit)["documentChanges"][0];
    CHECK(change["textDocument"]["version"] == 3);
    CHECK(change["edits"][0]["newText"] == "\"y\"");
    CHECK(change["edits"][0]["range"]["start"]["character"] == 6);
}

TEST_CASE("without documentChanges support the edit is a plain changes map") {
    auto p = projectWith("package.json", "{\"a\": \"x\"}");
    auto edit = workspaceEditFor(p, replace("package.json", 6, 9, "\"y\""), EditSupport{});
    REQUIRE(edit);
    CHECK(edit->contains("changes"));
    CHECK_FALSE(edit->contains("documentChanges"));
}

TEST_CASE("a fix that would break valid JSON is refused") {
    auto p = projectWith("package.json", "{\"a\": \"x\"}");
    CHECK_FALSE(workspaceEditFor(p, replace("package.json", 6, 9, "\"y\", "), EditSupport{}));
    CHECK_FALSE(workspaceEditFor(p, replace("package.json", 0, 1, ""), EditSupport{}));
}

TEST_CASE("edits outside the file, to unknown files or overlapping are refused") {
    auto p = projectWith("requirements.txt", "flask\n");
    CHECK_FALSE(workspaceEditFor(p, replace("requirements.txt", 3, 99, "x"), EditSupport{}));
    CHECK_FALSE(workspaceEditFor(p, replace("other.txt", 0, 0, "x"), EditSupport{}));
    Fix overlapping = replace("requirements.txt", 0, 3, "a");
    overlapping.edits.push_back(TextEdit{"requirements.txt", {2, 4}, "b"});
    CHECK_FALSE(workspaceEditFor(p, overlapping, EditSupport{}));
    // Not JSON: no validity check, any in-range edit goes.
    CHECK(workspaceEditFor(p, replace("requirements.txt", 0, 5, "{{"), EditSupport{}));
}

TEST_CASE("file creation needs resourceOperations create and valid JSON content") {
    auto p = projectWith("requirements.txt", "flask\n");
    Fix create;
    create.title = "c";
    create.creations.push_back(FileCreation{".stackls.json", "{\"ignore\": [\"x\"]}\n"});
    CHECK_FALSE(workspaceEditFor(p, create, EditSupport{true, false}));
    auto edit = workspaceEditFor(p, create, EditSupport{true, true});
    REQUIRE(edit);
    CHECK((*edit)["documentChanges"][0]["kind"] == "create");
    CHECK((*edit)["documentChanges"][0]["uri"] == "file:///nonexistent-stackls-test/app/.stackls.json");
    create.creations[0].content = "{\"ignore\": [";
    CHECK_FALSE(workspaceEditFor(p, create, EditSupport{true, true}));
    create.creations[0] = FileCreation{"../outside.json", "{}"};
    CHECK_FALSE(workspaceEditFor(p, create, EditSupport{true, true}));
}
