#!/usr/bin/env python3
"""Writes the seed corpora in fuzz/corpus/<target>/: small, valid-ish inputs that lead each
fuzzer into the interesting code quickly. Rerun after changing it; the files are committed."""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent


def frame(message) -> bytes:
    body = message if isinstance(message, bytes) else json.dumps(message).encode()
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


PACKAGE_JSONS = [
    b'{"name":"app","version":"1.0.0","dependencies":{"express":"^4.18.2","torch":"1"}}',
    b'{\n  "name": "ml",\n  "dependencies": {\n    "@tensorflow/tfjs-node": "^4.0.0",\n'
    b'    "sharp": "0.32"\n  },\n  "devDependencies": {"typescript": "5"},\n'
    b'  "engines": {"node": ">=18"},\n  "stackls": {"useCase": "ai-ml", "ignore": ["x"]}\n}\n',
    b'{"dependencies":{"react":"18",}, // trailing comma and a comment\n"workspaces":["a/*"]}',
    b'{"dependencies":{"unterminated: "1"\n"next":"2"',
    b'{"a":[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]}',
    b'{"name":"\xff\xfe bad utf8 \x00 nul","keywords":["web","\\ud83d\\ude00"]}',
    b'{"dependencies":{"express":"1","express":"2"},"peerDependencies":{"x":1}}',
    b'[1,2,{"k":tru}]',
]

REQUIREMENTS = [
    b"django>=4.2,<5\nnumpy==1.26.4 ; python_version >= '3.9'\nrequests[socks,security]~=2.31\n",
    b"-r base.txt\n-c constraints.txt\n--index-url ${INDEX}\n-e git+https://example.invalid/x.git#egg=x\n",
    b"torch==2.1.0 \\\n    --hash=sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n",
    b"# stackls: use-case=ai-ml\nfastapi\nuvicorn[standard] @ https://example.invalid/u.whl\n./local/pkg\n",
    b"-r a.txt\nflask\n\f-r b.txt\nnumpy\n\f-r r.txt\n-r a.txt\npandas>=2\n",
    b"bad name !!\nfoo==\nbar[extra\nbaz ; python_version <\n${UNSET}\n\t  \n--unknown-option x\n",
]


def lsp_session(extra):
    base = [
        {"jsonrpc": "2.0", "id": 1, "method": "initialize",
         "params": {"processId": None, "rootUri": None, "capabilities": {
             "textDocument": {"hover": {"contentFormat": ["markdown", "plaintext"]},
                              "inlayHint": {}, "diagnostic": {},
                              "codeAction": {"codeActionLiteralSupport": {"codeActionKind": {"valueSet": ["quickfix"]}}}},
             "workspace": {"configuration": True}, "general": {"positionEncodings": ["utf-16"]}}}},
        {"jsonrpc": "2.0", "method": "initialized", "params": {}},
    ]
    tail = [{"jsonrpc": "2.0", "id": 99, "method": "shutdown"}, {"jsonrpc": "2.0", "method": "exit"}]
    return b"".join(frame(m) for m in base + extra + tail)


def doc_messages(uri, text, version=1):
    td = {"uri": uri}
    return [
        {"jsonrpc": "2.0", "method": "textDocument/didOpen",
         "params": {"textDocument": {"uri": uri, "languageId": "json", "version": version, "text": text}}},
        {"jsonrpc": "2.0", "id": 2, "method": "textDocument/hover",
         "params": {"textDocument": td, "position": {"line": 0, "character": 22}}},
        {"jsonrpc": "2.0", "id": 3, "method": "textDocument/codeAction",
         "params": {"textDocument": td, "range": {"start": {"line": 0, "character": 0}, "end": {"line": 3, "character": 0}},
                    "context": {"diagnostics": []}}},
        {"jsonrpc": "2.0", "id": 4, "method": "textDocument/inlayHint",
         "params": {"textDocument": td, "range": {"start": {"line": 0, "character": 0}, "end": {"line": 99, "character": 0}}}},
        {"jsonrpc": "2.0", "id": 5, "method": "textDocument/diagnostic", "params": {"textDocument": td}},
        {"jsonrpc": "2.0", "method": "textDocument/didChange",
         "params": {"textDocument": {"uri": uri, "version": version + 1},
                    "contentChanges": [{"range": {"start": {"line": 0, "character": 20}, "end": {"line": 0, "character": 20}},
                                        "text": "x"}]}},
        {"jsonrpc": "2.0", "id": 6, "method": "$/cancelRequest", "params": {"id": 5}},
        {"jsonrpc": "2.0", "method": "textDocument/didClose", "params": {"textDocument": td}},
    ]


