#!/usr/bin/env bash
# The README's main job on an already built binary: `scripts/run-examples.sh BINARY`.
# Prints the version, checks that the server answers initialize over stdio and exits 0
# after shutdown/exit, then runs `stackls check` and `stackls recommend` on examples/.
set -euo pipefail
binary="${1:?usage: scripts/run-examples.sh path/to/stackls}"
[[ -x "$binary" ]] || { echo "run-examples: $binary is not an executable" >&2; exit 1; }

"$binary" --version

python3 - "$binary" "$(dirname "$0")" <<'PY'
import subprocess, sys
sys.path.insert(0, sys.argv[2])
from lsp_client import FrameReader, encode

messages = [
    {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"processId": None, "capabilities": {}}},
    {"jsonrpc": "2.0", "method": "initialized", "params": {}},
    {"jsonrpc": "2.0", "id": 2, "method": "shutdown"},
    {"jsonrpc": "2.0", "method": "exit"},
]
proc = subprocess.run([sys.argv[1], "--log-level", "warn"], input=b"".join(map(encode, messages)),
                      capture_output=True, timeout=30)
replies = [m for m in FrameReader().feed(proc.stdout) if isinstance(m, dict)]
init = next((r for r in replies if r.get("id") == 1), {})
info = init.get("result", {}).get("serverInfo", {})
if info.get("name") != "stackls" or proc.returncode != 0:
    sys.exit(f"run-examples: initialize check failed (exit {proc.returncode}): {init}\n{proc.stderr.decode()}")
print(f"initialize: ok ({info['name']} {info.get('version')}), exit code {proc.returncode}")
PY

# The examples are built to show every rule, so `check` finding errors (exit 1) is expected;
# anything else (2: bad input, or a crash) fails the script.
repo="$(cd "$(dirname "$0")/.." && pwd)"
binary_abs="$(cd "$(dirname "$binary")" && pwd)/$(basename "$binary")"
cd "$repo"
echo
echo "== stackls check examples =="
status=0
"$binary_abs" check examples || status=$?
if [[ $status -ne 0 && $status -ne 1 ]]; then
  echo "run-examples: stackls check exited $status" >&2
  exit 1
fi
echo
echo "== stackls recommend examples/mixed-monorepo =="
"$binary_abs" recommend examples/mixed-monorepo
echo
echo "== stackls recommend --use-case ai-ml,realtime-collaboration (a new project, no manifests) =="
"$binary_abs" recommend --use-case ai-ml,realtime-collaboration
