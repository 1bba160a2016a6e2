// Fuzzes the Content-Length frame reader with arbitrary bytes arriving in arbitrary chunks.
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <variant>

#include "fuzz/fuzz_check.h"
#include "protocol/framing.h"

using stackls::protocol::FrameBody;
using stackls::protocol::FrameReader;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    // The first byte picks the chunk size, so frames split at every possible place; a small
    // body cap makes the oversized-body skipping reachable.
    const std::size_t chunk = 1 + data[0] % 64;
    constexpr std::size_t kMaxBody = 256;
    FrameReader reader(kMaxBody);
    const std::string_view input(reinterpret_cast<const char*>(data) + 1, size - 1);
    std::size_t bodies = 0;
    for (std::size_t at = 0; at < input.size(); at += chunk) {
        reader.feed(input.substr(at, chunk));
        // Never more held than one header block plus one allowed body plus one chunk.
        FUZZ_CHECK(reader.buffered() <= FrameReader::kMaxHeaderBlock + kMaxBody + chunk);
        while (reader.hasEvent()) {
            const auto event = reader.takeEvent();
            if (const auto* body = std::get_if<FrameBody>(&event)) {
                FUZZ_CHECK(body->body.size() <= kMaxBody);
                ++bodies;
            }
        }
    }
    // Each body needs at least a "Content-Length:" header before it.
    FUZZ_CHECK(bodies <= input.size() / 16 + 1);
    return 0;
}
