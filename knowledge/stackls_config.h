// Reads a project's .stackls.json ({useCase, ignore, knowledge}) with byte ranges, never failing.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "knowledge/manifest/model.h"

namespace stackls::knowledge {

struct StacklsConfig {
    std::optional<manifest::UseCaseDeclaration> useCase;  // a string or an array of strings
    std::vector<manifest::Located> ignore;                 // rule ids to silence
    std::optional<manifest::ByteRange> ignoreArray;        // '[' through ']' of "ignore"
    std::optional<manifest::Located> knowledge;            // path of an extra knowledge file, relative to the project
    std::optional<manifest::ObjectSpan> root;              // absent when the text holds no object
    std::vector<manifest::Problem> problems;               // syntax errors, wrong types, unknown members
};

StacklsConfig parseStacklsConfig(std::string_view text);

}  // namespace stackls::knowledge
