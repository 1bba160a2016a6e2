#!/usr/bin/env bash
# Configures and builds one flavour of stackls into build/<flavour>:
#   release  the default: what users run and what the benchmarks measure (g++);
#   asan     clang 14 with AddressSanitizer (LeakSanitizer on) and UndefinedBehaviorSanitizer,
#            plus the libFuzzer targets: the libraries carry fuzzing coverage, so one build
#            serves both the sanitizer suite and the fuzzers.
#   portable one static Linux x64 binary (spdlog and fmt compiled in from their headers),
#            tested by running the transcripts in a root that holds nothing else;
#   arm64    the same for Linux arm64, cross-compiled, tested under qemu-aarch64-static;
#   windows  Windows x64 (MinGW-w64), tested under wine64.
# The last three build only the server and its stand-in tests (tests/platforms/).
# All compile each target as a few large translation units (CMake's unity build): the
# nlohmann/json templates are then instantiated once per batch instead of once per file,
# which halves the build's CPU time. So names private to a .cpp file must be unique
# within its target.
set -euo pipefail
cd "$(dirname "$0")/.."
flavour="${1:-release}"
case "$flavour" in
  release) env=() extra=() ;;
  asan) env=(CC=clang-14 CXX=clang++-14)
        extra=(-DCMAKE_BUILD_TYPE=RelWithDebInfo -DSTACKLS_SANITIZE=ON -DSTACKLS_FUZZ=ON) ;;
  portable|arm64|windows)
        env=()
        extra=(-DSTACKLS_PORTABLE=ON -DSTACKLS_BUILD_TESTS=OFF -DSTACKLS_STANDIN_TESTS=ON)
        case "$flavour" in
          portable) extra+=(-DSTACKLS_TEST_LAUNCHER=bare-root) ;;
          arm64) extra+=(-DCMAKE_TOOLCHAIN_FILE=cmake/toolchains/aarch64-linux-gnu.cmake
                         -DSTACKLS_TEST_LAUNCHER=qemu-aarch64) ;;
          windows) extra+=(-DCMAKE_TOOLCHAIN_FILE=cmake/toolchains/mingw-w64-x86_64.cmake
                           -DSTACKLS_TEST_LAUNCHER=wine) ;;
        esac ;;
  *) echo "build.sh: unknown flavour '$flavour' (release|asan|portable|arm64|windows)" >&2; exit 2 ;;
esac
env "${env[@]}" cmake -S . -B "build/$flavour" -G Ninja -DCMAKE_UNITY_BUILD=ON \
  -DCMAKE_UNITY_BUILD_BATCH_SIZE=16 "${extra[@]}" >/dev/null
cmake --build "build/$flavour" -j2
