#!/usr/bin/env bash
# Builds platform-specific .vsix files, each carrying only its own server in
# bin/<target>/ (the extension starts the one for process.platform-process.arch):
#   linux-x64    the portable static build (scripts/build.sh portable)
#   linux-arm64  scripts/build.sh arm64
#   win32-x64    scripts/build.sh windows
# A server that is missing is built first when its compiler is installed; a target whose
# compiler is not is skipped with a message. Each .vsix is written here as
# stackls-vscode-<target>-<version>.vsix and its path printed on stdout.
#
# With STACKLS_SERVER set, packages that one binary for $STACKLS_TARGET (default linux-x64)
# into $STACKLS_VSIX_OUT (what the VS Code end-to-end test does with the build under test).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
repo="$(cd "$here/.." && pwd)"
# The project's licence and the .stackls.json schema live once, at the repository root.
mkdir -p "$here/schemas"
install -m 644 "$repo/LICENSE" "$here/LICENSE"
install -m 644 "$repo/schemas/stackls.schema.json" "$here/schemas/stackls.schema.json"

cd "$here"
version="$(node -p 'require("./package.json").version')"

# package TARGET SERVER OUT
package() {
  local target="$1" server="$2" out="$3" exe=stackls
  [[ "$target" == win32-* ]] && exe=stackls.exe
  rm -rf bin
  mkdir -p "bin/$target"
  install -m 755 "$server" "bin/$target/$exe"
  # The project has no public repository address yet, so package.json names none: vsce is
  # told so, and the README's images stay relative (VS Code shows them from the .vsix).
  npx --no-install vsce package --no-dependencies --allow-missing-repository --no-rewrite-relative-links \
    --target "$target" --out "$out" >&2
  rm -rf bin
  echo "$out"
}

npm run --silent typecheck
npm run --silent bundle

if [[ -n "${STACKLS_SERVER:-}" ]]; then
  if [[ ! -x "$STACKLS_SERVER" ]]; then
    echo "package: STACKLS_SERVER=$STACKLS_SERVER is not an executable" >&2
    exit 1
  fi
  target="${STACKLS_TARGET:-linux-x64}"
  # A server that cannot even print its version would make a .vsix that fails on first use.
  [[ "$target" == "linux-$(uname -m | sed 's/x86_64/x64/;s/aarch64/arm64/')" ]] && "$STACKLS_SERVER" --version >/dev/null
  package "$target" "$STACKLS_SERVER" "${STACKLS_VSIX_OUT:-$here/stackls-vscode-$target-$version.vsix}"
  exit 0
fi

built=0
for spec in linux-x64:portable:stackls:c++ \
            linux-arm64:arm64:stackls:aarch64-linux-gnu-g++ \
            win32-x64:windows:stackls.exe:x86_64-w64-mingw32-g++-posix; do
  IFS=: read -r target flavour exe compiler <<<"$spec"
  server="$repo/build/$flavour/bin/$exe"
  if [[ ! -f "$server" ]]; then
    if ! command -v "$compiler" >/dev/null; then
      echo "package: skipping $target: $compiler is not installed (scripts/install-deps.sh --test)" >&2
      continue
    fi
    echo "package: $server is missing; building it" >&2
    "$repo/scripts/build.sh" "$flavour" >&2
  fi
  package "$target" "$server" "$here/stackls-vscode-$target-$version.vsix"
  built=$((built + 1))
done
((built > 0)) || { echo "package: no server could be built" >&2; exit 1; }
