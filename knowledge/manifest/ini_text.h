// The INI dialect setuptools reads setup.cfg with (Python's configparser defaults), with byte ranges.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "knowledge/manifest/model.h"

namespace stackls::manifest {

struct IniLine {
    std::string_view text;  // without surrounding whitespace
    ByteRange range;
};

struct IniEntry {
    std::string key;             // lower case, as configparser's optionxform makes it
    ByteRange keyRange;
    std::vector<IniLine> lines;  // the text after '=' or ':' (possibly empty), then each continuation line
    ByteRange range;             // key through the last continuation line
};

struct IniSection {
    std::string name;  // case kept
    ByteRange headerRange;
    std::vector<IniEntry> entries;
};

struct IniText {
    std::vector<IniSection> sections;
    std::vector<Problem> problems;
};

// configparser's rules: `[section]` headers; `key = value` or `key: value` split at the first
// '=' or ':'; a line indented deeper than its key's line continues the value; lines starting
// with '#' or ';' (after indentation) are comments, also inside a value; blank lines are
// skipped. Lines hold views into `text`, which must outlive the result.
IniText readIni(std::string_view text);

}  // namespace stackls::manifest
