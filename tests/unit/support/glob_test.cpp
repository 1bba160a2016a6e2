// Globs for exclude lists: segments, stars, globstars, names at any depth, hostile patterns.
#include <catch2/catch.hpp>

#include <string>

#include "support/glob.h"

using stackls::support::globMatch;

TEST_CASE("a pattern without a slash matches the last segment at any depth") {
    CHECK(globMatch("dist", "dist"));
    CHECK(globMatch("dist", "web/dist"));
    CHECK(globMatch("dist/", "web/dist"));
    CHECK(globMatch("*.min.json", "a/b/x.min.json"));
    CHECK_FALSE(globMatch("dist", "dist2"));
    CHECK_FALSE(globMatch("dist", "dist/app"));  // the folder itself is excluded; its content is never walked
}

TEST_CASE("a pattern with a slash matches the whole relative path") {
    CHECK(globMatch("vendor/*", "vendor/lib"));
    CHECK_FALSE(globMatch("vendor/*", "vendor/lib/deep"));
    CHECK_FALSE(globMatch("vendor/*", "x/vendor/lib"));
    CHECK(globMatch("fixtures/**", "fixtures"));
    CHECK(globMatch("fixtures/**", "fixtures/a/b/package.json"));
    CHECK(globMatch("**/fixtures", "tests/unit/fixtures"));
    CHECK(globMatch("**/fixtures", "fixtures"));
    CHECK(globMatch("a/**/b", "a/b"));
    CHECK(globMatch("a/**/b", "a/x/y/b"));
    CHECK_FALSE(globMatch("a/**/b", "a/x/y/c"));
    CHECK(globMatch("services/?pi", "services/api"));
    CHECK_FALSE(globMatch("./x", "x"));  // "." is a segment like any other
}

TEST_CASE("empty, long and star-heavy patterns end quickly") {
    CHECK_FALSE(globMatch("", "a"));
    CHECK_FALSE(globMatch("a", ""));
    CHECK_FALSE(globMatch(std::string(2000, 'a'), std::string(2000, 'a')));
    std::string stars;
    for (int i = 0; i < 60; ++i) stars += "**/";
    stars += "z";
    CHECK_FALSE(globMatch(stars, "a/b/c/d/e/f/g/h/i/j/k/l/m/n/o/p"));
    CHECK(globMatch(std::string(500, '*') + "b", std::string(3000, 'a') + "b"));
}
