// Entry point of the `stackls` executable: dispatches subcommands, otherwise serves LSP.
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

#include "server/cli/check.h"
#include "server/cli/inspect.h"
#include "server/cli/recommend.h"
#include "server/cli/use_cases.h"
#include "server/lsp/logging.h"
#include "server/lsp/serve.h"
#include "server/lsp/serve_options.h"

namespace {

using RunFn = int (*)(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

struct Subcommand {
    std::string_view name;
    std::string_view summary;
    RunFn run;
};

// One line per subcommand; its implementation lives in server/cli/<name>.{h,cpp}.
const std::vector<Subcommand>& subcommands() {
    static const std::vector<Subcommand> table = {
        {"check", "report where Node.js or Python fits the projects under PATH badly", stackls::server::runCheck},
        {"inspect", "print what stackls reads from a package.json or requirements file", stackls::server::runInspect},
        {"recommend", "recommend Node.js, Python or a split for use cases or a workspace", stackls::server::runRecommend},
        {"use-cases", "list the use-case ids", stackls::server::runUseCases},
    };
    return table;
}

void printHelp(std::ostream& out) {
    out << "stackls " << STACKLS_VERSION
        << " - a language server that checks whether Node.js or Python fits your project\n\n"
           "Usage:\n"
           "  stackls [--stdio]                 serve LSP over stdin/stdout (default)\n"
           "  stackls --listen 127.0.0.1:PORT   serve one client over TCP (loopback only)\n"
           "  stackls --version | --help\n";
    if (!subcommands().empty()) {
        out << "\nSubcommands (stackls <command> --help for details):\n";
        for (const auto& sub : subcommands()) {
            out << "  " << sub.name << std::string(sub.name.size() < 12 ? 12 - sub.name.size() : 1, ' ')
                << sub.summary << '\n';
        }
    }
    out << "\nServer options:\n"
           "  --log-file PATH     write the log there instead of stderr\n"
           "  --log-level LEVEL   trace|debug|info|warn|error|off (default info)\n";
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + (argc > 0 ? 1 : 0), argv + argc);
    if (!args.empty()) {
        for (const auto& sub : subcommands()) {
            if (args.front() == sub.name) {
                // spdlog's default logger writes to stdout, which subcommands use for
                // their output: send anything the libraries log to stderr instead.
                std::string ignored;
                stackls::server::setupLogging("", "warn", ignored);
                return sub.run(std::vector<std::string>(args.begin() + 1, args.end()), std::cout, std::cerr);
            }
        }
    }
    std::string error;
    const auto options = stackls::server::parseServeOptions(args, error);
    if (!options) {
        std::cerr << "stackls: " << error << "\n";
        printHelp(std::cerr);
        return 2;
    }
    if (options->showHelp) {
        printHelp(std::cout);
        return 0;
    }
    if (options->showVersion) {
        std::cout << "stackls " << STACKLS_VERSION << "\n";
        return 0;
    }
    return stackls::server::serve(*options);
}
