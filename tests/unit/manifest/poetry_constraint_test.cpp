// Poetry constraints → PEP 440, following poetry-core's caret, tilde and wildcard rules.
#include <catch2/catch.hpp>

#include "knowledge/manifest/poetry_constraint.h"

using namespace stackls::manifest;

TEST_CASE("Poetry constraints become PEP 440 specifiers", "[poetry]") {
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"^1.2.3", ">=1.2.3,<2.0.0"},
        {"^1.2", ">=1.2,<2.0"},
        {"^1", ">=1,<2"},
        {"^0.2.3", ">=0.2.3,<0.3.0"},
        {"^0.0.3", ">=0.0.3,<0.0.4"},
        {"^0.0", ">=0.0,<0.1"},
        {"^0", ">=0,<1"},
        {"~1.2.3", ">=1.2.3,<1.3.0"},
        {"~1.2", ">=1.2,<1.3"},
        {"~1", ">=1,<2"},
        {"~=1.4", "~=1.4"},
        {"*", ""},
        {"", ""},
        {"1.2.*", "==1.2.*"},
        {"1.2.x", "==1.2.*"},
        {"1.2.3", "==1.2.3"},
        {"==1.2.3", "==1.2.3"},
        {"=1.2.3", "==1.2.3"},
        {">=1.2,<2.0", ">=1.2,<2.0"},
        {">= 1.2, < 2.0", ">=1.2,<2.0"},
        {">=1.2 <2.0", ">=1.2,<2.0"},
        {"!=1.5", "!=1.5"},
        {"^2.0 || ^3.0", ">=2.0,<4.0"},
        {"^1.2.3rc1", ">=1.2.3rc1,<2.0.0"},
    };
    for (const auto& [poetry, pep440] : cases) {
        INFO(poetry);
        const auto got = poetryConstraintToPep440(poetry);
        REQUIRE(got);
        CHECK(*got == pep440);
    }
}

TEST_CASE("Poetry constraints that are not versions are errors", "[poetry]") {
    for (const std::string bad : {"^abc", "latest", ">=", "1.0 ||| ~x"}) {
        INFO(bad);
        std::string error;
        CHECK_FALSE(poetryConstraintToPep440(bad, &error));
        CHECK_FALSE(error.empty());
    }
}

TEST_CASE("Poetry python restrictions become markers", "[poetry]") {
    CHECK(poetryPythonMarker("^3.8") == std::optional<std::string>(R"(python_version >= "3.8" and python_version < "4.0")"));
    CHECK(poetryPythonMarker("*") == std::optional<std::string>(""));
    CHECK(poetryPythonMarker(">=3.8.1") == std::optional<std::string>(R"(python_full_version >= "3.8.1")"));
    CHECK(poetryPythonMarker("~2.7 || ^3.6") ==
          std::optional<std::string>(R"((python_version >= "2.7" and python_version < "2.8") or (python_version >= "3.6" and python_version < "4.0"))"));
}
