#!/usr/bin/env bash
# Installs what the real-VS-Code test needs: Debian's chromium, and code-server 4.96.4 plus
# playwright-core from npm into a cache outside the source tree. Idempotent: a second run
# only checks a marker file. Prints the cache directory on stdout as its last line.
# Exit 77 means chromium cannot be installed here (the test then skips).
set -euo pipefail

code_server_version=4.96.4
playwright_version=1.65.1
cache="${STACKLS_VSCODE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/stackls/code-server}"
marker="$cache/.ready-$code_server_version-playwright-$playwright_version"

log() { echo "install-vscode-test-deps: $*" >&2; }

# Debian packages: the browser, a ripgrep to stand in for the one @vscode/ripgrep would
# download, and what kerberos/node-pty need to compile.
apt_pkgs=(chromium ripgrep libkrb5-dev build-essential python3)
missing=()
for p in "${apt_pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
  log "installing ${missing[*]}"
  SUDO=""
  [[ $(id -u) -ne 0 ]] && SUDO=sudo
  if ! { $SUDO apt-get update -qq &&
         DEBIAN_FRONTEND=noninteractive $SUDO apt-get -o DPkg::Lock::Timeout=600 install -y -qq \
           --no-install-recommends "${missing[@]}" >&2; }; then
    if [[ ! -x /usr/bin/chromium ]]; then
      log "chromium cannot be installed on this machine"
      exit 77
    fi
    log "apt-get failed for ${missing[*]}"
    exit 1
  fi
fi
[[ -x /usr/bin/chromium ]] || { log "chromium is not at /usr/bin/chromium"; exit 77; }

if [[ -f "$marker" ]]; then
  echo "$cache"
  exit 0
fi

# Two test runs starting at once must not install into the same cache together.
mkdir -p "$cache"
exec 9>"$cache/.install-lock"
flock 9
if [[ -f "$marker" ]]; then
  echo "$cache"
  exit 0
fi

start=$(date +%s)
cd "$cache"
# A private package.json pins both versions; npm scripts stay off until code-server's
# shrinkwrap is patched, because its postinstall would reach outside the npm registry.
cat > package.json <<EOF
{
  "name": "stackls-vscode-test-deps",
  "private": true,
  "dependencies": {
    "code-server": "$code_server_version",
    "playwright-core": "$playwright_version"
  }
}
EOF
export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
log "npm install code-server@$code_server_version playwright-core@$playwright_version"
npm install --ignore-scripts --no-package-lock >&2
# code-server's password hashing module; built from source so node-pre-gyp fetches nothing.
npm_config_build_from_source=true npm rebuild argon2 >&2

vscode="$cache/node_modules/code-server/lib/vscode"
# The shrinkwrap points @vscode/proxy-agent at a git URL; the registry holds the same
# tarball under the same integrity hash, so dropping `resolved` lets npm fetch it there.
node - "$vscode/npm-shrinkwrap.json" <<'EOF'
const fs = require("fs");
const file = process.argv[2];
const wrap = JSON.parse(fs.readFileSync(file, "utf8"));
for (const entry of Object.values(wrap.packages || {})) {
  if (typeof entry.resolved === "string" && entry.resolved.startsWith("git")) delete entry.resolved;
}
fs.writeFileSync(file, JSON.stringify(wrap, null, 2));
EOF

log "installing VS Code's own modules"
(cd "$vscode" && npm install --ignore-scripts --omit=dev >&2)
# Native modules compile against node 20's headers; @vscode/ripgrep is left out because its
# install script downloads a binary, and Debian's rg takes its place.
native=(@parcel/watcher @vscode/deviceid @vscode/spdlog kerberos native-watchdog node-pty)
(cd "$vscode" && npm rebuild "${native[@]}" >&2)
mkdir -p "$vscode/node_modules/@vscode/ripgrep/bin"
ln -sf /usr/bin/rg "$vscode/node_modules/@vscode/ripgrep/bin/rg"

# What code-server's postinstall does besides installing: the asar alias and the CLI links.
(cd "$vscode" && rm -rf node_modules.asar && ln -s node_modules node_modules.asar)
(cd "$vscode/bin/remote-cli" && ln -sf code-linux.sh code-server)
(cd "$vscode/bin/helpers" && ln -sf browser-linux.sh browser.sh)
log "installing the built-in extensions' shared modules"
(cd "$vscode/extensions" && npm install --ignore-scripts --omit=dev >&2)

touch "$marker"
log "done in $(($(date +%s) - start)) s"
echo "$cache"
