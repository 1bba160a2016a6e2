// Unit tests for the descriptor transport over pipes: framing in, framing out, EOF.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <string>
#include <vector>

#include <boost/asio/io_context.hpp>

#include "protocol/framing.h"
#include "protocol/transport.h"

using namespace stackls::protocol;

namespace {

struct Pipe {
    int read = -1;
    int write = -1;
    Pipe() {
        int fds[2];
        REQUIRE(::pipe(fds) == 0);
        read = fds[0];
        write = fds[1];
    }
};

void writeAll(int fd, const std::string& data) {
    std::size_t done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(fd, data.data() + done, data.size() - done);
        REQUIRE(n > 0);
        done += static_cast<std::size_t>(n);
    }
}

}  // namespace

TEST_CASE("The descriptor transport delivers frames, reports bad ones and EOF", "[transport]") {
    Pipe in;
    Pipe out;
    boost::asio::io_context io;
    auto transport = makeDescriptorTransport(io, in.read, out.write, /*maxBody=*/1000);
    std::vector<std::string> bodies;
    std::vector<std::string> errors;
    bool closed = false;
    transport->start({[&](std::string body) { bodies.push_back(std::move(body)); },
                      [&](const std::string& reason) { errors.push_back(reason); }, [&] { closed = true; }});

    writeAll(in.write, frameMessage("{\"a\":1}") + "Content-Length: 5000\r\n\r\n" + frameMessage("[]"));
    ::close(in.write);
    io.run();

    CHECK(bodies == std::vector<std::string>{"{\"a\":1}", "[]"});
    CHECK(errors.size() == 2);  // over the cap, then cut short by the next header
    CHECK(closed);

    REQUIRE(transport->send("{\"b\":2}"));
    char buffer[64] = {};
    const ssize_t n = ::read(out.read, buffer, sizeof buffer);
    CHECK(std::string(buffer, static_cast<std::size_t>(n)) == frameMessage("{\"b\":2}"));
    ::close(out.read);
}

TEST_CASE("Loopback TCP refuses other addresses", "[transport]") {
    boost::asio::io_context io;
    std::string error;
    CHECK(makeLoopbackTcpTransport(io, "0.0.0.0", 0, nullptr, error) == nullptr);
    CHECK(error.find("non-loopback") != std::string::npos);
    CHECK(makeLoopbackTcpTransport(io, "not an address", 0, nullptr, error) == nullptr);
}
