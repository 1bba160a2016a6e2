// The server process: logging, the transport, and the event loop that feeds the Server.
#include "server/lsp/serve.h"

#include <csignal>
#include <iostream>
#include <thread>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include <boost/asio/io_context.hpp>
#include <boost/asio/post.hpp>
#include <spdlog/spdlog.h>

#include "knowledge/loader.h"
#include "protocol/jsonrpc.h"
#include "protocol/transport.h"
#include "server/lsp/analysis.h"
#include "server/lsp/features.h"
#include "server/lsp/logging.h"
#include "server/lsp/server.h"

namespace stackls::server {
namespace {

// Back-pressure: stop reading while this many messages wait, resume below the lower mark.
constexpr std::size_t kPauseAtQueued = 1000;
constexpr std::size_t kResumeBelowQueued = 100;

}  // namespace

int serve(const ServeOptions& options) {
    std::string error;
    if (!setupLogging(options.logFile, options.logLevel, error)) {
        std::cerr << "stackls: " << error << "\n";
        return 2;
    }
#ifdef SIGPIPE
    // A client that vanishes must end us through a failed write, not SIGPIPE.
    std::signal(SIGPIPE, SIG_IGN);
#endif

    boost::asio::io_context io;
    std::unique_ptr<protocol::Transport> transport;
    if (options.listen) {
        transport = protocol::makeLoopbackTcpTransport(
            io, options.listenHost, options.listenPort,
            [&](std::uint16_t port) {
                // Also on stderr directly, so a launcher using port 0 can read it.
                std::cerr << "stackls: listening on " << options.listenHost << ":" << port << std::endl;
                spdlog::info("listening on {}:{}", options.listenHost, port);
            },
            error);
        if (!transport) {
            spdlog::error("{}", error);
            std::cerr << "stackls: " << error << "\n";
            return 2;
        }
    } else {
        transport = protocol::makeStdioTransport(io, error);
        if (!transport) {
            std::cerr << "stackls: " << error << "\n";
            return 2;
        }
    }

    // Every analysis needs the built-in knowledge base. Reading it on the other core while
    // the client spawns us and sends initialize keeps it out of both the start-up and the
    // first didOpen; whoever asks first waits for the one read (a static's initialisation).
#ifdef __GLIBC__
    // One malloc arena: a thread's own arena would cost memory and make glibc read
    // /proc/sys/vm/overcommit_memory, outside what the sandbox test allows.
    ::mallopt(M_ARENA_MAX, 1);
    // Document-sized buffers (a large manifest's text, its copy for analysis) go to their
    // own mappings and back to the system when freed. glibc's default threshold rises after
    // the first such free, and later ones stay in the heap: peak RSS on a 5 MB package.json
    // then varied from 20 to 26 MB between runs. 1 MiB rather than 128 KiB: the smaller
    // blocks a keystroke allocates stay in the heap, where reusing them costs no page faults.
    ::mallopt(M_MMAP_THRESHOLD, 1024 * 1024);
#endif
    std::thread warmUp([] {
        try {
            knowledge::builtinKnowledge();
        } catch (const std::exception& e) {
            spdlog::error("built-in knowledge: {}", e.what());  // asked again, it throws where it is handled
        }
    });
    struct Joiner {
        std::thread& t;
        ~Joiner() { t.join(); }
    } joiner{warmUp};

    Server server([&](const nlohmann::json& message) { transport->send(protocol::serialize(message)); });
    server.setTextSender([&](std::string body) { transport->send(body); });
    Analysis analysis(server);  // the project store the features share; destroyed before the server
    registerFeatures(server, analysis);
    spdlog::info("stackls {} serving over {}", STACKLS_VERSION, options.listen ? "TCP" : "stdio");

    bool inputClosed = false;
    bool scheduled = false;
    std::function<void()> step;
    auto schedule = [&] {
        if (scheduled) return;
        scheduled = true;
        boost::asio::post(io, step);
    };
    // One message (or one slice of idle work) per turn of the loop, so reads (and
    // cancellations) interleave with work.
    step = [&] {
        scheduled = false;
        server.processNext();
        if (server.exited() || (inputClosed && server.queued() == 0)) {
            io.stop();
            return;
        }
        if (server.queued() < kResumeBelowQueued) transport->resume();
        if (server.queued() > 0 || server.hasIdleWork()) schedule();
    };

    protocol::TransportCallbacks callbacks;
    callbacks.onMessage = [&](std::string body) {
        server.receive(std::move(body));
        if (server.queued() >= kPauseAtQueued) transport->pause();
        schedule();
    };
    callbacks.onFrameError = [&](const std::string& reason) { server.receiveFrameError(reason); };
    callbacks.onClosed = [&] {
        inputClosed = true;
        server.endOfInput();
        schedule();
    };
    transport->start(std::move(callbacks));
    io.run();

    const int code = server.exitCode();
    spdlog::info("exiting with code {}", code);
    spdlog::default_logger()->flush();
    return code;
}

}  // namespace stackls::server
