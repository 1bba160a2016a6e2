#include <catch2/catch.hpp>

#include "support/args.h"

using stackls::support::splitList;

TEST_CASE("splitList trims the items of a comma-separated value and drops empty ones", "[args]") {
    using V = std::vector<std::string_view>;
    CHECK(splitList("a, b,,c ") == V{"a", "b", "c"});
    CHECK(splitList("") == V{});
    CHECK(splitList(" , ") == V{});
    CHECK(splitList("one") == V{"one"});
}