def write(target, items):
    out = HERE / "corpus" / target
    out.mkdir(parents=True, exist_ok=True)
    for old in out.iterdir():
        old.unlink()
    for i, data in enumerate(items):
        (out / f"seed-{i:02d}").write_bytes(data)


def main():
    messages = [
        {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"capabilities": {}, "rootUri": "file:///w"}},
        {"jsonrpc": "2.0", "id": "s", "method": "textDocument/hover",
         "params": {"textDocument": {"uri": "file:///w/package.json"}, "position": {"line": 1, "character": 4}}},
        {"jsonrpc": "2.0", "method": "textDocument/didChange",
         "params": {"textDocument": {"uri": "file:///w/requirements.txt", "version": 3},
                    "contentChanges": [{"range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 1}},
                                        "text": "é"}, {"text": "full"}]}},
        {"jsonrpc": "2.0", "method": "workspace/didChangeWorkspaceFolders",
         "params": {"event": {"added": [{"uri": "file:///a", "name": "a"}], "removed": []}}},
        {"jsonrpc": "2.0", "method": "workspace/didChangeConfiguration", "params": {"settings": {"stackls": {"useCase": "web"}}}},
        {"jsonrpc": "2.0", "id": 7, "method": "workspace/executeCommand",
         "params": {"command": "stackls.recommendStack", "arguments": None}},
        {"jsonrpc": "2.0", "id": 8, "result": [{"stackls": {}}]},
        {"jsonrpc": "2.0", "id": 9, "error": {"code": -32601, "message": "no"}},
        {"jsonrpc": "2.0", "method": "$/cancelRequest", "params": {"id": "s"}},
        {"id": None, "method": 3},
    ]
    write("message", [json.dumps(m).encode() for m in messages] + [b"[", b"{\"a\":" * 40, b"[]"])
    write("framing", [bytes([n]) + frame(m) + frame(m) for n, m in zip((0, 7, 63), messages)]
          + [b"\x01Content-Length: 99999999999\r\n\r\nxx", b"\x05content-length:3\nContent-Type: x\n\nabc",
             b"\x02Content-Length: 2\r\nContent-Length: 3\r\n\r\n{}{", b"\x00\r\n\r\n" * 4])
    write("json_reader", PACKAGE_JSONS)
    write("requirements", REQUIREMENTS)
    write("manifest_patch", [patch_input(kind, text, at, removed, inserted) for kind, text, at, removed, inserted in (
        (0, PACKAGE_JSONS[1].decode(), 30, 0, "x"),
        (0, '{"dependencies": {"lodash": "4"}, "scripts": {"build": "tsc"}}\n', 45, 1, "y"),
        (1, REQUIREMENTS[0].decode(), 3, 0, "a"),
        (1, "django~=4.2  # pinned\r\npandas[all]==2.1\n", 5, 1, "1="),
    )])
    pkg = PACKAGE_JSONS[1].decode()
    req = REQUIREMENTS[0].decode()
    write("server", [
        lsp_session(doc_messages("file:///nonexistent/stackls-fuzz/package.json", pkg)),
        lsp_session(doc_messages("file:///nonexistent/stackls-fuzz/requirements.txt", req)),
        lsp_session([messages[4], messages[5]] + doc_messages("untitled:package.json", "{\"dependencies\":{\"x\"")),
        lsp_session([messages[3], {"jsonrpc": "2.0", "id": 2, "method": "unknown/method"}]),
        frame(messages[1]) + frame(b"{bad json"),
    ])


def patch_input(kind, text, at, removed, inserted):
    """An input of fuzz_manifest_patch: the manifest kind, the edit, the text, the insertion."""
    inserted = inserted.encode()
    return bytes([kind, at >> 8, at & 0xFF, removed | len(inserted) << 2]) + text.encode() + inserted


if __name__ == "__main__":
    main()
