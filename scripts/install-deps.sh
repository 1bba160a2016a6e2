#!/usr/bin/env bash
# Installs what a fresh Debian 12 machine lacks to build stackls (and, with --test, to run
# every test). Idempotent: packages already present are not fetched again.
set -euo pipefail

build_pkgs=(cmake ninja-build g++ nlohmann-json3-dev libboost-dev libspdlog-dev libtomlplusplus-dev python3)
test_pkgs=(catch2 python3-pip neovim emacs-nox elpa-eglot strace clang-14 libclang-rt-14-dev nodejs npm
           # the builds for other machines and the stand-ins their tests run in
           g++-aarch64-linux-gnu qemu-user-static g++-mingw-w64-x86-64-posix wine64)

want=("${build_pkgs[@]}")
if [[ "${1:-}" == "--test" ]]; then
  want+=("${test_pkgs[@]}")
fi

missing=()
for p in "${want[@]}"; do
  # node and npm may come from outside Debian (e.g. a preinstalled Node.js); accept them.
  if [[ "$p" == nodejs || "$p" == npm ]] && command -v "${p/nodejs/node}" >/dev/null 2>&1; then
    continue
  fi
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done

if ((${#missing[@]})); then
  echo "install-deps: installing ${missing[*]}" >&2
  SUDO=""
  [[ $(id -u) -ne 0 ]] && SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [[ "${1:-}" == "--test" ]]; then
  # The SARIF test's validator, from npm into a cache outside the source tree.
  "$(dirname "$0")/install-sarif-validator.sh" >/dev/null
fi
