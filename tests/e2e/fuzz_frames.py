#!/usr/bin/env python3
"""Fuzz-style test of the real binary over stdio (fixed seed, bounded time).

Each round has a chaos phase (random bytes, truncated frames, header junk, mutated and
deeply nested bodies, written in random chunk sizes) followed by a resync (newline padding
and a sync request) and a clean phase of well-formed messages with random params: every
request of the clean phase must be answered exactly once. Throughout, the process must stay
alive and print no sanitizer report.

STACKLS_FUZZ_SEED and STACKLS_FUZZ_ROUNDS override the defaults.
"""
import json
import os
import pathlib
import random
import subprocess
import sys
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "scripts"))
from lsp_client import Client, Malformed, frame  # noqa: E402

SEED = int(os.environ.get("STACKLS_FUZZ_SEED", "20241126"))
ROUNDS = int(os.environ.get("STACKLS_FUZZ_ROUNDS", "8"))
DEADLINE = time.monotonic() + float(os.environ.get("STACKLS_FUZZ_SECONDS", "150"))
REPLY_TIMEOUT = 30.0
MAX_TRUNCATED = 4096  # declared lengths of cut frames stay below the resync padding
PADDING = b"\n" * 8192

rng = random.Random(SEED)


def encode(obj) -> bytes:
    """A message body; lone surrogates and raw non-ASCII text included, as junk may hold them."""
    return json.dumps(obj, ensure_ascii=False).encode("utf-8", "surrogatepass")


class Server:
    def __init__(self, argv):
        # The server's own requests are answered by wait_for, between the writes of this thread.
        self.client = Client(argv, stderr=subprocess.PIPE, answer=None)
        self.proc = self.client.proc

    def write(self, data: bytes):
        try:
            self.client.write(data)
        except (BrokenPipeError, ValueError):
            pass  # noticed by alive()

    def write_in_chunks(self, data: bytes):
        while data:
            n = rng.randint(1, 4096)
            self.write(data[:n])
            data = data[n:]

    def alive(self) -> bool:
        return self.proc.poll() is None


def fail(server, why):
    if server.alive():
        server.proc.kill()
    server.proc.wait()
    tail = server.client.stderr_text()[-4000:]
    print(f"FAIL (seed {SEED}): {why}\n--- server stderr tail:\n{tail}", file=sys.stderr)
    sys.exit(1)


def wait_for(server, wanted_id, replies):
    """Collects replies until the one for wanted_id arrives; returns False on timeout."""
    deadline = time.monotonic() + REPLY_TIMEOUT
    while time.monotonic() < deadline:
        message = server.client.next_message(0.5)
        if message is None and not server.client.closed:
            if not server.alive():
                fail(server, f"the server died (exit code {server.proc.returncode})")
            continue
        if message is None:
            fail(server, f"the server closed its output (exit code {server.proc.poll()})")
        if isinstance(message, Malformed):
            fail(server, f"the server wrote an unreadable frame ({message}); it must always write valid JSON")
        if "method" in message:
            if "id" in message:
                # Answer the server's own requests (applyEdit, configuration, ...) from
                # this thread only, between frames, so the stream is never interleaved.
                server.write(frame(encode({"jsonrpc": "2.0", "id": message["id"], "result": None})))
            continue
        if "id" not in message or ("result" not in message and "error" not in message):
            fail(server, f"not a JSON-RPC response: {message}")
        replies.append(message)
        if message.get("id") == wanted_id:
            return True
    return False


# ---------------------------------------------------------------- generators

URIS = ["file:///fz/package.json", "file:///fz/requirements.txt", "file:///fz/sub/requirements-dev.txt",
        "file:///fz/%F0%9F%98%80.json", "untitled:Untitled-1", "file:///fz/other.txt"]
SEED_TEXTS = [
    '{\n  "name": "fz",\n  "dependencies": {"express": "^4.18.2", "react": "18"},\n  "stackls": {"useCase": "web-api"}\n}\n',
    "# stackls: use-case=data-science\nnumpy==1.26.0\npandas>=2\n-r other.txt\ntorch ; python_version > '3.8'\n",
    '{"devDependencies": {"typescript": "*"}, "scripts": {"start": "node ."}, "engines": {"node": ">=18"}}',
    "flask\r\ncelery[redis]==5.3\r\n\xf0\x9f\x98\x80 = 1\r\n",
]


def random_scalar():
    return rng.choice([None, True, False, 0, -1, 2**31, -(2**63), 2**64, 1.5, "", "x", "😀", "\u0000",
                       "file:///", "../../etc/passwd", "a" * rng.randint(0, 3000)])


