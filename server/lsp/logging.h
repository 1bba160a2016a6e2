// spdlog setup for the server: stderr (never stdout, which carries the protocol) or a file.
#pragma once

#include <string>

namespace stackls::server {

// Returns false and sets `error` when the log file cannot be opened.
bool setupLogging(const std::string& logFile, const std::string& level, std::string& error);

}  // namespace stackls::server
