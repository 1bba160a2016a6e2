// GitHub workflow-command escaping: what the runner documents for messages and for properties.
#include <catch2/catch.hpp>

#include "server/cli/github_annotations.h"

using stackls::server::escapeWorkflowData;
using stackls::server::escapeWorkflowProperty;

TEST_CASE("workflow command data escapes %, CR and LF only") {
    CHECK(escapeWorkflowData("50% of a: b, c\r\nnext") == "50%25 of a: b, c%0D%0Anext");
    CHECK(escapeWorkflowData("%0A") == "%250A");  // an escape already in the text stays literal
}

TEST_CASE("workflow command properties also escape ':' and ','") {
    CHECK(escapeWorkflowProperty("a,b:c%\n") == "a%2Cb%3Ac%25%0A");
    CHECK(escapeWorkflowProperty("services/api/package.json") == "services/api/package.json");
}
