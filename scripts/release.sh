#!/usr/bin/env bash
# Builds the `stackls` release archives, one per target, into dist/ (or $1):
#   stackls-<version>-linux-x64.tar.gz    static; any Linux x86-64 (kernel >= 3.2)
#   stackls-<version>-linux-arm64.tar.gz  static; any Linux arm64
#   stackls-<version>-win32-x64.zip       Windows x64 (10 and later)
# each holding stackls-<version>-<target>/ with the binary, README.md and docs/editors.md,
# and beside each a <archive>.sha256 (`sha256sum -c` checks it). A missing server is built
# first (scripts/build.sh portable|arm64|windows); STACKLS_TARGETS limits the list, and
# with one target STACKLS_SERVER may name the binary to ship.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
out="$(mkdir -p "${1:-$repo/dist}" && cd "${1:-$repo/dist}" && pwd)"
version="$(sed -n 's/^project(stackls VERSION \([0-9.]*\).*/\1/p' "$repo/CMakeLists.txt")"
targets="${STACKLS_TARGETS:-linux-x64 linux-arm64 win32-x64}"

for target in $targets; do
  case "$target" in
    linux-x64) flavour=portable exe=stackls ;;
    linux-arm64) flavour=arm64 exe=stackls ;;
    win32-x64) flavour=windows exe=stackls.exe ;;
    *) echo "release: unknown target $target" >&2; exit 2 ;;
  esac
  server="${STACKLS_SERVER:-$repo/build/$flavour/bin/$exe}"
  [[ -f "$server" ]] || "$repo/scripts/build.sh" "$flavour" >&2
  name="stackls-$version-$target"
  stage="$(mktemp -d)"
  mkdir -p "$stage/$name"
  install -m 755 "$server" "$stage/$name/$exe"
  install -m 644 "$repo/README.md" "$repo/docs/editors.md" "$stage/$name/"
  if [[ "$target" == win32-* ]]; then
    archive="$name.zip"
    rm -f "$out/$archive"
    (cd "$stage" && python3 -m zipfile -c "$out/$archive" "$name")
  else
    archive="$name.tar.gz"
    tar -C "$stage" --owner=0 --group=0 --numeric-owner -czf "$out/$archive" "$name"
  fi
  rm -rf "$stage"
  (cd "$out" && sha256sum "$archive" > "$archive.sha256")
  echo "$out/$archive"
done
