// Minimal RFC 3986 handling for file URIs: enough for what editors send.
#include "server/lsp/uri.h"

#include <algorithm>
#include <cctype>

namespace stackls::server {
namespace {

int hexValue(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

bool unreservedInPath(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
           c == '_' || c == '~' || c == '/';
}

std::string_view stripQueryAndFragment(std::string_view uri) {
    return uri.substr(0, std::min(uri.find('?'), uri.find('#')));
}

}  // namespace

std::optional<std::string> percentDecode(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '%') {
            out.push_back(text[i]);
            continue;
        }
        if (i + 2 >= text.size()) return std::nullopt;
        const int hi = hexValue(text[i + 1]);
        const int lo = hexValue(text[i + 2]);
        if (hi < 0 || lo < 0) return std::nullopt;
        const char c = static_cast<char>(hi * 16 + lo);
        if (c == '\0') return std::nullopt;
        out.push_back(c);
        i += 2;
    }
    return out;
}

std::optional<std::string> uriToPath(std::string_view uri) {
    constexpr std::string_view scheme = "file://";
    if (uri.size() < scheme.size()) return std::nullopt;
    for (std::size_t i = 0; i < scheme.size(); ++i) {
        if (std::tolower(static_cast<unsigned char>(uri[i])) != scheme[i]) return std::nullopt;
    }
    std::string_view rest = stripQueryAndFragment(uri.substr(scheme.size()));
    const std::size_t slash = rest.find('/');
    if (slash == std::string_view::npos) return std::nullopt;
    const std::string_view authority = rest.substr(0, slash);
    if (!authority.empty() && authority != "localhost") return std::nullopt;
    auto path = percentDecode(rest.substr(slash));
    if (!path) return std::nullopt;
    while (path->size() > 1 && path->back() == '/') path->pop_back();
#ifdef _WIN32
    // "/c:/x" is drive C: ("C:\x"), spelt as Windows' own calls return it (upper-case
    // drive, backslashes), so paths from URIs and from the disk compare equal.
    if (path->size() >= 3 && (*path)[0] == '/' && std::isalpha(static_cast<unsigned char>((*path)[1])) &&
        (*path)[2] == ':') {
        path->erase(0, 1);
        (*path)[0] = static_cast<char>(std::toupper(static_cast<unsigned char>((*path)[0])));
        if (path->size() == 2) path->push_back('/');  // "C:" alone would mean C:'s current folder
    }
    std::replace(path->begin(), path->end(), '/', '\\');
#endif
    return path;
}

std::string pathToUri(std::string_view nativePath) {
    static const char* const hex = "0123456789ABCDEF";
#ifdef _WIN32
    // "C:\x" -> "/c%3A/x": forward slashes, and the drive letter in lower case with its
    // colon escaped, as VS Code writes it, so URIs we send match the client's own.
    std::string generic(nativePath);
    std::replace(generic.begin(), generic.end(), '\\', '/');
    if (generic.size() >= 2 && std::isalpha(static_cast<unsigned char>(generic[0])) && generic[1] == ':') {
        generic[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(generic[0])));
    }
    const std::string_view path = generic;
#else
    const std::string_view path = nativePath;
#endif
    std::string out = "file://";
    if (path.empty() || path.front() != '/') out.push_back('/');
    for (const char ch : path) {
        const auto c = static_cast<unsigned char>(ch);
        if (unreservedInPath(c)) {
            out.push_back(ch);
        } else {
            out.push_back('%');
            out.push_back(hex[c >> 4]);
            out.push_back(hex[c & 15]);
        }
    }
    return out;
}

std::string uriFileName(std::string_view uri) {
    std::string_view path = stripQueryAndFragment(uri);
    while (!path.empty() && path.back() == '/') path.remove_suffix(1);
    const std::size_t slash = path.find_last_of("/:");
    const std::string_view last = slash == std::string_view::npos ? path : path.substr(slash + 1);
    auto decoded = percentDecode(last);
    return decoded ? *decoded : std::string(last);
}

}  // namespace stackls::server
