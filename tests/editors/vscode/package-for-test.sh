#!/usr/bin/env bash
# ctest fixture: `npm ci && npm run package` in client-extension/, bundling the server of the
# build under test. Usage: package-for-test.sh SERVER_BINARY VSIX_OUT
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here/../../../client-extension"
npm ci --no-audit --no-fund >&2
STACKLS_SERVER="$1" STACKLS_VSIX_OUT="$2" npm run --silent package
