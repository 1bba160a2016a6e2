#!/usr/bin/env bash
# The README's second command: installs everything the tests need, builds stackls twice
# (release, then ASan+UBSan) and runs the whole ctest suite on each, then the fuzz targets briefly.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --test
scripts/build.sh release
ctest --test-dir build/release --output-on-failure -j2
scripts/build.sh asan
ctest --test-dir build/asan --output-on-failure -j2
# libFuzzer targets need clang: a third build, and ctest runs each target briefly.
CC=clang-14 CXX=clang++-14 cmake -S . -B build/fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSTACKLS_FUZZ=ON >/dev/null
cmake --build build/fuzz --target stackls_fuzzers -j2
ctest --test-dir build/fuzz -L fuzz --output-on-failure -j2