def random_json(depth=0):
    roll = rng.random()
    if depth > 4 or roll < 0.4:
        return random_scalar()
    if roll < 0.7:
        return [random_json(depth + 1) for _ in range(rng.randint(0, 4))]
    return {rng.choice(["uri", "textDocument", "position", "range", "line", "character", "text", "command",
                        "arguments", "context", "diagnostics", "settings", "stackls", "id", "x"]): random_json(depth + 1)
            for _ in range(rng.randint(0, 4))}


def random_position():
    return {"line": rng.choice([0, 1, 2, 5, 100, -1, 2**31 - 1]), "character": rng.choice([0, 1, 3, 7, 50, -5, 2**31 - 1])}


def random_range():
    return {"start": random_position(), "end": random_position()}


def mutate_text(text: str) -> str:
    chars = list(text)
    for _ in range(rng.randint(0, 8)):
        op = rng.random()
        pos = rng.randint(0, len(chars))
        if op < 0.4 and chars:
            del chars[min(pos, len(chars) - 1)]
        elif op < 0.8:
            chars.insert(pos, rng.choice(['"', "{", "}", "[", ",", ":", "\n", "=", "#", "😀", "\\", "\udcff"[:0] + "é"]))
        else:
            chars[pos:pos] = list(rng.choice(SEED_TEXTS))
    return "".join(chars)


def random_params(method):
    if rng.random() < 0.15:
        return random_json()
    doc = {"uri": rng.choice(URIS)}
    if method in ("textDocument/hover", "textDocument/completion", "textDocument/definition"):
        return {"textDocument": doc, "position": random_position()}
    if method in ("textDocument/inlayHint", "textDocument/codeAction"):
        params = {"textDocument": doc, "range": random_range()}
        if method == "textDocument/codeAction":
            params["context"] = {"diagnostics": rng.choice([[], [{"range": random_range(), "message": "m",
                                                                   "code": rng.choice(["x", 1, None])}], random_json()]),
                                 "only": rng.choice([None, ["quickfix"], ["", "Empty", "QuickFix"]])}
        return params
    if method == "workspace/executeCommand":
        return {"command": rng.choice(COMMANDS + ["stackls.nothing", ""]),
                "arguments": rng.choice([None, [], [doc["uri"]], [random_json()], random_json()])}
    return {"textDocument": doc}


COMMANDS = []
REQUEST_METHODS = ["textDocument/hover", "textDocument/inlayHint", "textDocument/codeAction", "textDocument/codeLens",
                   "textDocument/documentLink", "textDocument/diagnostic", "textDocument/completion",
                   "workspace/executeCommand", "initialize", "stackls/unknown", "$/unknown"]


def random_notification():
    kind = rng.random()
    uri = rng.choice(URIS)
    if kind < 0.3:
        return {"jsonrpc": "2.0", "method": "textDocument/didOpen",
                "params": {"textDocument": {"uri": uri, "languageId": rng.choice(["json", "text", "js", ""]),
                                            "version": rng.randint(0, 9), "text": mutate_text(rng.choice(SEED_TEXTS))}}}
    if kind < 0.65:
        changes = [rng.choice([{"range": random_range(), "text": mutate_text(rng.choice(["", "x", "\n", "😀", '"a": 1,']))},
                               {"text": mutate_text(rng.choice(SEED_TEXTS))}]) for _ in range(rng.randint(1, 3))]
        return {"jsonrpc": "2.0", "method": "textDocument/didChange",
                "params": {"textDocument": {"uri": uri, "version": rng.randint(0, 99)}, "contentChanges": changes}}
    if kind < 0.75:
        return {"jsonrpc": "2.0", "method": "textDocument/didClose", "params": {"textDocument": {"uri": uri}}}
    if kind < 0.85:
        return {"jsonrpc": "2.0", "method": "workspace/didChangeConfiguration",
                "params": {"settings": rng.choice([{}, None, {"stackls": random_json()}, random_json()])}}
    if kind < 0.92:
        return {"jsonrpc": "2.0", "method": "textDocument/didSave", "params": {"textDocument": {"uri": uri}}}
    return {"jsonrpc": "2.0", "method": "$/cancelRequest", "params": {"id": rng.choice([1, "c-1", random_scalar()])}}


