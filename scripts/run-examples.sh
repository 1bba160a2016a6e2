#!/usr/bin/env bash
# The README's main job on an already built binary: `scripts/run-examples.sh BINARY`.
# For now: prints the version and checks that the server answers initialize over stdio
# and exits 0 after shutdown/exit. (Checks of examples/ are added here later.)
set -euo pipefail
binary="${1:?usage: scripts/run-examples.sh path/to/stackls}"
[[ -x "$binary" ]] || { echo "run-examples: $binary is not an executable" >&2; exit 1; }

"$binary" --version

python3 - "$binary" <<'PY'
import json, subprocess, sys

def frame(obj):
    body = json.dumps(obj).encode()
    return b"Content-Length: %d\r\n\r\n" % len(body) + body

messages = [
    {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"processId": None, "capabilities": {}}},
    {"jsonrpc": "2.0", "method": "initialized", "params": {}},
    {"jsonrpc": "2.0", "id": 2, "method": "shutdown"},
    {"jsonrpc": "2.0", "method": "exit"},
]
proc = subprocess.run([sys.argv[1], "--log-level", "warn"], input=b"".join(map(frame, messages)),
                      capture_output=True, timeout=30)
replies, data = [], proc.stdout
while data:
    head, _, rest = data.partition(b"\r\n\r\n")
    length = int(head.split(b":")[1])
    replies.append(json.loads(rest[:length]))
    data = rest[length:]
init = next((r for r in replies if r.get("id") == 1), {})
info = init.get("result", {}).get("serverInfo", {})
if info.get("name") != "stackls" or proc.returncode != 0:
    sys.exit(f"run-examples: initialize check failed (exit {proc.returncode}): {init}\n{proc.stderr.decode()}")
print(f"initialize: ok ({info['name']} {info.get('version')}), exit code {proc.returncode}")
PY
