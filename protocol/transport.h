// Byte transports for the LSP base protocol on Boost.Asio: stdin/stdout (a
// posix::stream_descriptor pair, or on Windows a reader thread over the standard handles),
// or one TCP connection. They frame and unframe messages; they know nothing about
// JSON-RPC semantics.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include <boost/asio/io_context.hpp>

#include "protocol/framing.h"

namespace stackls::protocol {

// What a transport reports while reading. All callbacks run on the io_context's thread.
struct TransportCallbacks {
    std::function<void(std::string body)> onMessage;
    std::function<void(const std::string& reason)> onFrameError;
    std::function<void()> onClosed;  // EOF or read error: no more messages will come
};

class Transport {
public:
    virtual ~Transport() = default;

    // Starts (or resumes) reading; events arrive through the callbacks.
    virtual void start(TransportCallbacks callbacks) = 0;
    // Stops asking for more bytes until resume(): back-pressure while work is queued.
    virtual void pause() = 0;
    virtual void resume() = 0;

    // Frames and writes one message body. Blocking, so replies leave in order and are
    // out before the process exits. Returns false once the peer is gone.
    virtual bool send(std::string_view body) = 0;

    virtual void close() = 0;
};

// The process's stdin and stdout, byte for byte. The transport keeps its own copy of
// stdout, and stdout then points at stderr, so a stray print from any library cannot corrupt
// the message stream. Returns nullptr and sets `error` when that cannot be set up.
std::unique_ptr<Transport> makeStdioTransport(boost::asio::io_context& io, std::string& error,
                                              std::size_t maxBody = FrameReader::kDefaultMaxBody);

#ifndef _WIN32
// Reads fd `inFd` and writes fd `outFd`. Takes ownership of both.
std::unique_ptr<Transport> makeDescriptorTransport(boost::asio::io_context& io, int inFd, int outFd,
                                                   std::size_t maxBody = FrameReader::kDefaultMaxBody);
#endif

// Feeds one chunk of input to `reader` and reports each complete frame or frame error
// through `callbacks`: what every transport does with the bytes it reads.
void deliverFrames(FrameReader& reader, const TransportCallbacks& callbacks, std::string_view chunk);

// Listens on a loopback address, accepts exactly one connection and serves it.
// `onListening` receives the bound port (useful with port 0). Returns nullptr and sets
// `error` when the address is not loopback or cannot be bound.
std::unique_ptr<Transport> makeLoopbackTcpTransport(boost::asio::io_context& io, const std::string& host,
                                                    std::uint16_t port,
                                                    const std::function<void(std::uint16_t)>& onListening,
                                                    std::string& error,
                                                    std::size_t maxBody = FrameReader::kDefaultMaxBody);

}  // namespace stackls::protocol
