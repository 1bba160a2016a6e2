// Parses `stackls` server flags; refuses --listen on anything but a loopback address.
#include "server/lsp/serve_options.h"

#include <boost/asio/ip/address.hpp>
#include <charconv>

#include "support/args.h"

namespace stackls::server {
namespace {

bool parseListen(const std::string& value, ServeOptions& out, std::string& error) {
    // HOST:PORT, with IPv6 hosts in brackets: [::1]:PORT.
    const auto colon = value.rfind(':');
    if (colon == std::string::npos || colon == 0 || colon + 1 == value.size()) {
        error = "--listen wants HOST:PORT, e.g. 127.0.0.1:2087";
        return false;
    }
    std::string host = value.substr(0, colon);
    if (host.size() > 2 && host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
    const std::string port = value.substr(colon + 1);
    unsigned parsed = 0;
    const auto [end, ec] = std::from_chars(port.data(), port.data() + port.size(), parsed);
    if (ec != std::errc() || end != port.data() + port.size() || parsed > 65535) {
        error = "--listen: bad port '" + port + "'";
        return false;
    }
    if (!isLoopbackHost(host)) {
        error = "--listen: refusing non-loopback address '" + host + "' (the server has no authentication)";
        return false;
    }
    out.listen = true;
    out.listenHost = host == "localhost" ? "127.0.0.1" : host;
    out.listenPort = static_cast<std::uint16_t>(parsed);
    return true;
}

}  // namespace

bool isLoopbackHost(const std::string& host) {
    if (host == "localhost") return true;
    boost::system::error_code ec;
    const auto address = boost::asio::ip::make_address(host, ec);
    return !ec && address.is_loopback();
}

std::optional<ServeOptions> parseServeOptions(const std::vector<std::string>& args, std::string& error) {
    ServeOptions options;
    support::ArgReader flags(args);
    while (flags.next()) {
        const std::string& arg = flags.word();
        // The flag's value, or nullopt with `error` saying that it is missing.
        auto value = [&]() -> std::optional<std::string> {
            auto v = flags.value();
            if (!v) error = flags.error();
            return v;
        };
        if (arg == "--stdio") {
            continue;
        } else if (arg == "--version" || arg == "-V") {
            options.showVersion = true;
        } else if (arg == "--help" || arg == "-h") {
            options.showHelp = true;
        } else if (flags.is("--listen")) {
            auto v = value();
            if (!v || !parseListen(*v, options, error)) return std::nullopt;
        } else if (flags.is("--log-file")) {
            auto v = value();
            if (!v) return std::nullopt;
            options.logFile = std::move(*v);
        } else if (flags.is("--log-level")) {
            auto found = value();
            if (!found) return std::nullopt;
            const std::string& v = *found;
            static const char* const levels[] = {"trace", "debug", "info", "warn", "error", "off"};
            bool known = false;
            for (const char* level : levels) known = known || v == level;
            if (!known) {
                error = "--log-level: unknown level '" + v + "' (trace|debug|info|warn|error|off)";
                return std::nullopt;
            }
            options.logLevel = v;
        } else if (flags.is("--clientProcessId")) {
            // vscode-languageclient may append this; we rely on EOF instead of watching a pid.
            flags.value();
        } else {
            error = "unknown option '" + arg + "'";
            return std::nullopt;
        }
    }
    return options;
}

}  // namespace stackls::server
