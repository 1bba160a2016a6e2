#!/usr/bin/env bash
# Configures and builds one flavour of stackls into build/<flavour>:
#   release  the default: what users run and what the benchmarks measure (g++);
#   asan     clang 14 with AddressSanitizer (LeakSanitizer on) and UndefinedBehaviorSanitizer,
#            plus the libFuzzer targets: the libraries carry fuzzing coverage, so one build
#            serves both the sanitizer suite and the fuzzers.
# Both compile each target as a few large translation units (CMake's unity build): the
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
  *) echo "build.sh: unknown flavour '$flavour' (release|asan)" >&2; exit 2 ;;
esac
env "${env[@]}" cmake -S . -B "build/$flavour" -G Ninja -DCMAKE_UNITY_BUILD=ON \
  -DCMAKE_UNITY_BUILD_BATCH_SIZE=16 "${extra[@]}" >/dev/null
cmake --build "build/$flavour" -j2
