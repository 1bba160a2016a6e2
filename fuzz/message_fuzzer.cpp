// Fuzzes JSON-RPC decoding: depth-limited parsing, message classification, and every LSP
// params decoder, then serialises what came out.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <variant>

#include <spdlog/spdlog.h>

#include "fuzz/fuzz_check.h"
#include "protocol/json_parse.h"
#include "protocol/jsonrpc.h"
#include "protocol/lsp_types.h"
#include "support/json_scan.h"

namespace p = stackls::protocol;
using nlohmann::json;

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    // The decoder warns about invalid UTF-8; writing that per input would make the fuzzer
    // measure stderr.
    spdlog::set_level(spdlog::level::off);
    return 0;
}

namespace {

// Decodes `params` as every params type a handler can ask for; none may throw.
void decodeAll(const json& params) {
    std::string error;
    auto tryDecode = [&](auto value) {
        error.clear();
        if (!p::fromJson(params, value, error)) FUZZ_CHECK(!error.empty());
    };
    tryDecode(p::NoParams{});
    tryDecode(p::Position{});
    tryDecode(p::Range{});
    tryDecode(p::TextDocumentIdentifier{});
    tryDecode(p::DidOpenTextDocumentParams{});
    tryDecode(p::DidChangeTextDocumentParams{});
    tryDecode(p::DidCloseTextDocumentParams{});
    tryDecode(p::DidSaveTextDocumentParams{});
    tryDecode(p::TextDocumentParams{});
    tryDecode(p::TextDocumentPositionParams{});
    tryDecode(p::TextDocumentRangeParams{});
    tryDecode(p::WorkspaceFolder{});
    tryDecode(p::DidChangeWorkspaceFoldersParams{});
    tryDecode(p::DidChangeConfigurationParams{});
    tryDecode(p::CancelParams{});
    tryDecode(p::InitializeParams{});
    tryDecode(p::ExecuteCommandParams{});
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    std::string error;
    auto value = p::parseJson(text, error);
    if (!value) {
        FUZZ_CHECK(!error.empty());
        return 0;
    }
    FUZZ_CHECK(stackls::support::jsonNestingDepth(text, p::kMaxJsonDepth) <= p::kMaxJsonDepth);
    const p::Message message = p::classifyMessage(std::move(*value));
    if (const auto* request = std::get_if<p::Request>(&message)) {
        FUZZ_CHECK(p::isValidId(request->id));
        decodeAll(request->params);
        p::serialize(p::makeResult(request->id, request->params));
    } else if (const auto* notification = std::get_if<p::Notification>(&message)) {
        decodeAll(notification->params);
        p::serialize(p::makeNotification(notification->method, notification->params));
    } else if (const auto* invalid = std::get_if<p::InvalidMessage>(&message)) {
        p::serialize(p::makeError(invalid->id, p::ErrorCode::InvalidRequest, invalid->reason));
    }
    FUZZ_CHECK(p::describe(json(std::string(text)), 80).size() <= 80 + 3);
    return 0;
}
