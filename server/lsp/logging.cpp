// Installs the default spdlog logger on stderr or on --log-file, at --log-level.
#include "server/lsp/logging.h"

#include <spdlog/sinks/basic_file_sink.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

namespace stackls::server {

bool setupLogging(const std::string& logFile, const std::string& level, std::string& error) {
    std::shared_ptr<spdlog::logger> logger;
    try {
        if (logFile.empty()) {
            logger = std::make_shared<spdlog::logger>("stackls", std::make_shared<spdlog::sinks::stderr_sink_mt>());
        } else {
            logger = std::make_shared<spdlog::logger>(
                "stackls", std::make_shared<spdlog::sinks::basic_file_sink_mt>(logFile, /*truncate=*/false));
        }
    } catch (const spdlog::spdlog_ex& e) {
        error = std::string("cannot open log file: ") + e.what();
        return false;
    }
    logger->set_pattern("[%H:%M:%S.%e] [%l] %v");
    logger->set_level(spdlog::level::from_str(level));
    // Warnings reach the file at once, so a crash or kill (Eglot sends SIGKILL) loses
    // nothing that matters.
    logger->flush_on(spdlog::level::warn);
    spdlog::set_default_logger(logger);
    return true;
}

}  // namespace stackls::server