def chaos_bytes() -> bytes:
    kind = rng.random()
    valid = encode({"jsonrpc": "2.0", "id": rng.randint(1, 10**6), "method": rng.choice(REQUEST_METHODS),
                    "params": random_json()})
    if kind < 0.2:
        return bytes(rng.getrandbits(8) for _ in range(rng.randint(1, 2000)))
    if kind < 0.35:  # truncated frame: the header promises more than is sent
        body = valid[: rng.randint(0, min(len(valid), MAX_TRUNCATED))]
        return b"Content-Length: %d\r\n\r\n" % rng.randint(len(body), MAX_TRUNCATED) + body
    if kind < 0.5:  # mutated body
        body = bytearray(valid)
        for _ in range(rng.randint(1, 10)):
            body[rng.randrange(len(body))] = rng.getrandbits(8)
        return frame(bytes(body))
    if kind < 0.6:  # header junk
        headers = rng.choice([b"Content-Length: -3\r\n", b"Content-Length: 1e3\r\n", b"content-length:\r\n",
                              b"Content-Length: 99999999999999999999\r\n", b"Content-Type: x\r\n",
                              b"Content-Length: 70000000\r\n", b": \r\n", b"X" * 9000 + b"\r\n"])
        return headers + b"\r\n" + valid
    if kind < 0.7:  # deep nesting or a huge flat array
        return frame(rng.choice([b"[" * rng.randint(100, 300000), b"[" + b"0," * 100000 + b"0]",
                                 b'{"a":' * 5000 + b"1" + b"}" * 5000]))
    if kind < 0.8:  # not a JSON-RPC message
        return frame(encode(rng.choice([[], 1, "s", None, {"id": [1]}, {"method": None}, {"id": 1}, {"result": 1}])))
    return frame(encode(random_notification()))


def main(binary: str) -> None:
    server = Server([binary, "--log-level", "error"])
    replies = []
    server.write(frame(encode({"jsonrpc": "2.0", "id": "init", "method": "initialize",
                               "params": {"capabilities": {"workspace": {"configuration": True, "applyEdit": True}},
                                          "rootUri": "file:///fz"}})))
    if not wait_for(server, "init", replies):
        fail(server, "no initialize reply")
    init = replies[-1]
    COMMANDS.extend(init.get("result", {}).get("capabilities", {}).get("executeCommandProvider", {}).get("commands", []))
    server.write(frame(encode({"jsonrpc": "2.0", "method": "initialized", "params": {}})))

    counter = 0
    rounds_done = 0
    for round_no in range(ROUNDS):
        if time.monotonic() > DEADLINE:
            break
        for _ in range(rng.randint(20, 40)):
            server.write_in_chunks(chaos_bytes())
        # Resync: padding ends any pending body or header block, then a sync request.
        server.write(PADDING)
        sync_id = f"sync-{round_no}"
        server.write(frame(encode({"jsonrpc": "2.0", "id": sync_id, "method": "stackls/sync"})))
        replies.clear()
        if not wait_for(server, sync_id, replies):
            fail(server, f"round {round_no}: no answer after the chaos phase")

        # Clean phase: every request must be answered exactly once.
        sent = []
        methods = {}
        stream = b""
        for _ in range(rng.randint(30, 60)):
            if rng.random() < 0.5:
                stream += frame(encode(random_notification()))
            else:
                counter += 1
                request_id = rng.choice([counter, f"r-{counter}"])
                method = rng.choice(REQUEST_METHODS)
                sent.append(request_id)
                methods[request_id] = method
                stream += frame(encode({"jsonrpc": "2.0", "id": request_id, "method": method,
                                        "params": random_params(method)}))
        server.write_in_chunks(stream)
        sync_id = f"clean-{round_no}"
        server.write(frame(encode({"jsonrpc": "2.0", "id": sync_id, "method": "stackls/sync"})))
        replies.clear()
        if not wait_for(server, sync_id, replies):
            fail(server, f"round {round_no}: no answer after the clean phase")
        answered = [r["id"] for r in replies if r["id"] != sync_id]
        for request_id in sent:
            if answered.count(request_id) != 1:
                fail(server, f"round {round_no}: request {request_id!r} ({methods[request_id]}) answered "
                             f"{answered.count(request_id)} times; replies: {replies}")
        rounds_done += 1

    server.write(frame(encode({"jsonrpc": "2.0", "id": "bye", "method": "shutdown"})))
    replies.clear()
    if not wait_for(server, "bye", replies) or "result" not in replies[-1]:
        fail(server, "shutdown not answered")
    server.write(frame(encode({"jsonrpc": "2.0", "method": "exit"})))
    try:
        code = server.proc.wait(timeout=REPLY_TIMEOUT)
    except subprocess.TimeoutExpired:
        fail(server, "no exit after exit")
    time.sleep(0.1)
    err = server.client.stderr_text()
    for marker in ("AddressSanitizer", "runtime error:", "LeakSanitizer"):
        if marker in err:
            fail(server, "sanitizer report")
    if code != 0:
        fail(server, f"exit code {code}")
    print(f"PASS: fuzz seed {SEED}, {rounds_done} rounds, {counter} checked requests")


if __name__ == "__main__":
    main(sys.argv[1])
