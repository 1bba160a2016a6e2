#!/usr/bin/env bash
# ctest entry of the real-VS-Code test: installs code-server, playwright-core and chromium
# (exit 77, a ctest skip, only when chromium cannot be installed), then runs e2e.mjs.
# Usage: run-e2e.sh VSIX OUT_DIR
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../../.." && pwd)"
vsix="$1"
out="$2"

set +e
cache="$("$repo/scripts/install-vscode-test-deps.sh" | tail -n 1)"
rc=$?
set -e
if [[ $rc -eq 77 ]]; then
  echo "SKIP: chromium cannot be installed on this machine, and the VS Code e2e test needs /usr/bin/chromium"
  exit 77
fi
if [[ $rc -ne 0 ]]; then
  echo "run-e2e: installing the test dependencies failed (exit $rc)" >&2
  exit "$rc"
fi
exec node "$here/e2e.mjs" --vsix "$vsix" --cache "$cache" --fixture "$here/fixtures/ai-ml-node" \
  --poetry-fixture "$repo/examples/poetry-realtime" --out "$out"
