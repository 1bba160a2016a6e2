#!/usr/bin/env bash
# Installs the servers bench/lsp_bench.py compares stackls with (vscode-json-language-server
# and @specfy/stack-analyser) into a cache outside the source tree. Idempotent: a second run
# only checks a marker file. Prints the cache directory on stdout as its last line.
set -euo pipefail

json_ls_version=4.10.0
analyser_version=1.27.3
cache="${STACKLS_BENCH_PEERS:-${XDG_CACHE_HOME:-$HOME/.cache}/stackls/bench-peers}"
marker="$cache/.ready-$json_ls_version-$analyser_version"

log() { echo "install-bench-peers: $*" >&2; }

command -v npm >/dev/null || { log "npm is missing (scripts/install-deps.sh --test installs it)"; exit 1; }
if [[ -f "$marker" ]]; then
  echo "$cache"
  exit 0
fi

mkdir -p "$cache"
cd "$cache"
cat > package.json <<JSON
{
  "name": "stackls-bench-peers",
  "private": true,
  "dependencies": {
    "vscode-langservers-extracted": "$json_ls_version",
    "@specfy/stack-analyser": "$analyser_version"
  }
}
JSON
export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
log "npm install vscode-langservers-extracted@$json_ls_version @specfy/stack-analyser@$analyser_version"
npm install --no-package-lock --ignore-scripts >&2
[[ -x node_modules/.bin/vscode-json-language-server ]] || { log "vscode-json-language-server missing after install"; exit 1; }
[[ -x node_modules/.bin/stack-analyser ]] || { log "stack-analyser missing after install"; exit 1; }
touch "$marker"
echo "$cache"
