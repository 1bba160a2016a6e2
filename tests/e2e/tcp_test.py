#!/usr/bin/env python3
"""The TCP transport: --listen on loopback with port 0 serves one client through a whole
lifecycle and exits 0; a non-loopback address is refused with exit code 2."""
import pathlib
import re
import socket
import subprocess
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "scripts"))
from lsp_client import Client  # noqa: E402

TIMEOUT = 20


def read_message(client):
    message = client.next_message(TIMEOUT)
    if message is None:
        raise SystemExit(f"FAIL: connection closed early (or nothing within {TIMEOUT}s)")
    return message


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
        sock = socket.create_connection(("127.0.0.1", port), timeout=TIMEOUT)
        # The server's own requests stay in the queue, as every message here is checked.
        client = Client.over_socket(sock, answer=None)
        client.request("initialize", {"capabilities": {}})
        reply = read_message(client)
        assert reply.get("result", {}).get("serverInfo", {}).get("name") == "stackls", reply
        client.request("stackls/none")
        reply = read_message(client)
        assert reply["error"]["code"] == -32601, reply
        client.request("shutdown")
        reply = read_message(client)
        while "method" in reply:
            reply = read_message(client)
        assert reply == {"jsonrpc": "2.0", "id": 3, "result": None}, reply
        client.notify("exit")
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
