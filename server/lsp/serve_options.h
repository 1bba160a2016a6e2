// Command-line options of the language server itself (`stackls [--stdio|--listen ...]`).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace stackls::server {

struct ServeOptions {
    // Empty: serve over stdin/stdout. Otherwise a loopback address to listen on.
    std::string listenHost;
    std::uint16_t listenPort = 0;
    bool listen = false;
    std::string logFile;          // empty: stderr
    std::string logLevel = "info";
    bool showVersion = false;
    bool showHelp = false;
};

// Parses the arguments after the program name. Returns the options, or sets `error`
// (a one-line message for the user) and returns nullopt.
std::optional<ServeOptions> parseServeOptions(const std::vector<std::string>& args, std::string& error);

// The loopback check for --listen: literal 127.0.0.0/8 or ::1 addresses, or "localhost".
bool isLoopbackHost(const std::string& host);

}  // namespace stackls::server
