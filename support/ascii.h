// ASCII case folding: what package names, URL schemes and file names need, whatever the locale.
#pragma once

#include <string>
#include <string_view>

namespace stackls::support {

inline char asciiLower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

inline std::string asciiLower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = asciiLower(c);
    return out;
}

}  // namespace stackls::support
