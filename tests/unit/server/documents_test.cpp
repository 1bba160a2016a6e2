// Unit tests for the document store: full and incremental changes, clamping, atomic batches.
#include <catch2/catch.hpp>

#include "server/lsp/documents.h"

#include "server_harness.h"

using namespace stackls;
using protocol::PositionEncoding;
using protocol::TextDocumentContentChangeEvent;
using server::DocumentStore;

namespace {

TextDocumentContentChangeEvent edit(int l1, int c1, int l2, int c2, std::string text) {
    return {protocol::Range{{l1, c1}, {l2, c2}}, std::move(text)};
}

DocumentStore storeWith(const std::string& text) {
    DocumentStore store;
    REQUIRE_FALSE(store.open({"file:///w/package.json", "json", 1, text}));
    return store;
}

const std::string kPackageUri = "file:///w/package.json";

}  // namespace

TEST_CASE("A full change replaces the text and bumps the version", "[documents]") {
    auto store = storeWith("old");
    REQUIRE_FALSE(store.change(kPackageUri, 2, {{std::nullopt, "new"}}, PositionEncoding::Utf16));
    CHECK(store.get(kPackageUri)->text == "new");
    CHECK(store.get(kPackageUri)->version == 2);
}

TEST_CASE("A change with an older version than the document's is refused", "[documents]") {
    auto store = storeWith("old");
    REQUIRE_FALSE(store.change(kPackageUri, 5, {{std::nullopt, "five"}}, PositionEncoding::Utf16));
    CHECK(store.change(kPackageUri, 4, {{std::nullopt, "four"}}, PositionEncoding::Utf16));
    CHECK(store.get(kPackageUri)->text == "five");
    CHECK(store.get(kPackageUri)->version == 5);
}

TEST_CASE("Incremental changes apply in order with UTF-16 columns", "[documents]") {
    // "😀" is two UTF-16 units: column 2 is just after it.
    auto store = storeWith("{\"\xF0\x9F\x98\x80\": 1}\n");
    REQUIRE_FALSE(store.change(kPackageUri, 2, {edit(0, 2, 0, 4, "ab"), edit(0, 0, 0, 0, "X")}, PositionEncoding::Utf16));
    CHECK(store.get(kPackageUri)->text == "X{\"ab\": 1}\n");
    REQUIRE_FALSE(store.change(kPackageUri, 3, {edit(1, 0, 1, 0, "tail")}, PositionEncoding::Utf16));
    CHECK(store.get(kPackageUri)->text == "X{\"ab\": 1}\ntail");
}

TEST_CASE("UTF-8 columns count bytes", "[documents]") {
    auto store = storeWith("\xE4\xB8\xAD=1");
    REQUIRE_FALSE(store.change(kPackageUri, 2, {edit(0, 3, 0, 4, ":")}, PositionEncoding::Utf8));
    CHECK(store.get(kPackageUri)->text == "\xE4\xB8\xAD:1");
}

TEST_CASE("Out-of-range positions clamp to the line or document end", "[documents]") {
    auto store = storeWith("ab\ncd");
    REQUIRE_FALSE(store.change(kPackageUri, 2, {edit(0, 99, 0, 120, "!")}, PositionEncoding::Utf16));
    CHECK(store.get(kPackageUri)->text == "ab!\ncd");
    REQUIRE_FALSE(store.change(kPackageUri, 3, {edit(50, 0, 60, 0, "?")}, PositionEncoding::Utf16));
    CHECK(store.get(kPackageUri)->text == "ab!\ncd?");
}

TEST_CASE("An inverted range drops the whole batch and keeps the version", "[documents]") {
    auto store = storeWith("hello");
    const auto error = store.change(kPackageUri, 9, {edit(0, 0, 0, 1, "J"), edit(0, 4, 0, 2, "x")}, PositionEncoding::Utf16);
    REQUIRE(error);
    CHECK(error->find("inverted") != std::string::npos);
    CHECK(store.get(kPackageUri)->text == "hello");
    CHECK(store.get(kPackageUri)->version == 1);
}

TEST_CASE("Changes to unknown documents are refused; close forgets", "[documents]") {
    auto store = storeWith("x");
    CHECK(store.change("file:///other", 2, {{std::nullopt, "y"}}, PositionEncoding::Utf16));
    CHECK(store.close(kPackageUri));
    CHECK_FALSE(store.close(kPackageUri));
    CHECK(store.get(kPackageUri) == nullptr);
}

TEST_CASE("Document converts byte ranges to LSP ranges and knows its file name", "[documents]") {
    auto store = storeWith("a\xF0\x9F\x98\x80" "b");
    const auto* doc = store.get(kPackageUri);
    CHECK(doc->fileName() == "package.json");
    const auto range = doc->range(5, 6, PositionEncoding::Utf16);
    CHECK(range.start == protocol::Position{0, 3});
    CHECK(range.end == protocol::Position{0, 4});
}

TEST_CASE("didChange through the server keeps the old text when a range is bad", "[documents][server]") {
    stackls::testing::Harness h;
    h.initialize();
    h.exchange(stackls::testing::Harness::notification(
        "textDocument/didOpen", {{"textDocument", {{"uri", kPackageUri}, {"languageId", "json"}, {"version", 1}, {"text", "{}"}}}}));
    REQUIRE(h.server.documents().get(kPackageUri));
    auto out = h.exchange(stackls::testing::Harness::notification(
        "textDocument/didChange",
        {{"textDocument", {{"uri", kPackageUri}, {"version", 2}}},
         {"contentChanges", {{{"range", {{"start", {{"line", 0}, {"character", 2}}}, {"end", {{"line", 0}, {"character", 0}}}}},
                              {"text", "x"}}}}}));
    CHECK(h.server.documents().get(kPackageUri)->text == "{}");
    REQUIRE(out.size() == 1);
    CHECK(out[0]["method"] == "window/logMessage");
}
