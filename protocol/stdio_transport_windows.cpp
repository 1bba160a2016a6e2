// The stdio transport on Windows. Asio has no stream descriptor there, and the standard
// handles may be pipes or a console, which overlapped I/O does not cover: a reader thread
// makes blocking ReadFile calls and posts each chunk to the io_context, whose thread frames
// it, as on POSIX. Writes are blocking WriteFile calls. The handles carry bytes unchanged
// (no C runtime text mode), so a "\r\n" inside a message body is never rewritten.
#ifdef _WIN32

#include <algorithm>
#include <array>
#include <condition_variable>
#include <cstdio>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>  // before Asio: Boost 1.74's headers use std::exchange without it

#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/post.hpp>
#include <io.h>
#include <spdlog/spdlog.h>
#include <windows.h>

#include "protocol/transport.h"

namespace stackls::protocol {
namespace {

namespace asio = boost::asio;

class WindowsStdioTransport;

// What the reader thread shares with the transport. The thread is never joined (a
// ReadFile on a pipe cannot be interrupted portably), so it holds this, not the transport.
struct ReaderState {
    std::mutex mutex;
    std::condition_variable wake;
    bool paused = false;
    bool alive = true;                         // false once the transport is gone
    WindowsStdioTransport* owner = nullptr;   // touched on the io_context's thread only
};

class WindowsStdioTransport final : public Transport {
public:
    WindowsStdioTransport(asio::io_context& io, HANDLE in, HANDLE out, std::size_t maxBody)
        : io_(io), in_(in), out_(out), reader_(maxBody), state_(std::make_shared<ReaderState>()) {
        state_->owner = this;
    }

    ~WindowsStdioTransport() override {
        std::lock_guard lock(state_->mutex);
        state_->alive = false;
        state_->owner = nullptr;
        state_->wake.notify_all();
    }

    void start(TransportCallbacks callbacks) override {
        callbacks_ = std::move(callbacks);
        // Nothing is pending on the io_context while the thread waits for input: this keeps
        // io_context::run() from returning until the input ends.
        work_.emplace(io_.get_executor());
        std::thread(readLoop, state_, std::ref(io_), in_).detach();
    }

    void pause() override {
        std::lock_guard lock(state_->mutex);
        state_->paused = true;
    }

    void resume() override {
        std::lock_guard lock(state_->mutex);
        state_->paused = false;
        state_->wake.notify_all();
    }

    bool send(std::string_view body) override {
        if (writeFailed_) return false;
        const std::string frame = frameMessage(body);
        std::size_t done = 0;
        while (done < frame.size()) {
            DWORD written = 0;
            const DWORD want = static_cast<DWORD>(std::min<std::size_t>(frame.size() - done, 1 << 20));
            if (!WriteFile(out_, frame.data() + done, want, &written, nullptr) || written == 0) {
                spdlog::warn("write failed (error {}); the client is gone", GetLastError());
                writeFailed_ = true;
                return false;
            }
            done += written;
        }
        return true;
    }

    void close() override { finish(); }

private:
    static void readLoop(std::shared_ptr<ReaderState> state, asio::io_context& io, HANDLE in) {
        std::array<char, 64 * 1024> buffer{};
        for (;;) {
            {
                std::unique_lock lock(state->mutex);
                state->wake.wait(lock, [&] { return !state->paused || !state->alive; });
                if (!state->alive) return;
            }
            DWORD n = 0;
            const bool ok = ReadFile(in, buffer.data(), static_cast<DWORD>(buffer.size()), &n, nullptr);
            const bool ended = !ok || n == 0;  // a closed pipe fails with ERROR_BROKEN_PIPE
            std::string chunk(buffer.data(), n);
            std::lock_guard lock(state->mutex);
            if (!state->alive) return;
            asio::post(io, [state, chunk = std::move(chunk), ended] {
                if (state->owner) state->owner->received(chunk, ended);
            });
            if (ended) return;
        }
    }

    void received(const std::string& chunk, bool ended) {
        if (closed_) return;
        if (!chunk.empty()) deliverFrames(reader_, callbacks_, chunk);
        if (ended) {
            if (reader_.buffered() > 0) spdlog::warn("input ended inside a frame ({} bytes dropped)", reader_.buffered());
            finish();
        }
    }

    void finish() {
        if (closed_) return;
        closed_ = true;
        work_.reset();
        if (callbacks_.onClosed) callbacks_.onClosed();
    }

    asio::io_context& io_;
    HANDLE in_;
    HANDLE out_;
    FrameReader reader_;
    TransportCallbacks callbacks_;
    std::shared_ptr<ReaderState> state_;
    std::optional<asio::executor_work_guard<asio::io_context::executor_type>> work_;
    bool closed_ = false;
    bool writeFailed_ = false;
};

}  // namespace

std::unique_ptr<Transport> makeStdioTransport(asio::io_context& io, std::string& error, std::size_t maxBody) {
    const HANDLE process = GetCurrentProcess();
    HANDLE in = GetStdHandle(STD_INPUT_HANDLE);
    HANDLE out = nullptr;
    // A private handle to the real stdout; the C runtime's stdout (fd 1) and the process's
    // standard output handle then both go to stderr.
    if (in == INVALID_HANDLE_VALUE || in == nullptr ||
        !DuplicateHandle(process, GetStdHandle(STD_OUTPUT_HANDLE), process, &out, 0, FALSE, DUPLICATE_SAME_ACCESS) ||
        _dup2(_fileno(stderr), _fileno(stdout)) != 0 || !SetStdHandle(STD_OUTPUT_HANDLE, GetStdHandle(STD_ERROR_HANDLE))) {
        error = "cannot set up stdio";
        return nullptr;
    }
    return std::make_unique<WindowsStdioTransport>(io, in, out, maxBody);
}

}  // namespace stackls::protocol

#endif  // _WIN32
