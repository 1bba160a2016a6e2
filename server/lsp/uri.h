// file:// URIs <-> local paths, as editors spell them (percent-encoding, trailing slashes).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace stackls::server {

// "file:///home/a%20b/x" -> "/home/a b/x". nullopt for other schemes, authorities other
// than empty/localhost, or encodings that would smuggle a NUL. A trailing slash is
// dropped (Eglot sends root URIs with one). On Windows: "file:///c%3A/a/x" -> "C:\a\x".
std::optional<std::string> uriToPath(std::string_view uri);

// "/home/a b/x" -> "file:///home/a%20b/x". On Windows: "C:\a\x" -> "file:///c%3A/a/x".
std::string pathToUri(std::string_view path);

// The decoded last path segment ("package.json"), ignoring any query or fragment;
// works for any scheme (untitled:, file:) so a document's kind never depends on it.
std::string uriFileName(std::string_view uri);

// Percent-decodes; nullopt on a malformed escape or an encoded NUL.
std::optional<std::string> percentDecode(std::string_view text);

}  // namespace stackls::server
