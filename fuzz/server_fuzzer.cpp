// Fuzzes the whole server: a byte stream of frames goes through the frame reader into the
// dispatcher with every feature registered, as stdin would deliver it.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <variant>

#include <spdlog/spdlog.h>

#include "fuzz/fuzz_check.h"
#include "protocol/framing.h"
#include "protocol/jsonrpc.h"
#include "server/lsp/analysis.h"
#include "server/lsp/features.h"
#include "server/lsp/server.h"

namespace p = stackls::protocol;
namespace s = stackls::server;

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    // Logging every rejected message would make the fuzzer measure stderr.
    spdlog::set_level(spdlog::level::off);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    s::Server server([&](const nlohmann::json& message) {
        FUZZ_CHECK(message.is_object());
        p::serialize(message);
    });
    s::Analysis analysis(server);
    s::registerFeatures(server, analysis);

    // Small frames cap keeps each run fast; the message count bounds the work per input.
    p::FrameReader reader(1u << 20);
    reader.feed(std::string_view(reinterpret_cast<const char*>(data), size));
    std::size_t messages = 0;
    while (reader.hasEvent() && !server.exited() && messages < 256) {
        const auto event = reader.takeEvent();
        if (const auto* body = std::get_if<p::FrameBody>(&event)) {
            server.receive(body->body);
        } else {
            server.receiveFrameError(std::get<p::FrameError>(event).reason);
        }
        ++messages;
        while (server.processNext()) {
        }
    }
    server.endOfInput();
    while (server.processNext()) {
    }
    return 0;
}
