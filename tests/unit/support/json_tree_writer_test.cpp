// The tree writer: the same calls as the streaming writer give the same JSON, as a tree.
#include <catch2/catch.hpp>

#include <sstream>

#include "support/json_tree_writer.h"
#include "support/json_writer.h"

using stackls::support::JsonTreeWriter;
using stackls::support::JsonWriter;

namespace {

// Every call the writers share, nested three deep, with empty containers at each level.
template <class Writer>
void writeSample(Writer& w) {
    w.beginObject();
    w.key("name").value("x\"y");
    w.key("empty").beginArray();
    w.endArray();
    w.key("list").beginArray();
    w.value(0.35);
    w.value(true);
    w.null();
    w.beginObject();
    w.key("inner").value(std::vector<std::string>{"a", "b"});
    w.key("none").beginObject();
    w.endObject();
    w.endObject();
    w.value(std::string("last"));
    w.endArray();
    w.key("flag").value(false);
    w.endObject();
}

}  // namespace

TEST_CASE("json tree writer: builds what the streaming writer prints", "[json_tree_writer]") {
    JsonTreeWriter tree;
    writeSample(tree);
    const nlohmann::json built = tree.take();
    std::ostringstream text;
    {
        JsonWriter w(text);
        writeSample(w);
    }
    CHECK(built == nlohmann::json::parse(text.str()));
    CHECK(built == nlohmann::json::parse(R"({"name": "x\"y", "empty": [], "flag": false,
        "list": [0.35, true, null, {"inner": ["a", "b"], "none": {}}, "last"]})"));
}

TEST_CASE("json tree writer: a lone value is the whole tree", "[json_tree_writer]") {
    JsonTreeWriter w;
    w.value("alone");
    CHECK(w.take() == "alone");
}
