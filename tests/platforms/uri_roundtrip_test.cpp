// file:// URIs <-> paths on the platform the test runs on: on Windows (under wine) drive
// letters, "%3A" and backslashes, both ways; elsewhere the POSIX forms.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>

#include "server/lsp/uri.h"

using stackls::server::pathToUri;
using stackls::server::uriToPath;

#ifdef _WIN32
TEST_CASE("a VS Code URI on Windows becomes a drive-letter path and comes back unchanged") {
    CHECK(uriToPath("file:///c%3A/Users/Ann%20Lee/proj/package.json") == "C:\\Users\\Ann Lee\\proj\\package.json");
    CHECK(pathToUri("C:\\Users\\Ann Lee\\proj\\package.json") == "file:///c%3A/Users/Ann%20Lee/proj/package.json");
    for (const char* uri : {"file:///c%3A/Users/Ann%20Lee/proj/package.json", "file:///z%3A/tmp/w/requirements.txt",
                            "file:///d%3A/%C3%A9t%C3%A9/x.txt"}) {
        auto path = uriToPath(uri);
        REQUIRE(path);
        CHECK(pathToUri(*path) == uri);
    }
}

TEST_CASE("other spellings of a drive on Windows: unescaped colon, upper case, the drive's root") {
    CHECK(uriToPath("file:///C:/proj") == "C:\\proj");
    CHECK(uriToPath("file:///c%3a/proj/") == "C:\\proj");
    CHECK(uriToPath("file:///c%3A/") == "C:\\");
    CHECK(pathToUri("D:/x/y") == "file:///d%3A/x/y");
    CHECK(pathToUri("C:\\") == "file:///c%3A/");
}
#else
TEST_CASE("a URI becomes a POSIX path and comes back unchanged") {
    CHECK(uriToPath("file:///home/ann%20lee/proj/package.json") == "/home/ann lee/proj/package.json");
    for (const char* uri : {"file:///home/ann%20lee/proj/package.json", "file:///tmp/%C3%A9t%C3%A9/x.txt"}) {
        auto path = uriToPath(uri);
        REQUIRE(path);
        CHECK(pathToUri(*path) == uri);
    }
}
#endif
