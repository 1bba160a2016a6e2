#!/usr/bin/env bash
# The README's first command: installs what is missing, builds stackls, and runs its main
# job on the bundled examples/ (check every example workspace, then recommend a stack).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh release
exec scripts/run-examples.sh build/release/bin/stackls
