// Asio implementations of Transport: a pair of file descriptors, or one loopback TCP socket.
// (Windows stdio: stdio_transport_windows.cpp.)
#include "protocol/transport.h"

#include <array>
#include <utility>  // before Asio: Boost 1.74's headers use std::exchange without it

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/write.hpp>
#include <spdlog/spdlog.h>

#ifndef _WIN32
#include <unistd.h>

#include <boost/asio/posix/stream_descriptor.hpp>
#endif

namespace stackls::protocol {

void deliverFrames(FrameReader& reader, const TransportCallbacks& callbacks, std::string_view chunk) {
    reader.feed(chunk);
    while (reader.hasEvent()) {
        FrameEvent event = reader.takeEvent();
        if (auto* body = std::get_if<FrameBody>(&event)) {
            if (callbacks.onMessage) callbacks.onMessage(std::move(body->body));
        } else if (callbacks.onFrameError) {
            callbacks.onFrameError(std::get<FrameError>(event).reason);
        }
    }
}

namespace {

namespace asio = boost::asio;

// Shared read loop over any Asio stream; `Derived` supplies readStream()/writeStream().
template <typename Derived>
class StreamTransportBase : public Transport {
public:
    explicit StreamTransportBase(std::size_t maxBody) : reader_(maxBody) {}

    void start(TransportCallbacks callbacks) override {
        callbacks_ = std::move(callbacks);
        resume();
    }

    void pause() override { paused_ = true; }

    void resume() override {
        paused_ = false;
        if (!reading_ && !closed_) readMore();
    }

    bool send(std::string_view body) override {
        if (writeFailed_) return false;
        const std::string frame = frameMessage(body);
        boost::system::error_code ec;
        asio::write(self().writeStream(), asio::buffer(frame), ec);
        if (ec) {
            spdlog::warn("write failed: {}; the client is gone", ec.message());
            writeFailed_ = true;
            return false;
        }
        return true;
    }

protected:
    Derived& self() { return static_cast<Derived&>(*this); }

    void finish() {
        if (closed_) return;
        closed_ = true;
        if (callbacks_.onClosed) callbacks_.onClosed();
    }

private:
    void readMore() {
        reading_ = true;
        self().readStream().async_read_some(asio::buffer(chunk_), [this](boost::system::error_code ec, std::size_t n) {
            reading_ = false;
            if (n > 0) deliverFrames(reader_, callbacks_, std::string_view(chunk_.data(), n));
            if (ec) {
                if (ec != asio::error::eof && ec != asio::error::operation_aborted) {
                    spdlog::info("read ended: {}", ec.message());
                }
                if (reader_.buffered() > 0) spdlog::warn("input ended inside a frame ({} bytes dropped)", reader_.buffered());
                finish();
                return;
            }
            if (!paused_ && !closed_) readMore();
        });
    }

    FrameReader reader_;
    TransportCallbacks callbacks_;
    std::array<char, 64 * 1024> chunk_{};
    bool reading_ = false;
    bool paused_ = false;
    bool closed_ = false;
    bool writeFailed_ = false;
};

#ifndef _WIN32
class DescriptorTransport final : public StreamTransportBase<DescriptorTransport> {
public:
    DescriptorTransport(asio::io_context& io, int inFd, int outFd, std::size_t maxBody)
        : StreamTransportBase(maxBody), in_(io, inFd), out_(io, outFd) {}

    asio::posix::stream_descriptor& readStream() { return in_; }
    asio::posix::stream_descriptor& writeStream() { return out_; }

    void close() override {
        boost::system::error_code ignored;
        in_.cancel(ignored);
        finish();
    }

private:
    asio::posix::stream_descriptor in_;
    asio::posix::stream_descriptor out_;
};
#endif

class SocketTransport final : public StreamTransportBase<SocketTransport> {
public:
    SocketTransport(asio::ip::tcp::socket socket, std::size_t maxBody)
        : StreamTransportBase(maxBody), socket_(std::move(socket)) {}

    asio::ip::tcp::socket& readStream() { return socket_; }
    asio::ip::tcp::socket& writeStream() { return socket_; }

    void close() override {
        boost::system::error_code ignored;
        socket_.shutdown(asio::ip::tcp::socket::shutdown_both, ignored);
        socket_.close(ignored);
        finish();
    }

private:
    asio::ip::tcp::socket socket_;
};

}  // namespace

#ifndef _WIN32
std::unique_ptr<Transport> makeDescriptorTransport(asio::io_context& io, int inFd, int outFd, std::size_t maxBody) {
    return std::make_unique<DescriptorTransport>(io, inFd, outFd, maxBody);
}

std::unique_ptr<Transport> makeStdioTransport(asio::io_context& io, std::string& error, std::size_t maxBody) {
    const int protocolOut = ::dup(STDOUT_FILENO);
    const int protocolIn = ::dup(STDIN_FILENO);
    if (protocolOut < 0 || protocolIn < 0 || ::dup2(STDERR_FILENO, STDOUT_FILENO) < 0) {
        error = "cannot set up stdio";
        return nullptr;
    }
    return makeDescriptorTransport(io, protocolIn, protocolOut, maxBody);
}
#endif

std::unique_ptr<Transport> makeLoopbackTcpTransport(asio::io_context& io, const std::string& host,
                                                    std::uint16_t port,
                                                    const std::function<void(std::uint16_t)>& onListening,
                                                    std::string& error, std::size_t maxBody) {
    boost::system::error_code ec;
    const auto address = asio::ip::make_address(host, ec);
    if (ec || !address.is_loopback()) {
        error = "refusing to listen on non-loopback address '" + host + "'";
        return nullptr;
    }
    asio::ip::tcp::acceptor acceptor(io);
    const asio::ip::tcp::endpoint endpoint(address, port);
    acceptor.open(endpoint.protocol(), ec);
    if (!ec) acceptor.set_option(asio::ip::tcp::acceptor::reuse_address(true), ec);
    if (!ec) acceptor.bind(endpoint, ec);
    if (!ec) acceptor.listen(1, ec);
    if (ec) {
        error = "cannot listen on " + host + ":" + std::to_string(port) + ": " + ec.message();
        return nullptr;
    }
    if (onListening) onListening(acceptor.local_endpoint().port());
    asio::ip::tcp::socket socket(io);
    acceptor.accept(socket, ec);
    if (ec) {
        error = "accept failed: " + ec.message();
        return nullptr;
    }
    spdlog::info("client connected from {}", socket.remote_endpoint(ec).address().to_string());
    return std::make_unique<SocketTransport>(std::move(socket), maxBody);
}

}  // namespace stackls::protocol
