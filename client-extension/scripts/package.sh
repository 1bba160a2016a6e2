#!/usr/bin/env bash
# Builds the .vsix: bundles the extension with esbuild and puts the linux-x64 stackls server
# in bin/. The server is $STACKLS_SERVER, else build/release/bin/stackls (built with
# scripts/build.sh release when missing). The .vsix goes to $STACKLS_VSIX_OUT, else here.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
repo="$(cd "$here/.." && pwd)"

server="${STACKLS_SERVER:-$repo/build/release/bin/stackls}"
if [[ ! -x "$server" ]]; then
  if [[ -n "${STACKLS_SERVER:-}" ]]; then
    echo "package: STACKLS_SERVER=$server is not an executable" >&2
    exit 1
  fi
  echo "package: $server is missing; building it" >&2
  "$repo/scripts/build.sh" release
fi
# A server that cannot even print its version would make a .vsix that fails on first use.
"$server" --version >/dev/null
mkdir -p "$here/bin" "$here/schemas"
install -m 755 "$server" "$here/bin/stackls"
# The project's licence and the .stackls.json schema live once, at the repository root.
install -m 644 "$repo/LICENSE" "$here/LICENSE"
install -m 644 "$repo/schemas/stackls.schema.json" "$here/schemas/stackls.schema.json"

cd "$here"
npm run --silent typecheck
npm run --silent bundle
version="$(node -p 'require("./package.json").version')"
out="${STACKLS_VSIX_OUT:-$here/stackls-vscode-$version.vsix}"
npx --no-install vsce package --no-dependencies --target linux-x64 --out "$out" >&2
echo "$out"
