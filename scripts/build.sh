#!/usr/bin/env bash
# Configures and builds one flavour of stackls: `release` (default) or `asan`
# (AddressSanitizer + UndefinedBehaviorSanitizer). Output in build/<flavour>.
set -euo pipefail
cd "$(dirname "$0")/.."
flavour="${1:-release}"
case "$flavour" in
  release) extra=() ;;
  asan) extra=(-DCMAKE_BUILD_TYPE=RelWithDebInfo -DSTACKLS_SANITIZE=ON) ;;
  *) echo "build.sh: unknown flavour '$flavour' (release|asan)" >&2; exit 2 ;;
esac
cmake -S . -B "build/$flavour" -G Ninja "${extra[@]}" >/dev/null
cmake --build "build/$flavour" -j2
