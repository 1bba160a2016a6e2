#!/usr/bin/env bash
# The README's second command: installs everything the tests need, builds stackls twice
# (release with g++; ASan+UBSan with clang, which also builds the libFuzzer targets) and
# runs the whole ctest suite on each; on the sanitizer build that includes each fuzz target
# for a short, bounded time. Then builds the binaries shipped for other machines and runs
# the transcript suite against each in its stand-in (docs/platforms.md).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --test
scripts/build.sh release
ctest --test-dir build/release --output-on-failure -j2
scripts/build.sh asan
ctest --test-dir build/asan --output-on-failure -j2
for flavour in portable arm64 windows; do
  scripts/build.sh "$flavour"
  ctest --test-dir "build/$flavour" --output-on-failure -j2
done
