#!/usr/bin/env python3
"""The TCP transport: --listen on loopback with port 0 serves one client through a whole
lifecycle and exits 0; a non-loopback address is refused with exit code 2."""
import json
import re
import socket
import subprocess
import sys


def frame(obj) -> bytes:
    body = json.dumps(obj).encode()
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


def read_message(sock, buf: bytearray):
    while True:
        head_end = buf.find(b"\r\n\r\n")
        if head_end >= 0:
            length = int(re.search(rb"Content-Length: *(\d+)", bytes(buf[:head_end]), re.I).group(1))
            if len(buf) >= head_end + 4 + length:
                body = bytes(buf[head_end + 4: head_end + 4 + length])
                del buf[: head_end + 4 + length]
                return json.loads(body)
        chunk = sock.recv(65536)
        if not chunk:
            raise SystemExit("FAIL: connection closed early")
        buf += chunk


def main(server: str) -> None:
    refused = subprocess.run([server, "--listen", "0.0.0.0:0"], capture_output=True, timeout=20)
    if refused.returncode != 2 or b"non-loopback" not in refused.stderr:
        raise SystemExit(f"FAIL: 0.0.0.0 not refused: rc={refused.returncode} {refused.stderr!r}")

    proc = subprocess.Popen([server, "--listen", "127.0.0.1:0"], stdin=subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        port = None
        for line in proc.stderr:
            m = re.search(rb"listening on 127\.0\.0\.1:(\d+)", line)
            if m:
                port = int(m.group(1))
                break
        if port is None:
            raise SystemExit("FAIL: no listening line on stderr")
        sock = socket.create_connection(("127.0.0.1", port), timeout=20)
        buf = bytearray()
        sock.sendall(frame({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"capabilities": {}}}))
        reply = read_message(sock, buf)
        assert reply.get("result", {}).get("serverInfo", {}).get("name") == "stackls", reply
        sock.sendall(frame({"jsonrpc": "2.0", "id": 2, "method": "stackls/none"}))
        reply = read_message(sock, buf)
        assert reply["error"]["code"] == -32601, reply
        sock.sendall(frame({"jsonrpc": "2.0", "id": 3, "method": "shutdown"}))
        reply = read_message(sock, buf)
        while "method" in reply:
            reply = read_message(sock, buf)
        assert reply == {"jsonrpc": "2.0", "id": 3, "result": None}, reply
        sock.sendall(frame({"jsonrpc": "2.0", "method": "exit"}))
        code = proc.wait(timeout=20)
        if code != 0:
            raise SystemExit(f"FAIL: exit code {code}")
        # The stdout of a TCP server carries nothing.
        if proc.stdout.read():
            raise SystemExit("FAIL: the TCP server wrote to stdout")
    finally:
        if proc.poll() is None:
            proc.kill()
    print("PASS: tcp")


if __name__ == "__main__":
    main(sys.argv[1])
