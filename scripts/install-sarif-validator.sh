#!/usr/bin/env bash
# Installs the SARIF validator the SARIF test runs (`sarif-multitool validate`, from the npm
# package @microsoft/sarif-multitool, which ships a self-contained linux-x64 build) into a
# cache outside the source tree. Idempotent: a second run only checks a marker file. Prints
# the validator's path on stdout as its last line.
set -euo pipefail

version=5.7.0
cache="${STACKLS_SARIF_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/stackls/sarif-multitool}"
marker="$cache/.ready-$version"
tool="$cache/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"

log() { echo "install-sarif-validator: $*" >&2; }

if [[ -f "$marker" && -x "$tool" ]]; then
  echo "$tool"
  exit 0
fi
command -v npm >/dev/null || { log "npm is missing (scripts/install-deps.sh --test installs it)"; exit 1; }

mkdir -p "$cache"
exec 9>"$cache/.install-lock"
flock 9
if [[ ! -f "$marker" || ! -x "$tool" ]]; then
  cd "$cache"
  cat > package.json <<JSON
{
  "name": "stackls-sarif-validator",
  "private": true,
  "dependencies": { "@microsoft/sarif-multitool": "$version" }
}
JSON
  log "installing @microsoft/sarif-multitool $version into $cache"
  # The package's only install script marks the binary executable; done here instead.
  npm install --no-audit --no-fund --ignore-scripts >&2
  chmod u+x "$tool"
  # It is a .NET program: check that it starts on this machine before calling it ready.
  "$tool" --version >&2
  touch "$marker"
fi
echo "$tool"
