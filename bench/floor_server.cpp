// The floor: the least a stdio language server can do (initialize, a fixed hover, empty
// diagnostics), so benchmarks can show what the pipe and the process alone cost.
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace {

using nlohmann::json;

// Blocking write of one framed message; a vanished client ends the process.
void send(const json& message) {
    const std::string body = message.dump();
    const std::string frame = "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
    std::size_t done = 0;
    while (done < frame.size()) {
        const ssize_t n = ::write(STDOUT_FILENO, frame.data() + done, frame.size() - done);
        if (n <= 0) std::_Exit(1);
        done += static_cast<std::size_t>(n);
    }
}

void reply(const json& id, json result) { send({{"jsonrpc", "2.0"}, {"id", id}, {"result", std::move(result)}}); }

void publishEmpty(const json& params) {
    const json& doc = params.value("textDocument", json::object());
    json out = {{"uri", doc.value("uri", "")}, {"diagnostics", json::array()}};
    if (doc.contains("version")) out["version"] = doc["version"];
    send({{"jsonrpc", "2.0"}, {"method", "textDocument/publishDiagnostics"}, {"params", std::move(out)}});
}

// Returns false after `exit`.
bool handle(const json& msg) {
    const std::string method = msg.value("method", "");
    static const json kNoParams;
    // A reference, not a copy: a didOpen's params hold the whole document.
    const json& params = msg.contains("params") ? msg["params"] : kNoParams;
    const bool isRequest = msg.contains("id");
    if (method == "exit") return false;
    if (method == "initialize") {
        reply(msg["id"], {{"capabilities",
                           {{"textDocumentSync", 2},
                            {"hoverProvider", true},
                            {"codeActionProvider", true},
                            {"inlayHintProvider", true},
                            {"diagnosticProvider", {{"interFileDependencies", false}, {"workspaceDiagnostics", false}}}}},
                          {"serverInfo", {{"name", "floor"}}}});
    } else if (method == "textDocument/didOpen" || method == "textDocument/didChange") {
        publishEmpty(params);
    } else if (method == "textDocument/hover") {
        reply(msg["id"], {{"contents", {{"kind", "plaintext"}, {"value", "floor"}}}});
    } else if (method == "textDocument/diagnostic") {
        reply(msg["id"], {{"kind", "full"}, {"items", json::array()}});
    } else if (isRequest && !method.empty()) {
        // shutdown, codeAction, inlayHint and anything else: an empty answer.
        reply(msg["id"], method == "shutdown" ? json(nullptr) : json::array());
    }
    return true;
}

}  // namespace

int main() {
    std::string buffer;
    std::size_t scanned = 0;   // bytes of `buffer` already searched for the header end
    std::size_t bodyAt = 0;    // where the current body starts, once its header is read
    std::size_t length = 0;
    char chunk[65536];
    for (;;) {
        // Consume every complete frame in the buffer, scanning each byte once.
        for (;;) {
            if (bodyAt == 0) {
                const std::size_t headerEnd = buffer.find("\r\n\r\n", scanned > 3 ? scanned - 3 : 0);
                if (headerEnd == std::string::npos) {
                    scanned = buffer.size();
                    break;
                }
                const std::size_t lengthAt = buffer.find("Content-Length:");
                if (lengthAt == std::string::npos || lengthAt > headerEnd) return 2;
                length = std::strtoull(buffer.c_str() + lengthAt + 15, nullptr, 10);
                bodyAt = headerEnd + 4;
            }
            if (buffer.size() < bodyAt + length) break;
            const json msg = json::parse(std::string_view(buffer).substr(bodyAt, length), nullptr, false);
            buffer.erase(0, bodyAt + length);
            bodyAt = 0;
            scanned = 0;
            if (msg.is_object() && !handle(msg)) return 0;
        }
        const ssize_t n = ::read(STDIN_FILENO, chunk, sizeof chunk);
        if (n <= 0) return 0;
        buffer.append(chunk, static_cast<std::size_t>(n));
    }
}
