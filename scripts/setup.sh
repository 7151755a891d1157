#!/usr/bin/env bash
# The newcomer's one command (`npm run setup`): gets this machine ready for
# `aisite deploy`, then prints what is there and what is still missing.
#
#   1. a static busybox for the node image (apt-get install busybox-static, as root)
#   2. a Docker engine that answers (scripts/docker-engine.sh start)
#   3. npm dependencies and the build (dist/), if missing
#   4. the kreuzwerker/docker provider mirror (scripts/provider-mirror.sh, ~5 min once)
#   5. the prerequisites report; exit 0 only if everything is there
#
# Safe to run again: every step skips what is already done. Exit 3: something is still
# missing (each ✖ line says what and how to get it).
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

step() { echo "== $*"; }
note() { echo "   $*"; }

root=0
[[ "$(id -u)" -eq 0 ]] && root=1
can_apt=0
[[ $root -eq 1 ]] && command -v apt-get >/dev/null 2>&1 && can_apt=1

apt_install() { # apt-get install, with apt-get update only if the first try fails
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y --no-install-recommends "$@" >/dev/null 2>&1 ||
    { apt-get update >/dev/null 2>&1 && apt-get install -y --no-install-recommends "$@" >/dev/null; }
}

# --- node --------------------------------------------------------------------------
if ! command -v node >/dev/null 2>&1; then
  echo "✖ node: not found on PATH — fix: install Node.js 20 or later (https://nodejs.org)"
  exit 3
fi
node_major=$(node -p 'process.versions.node.split(".")[0]')
if ((node_major < 20)); then
  echo "✖ node: $(node --version) is too old — fix: install Node.js 20 or later (https://nodejs.org)"
  exit 3
fi

# --- 1. static busybox ---------------------------------------------------------------
static_busybox() {
  local b="${AISITE_BUSYBOX:-}" c
  if [[ -z "$b" ]]; then
    for c in /bin/busybox /usr/bin/busybox; do [[ -e "$c" ]] && { b=$c; break; }; done
  fi
  [[ -n "$b" && -x "$b" ]] || return 1
  # ldd fails on a static binary ("not a dynamic executable").
  if command -v ldd >/dev/null 2>&1 && ldd "$b" >/dev/null 2>&1; then return 1; fi
  return 0
}
step "static busybox"
if static_busybox; then
  note "present"
elif [[ $can_apt -eq 1 ]]; then
  note "apt-get install busybox-static"
  apt_install busybox-static || note "apt-get install busybox-static failed (see the report below)"
else
  note "missing; as root: apt-get install busybox-static (see the report below)"
fi

# --- 2. docker engine ------------------------------------------------------------------
step "docker engine"
bash scripts/docker-engine.sh start || note "(see the report below)"

# --- 3. npm dependencies and build -----------------------------------------------------
if [[ ! -d node_modules ]]; then
  step "npm ci (dependencies; also builds dist/)"
  if [[ -f package-lock.json ]]; then
    npm ci --no-audit --no-fund || { echo "✖ npm ci failed — fix: check the npm registry is reachable, then run npm run setup again"; exit 3; }
  else
    npm install --no-audit --no-fund || { echo "✖ npm install failed — fix: check the npm registry is reachable, then run npm run setup again"; exit 3; }
  fi
fi
if [[ ! -f dist/deploy/prerequisites.js ]]; then
  step "npm run build"
  npm run build || { echo "✖ npm run build failed — fix: the TypeScript errors above"; exit 3; }
fi

# --- 4. provider mirror ----------------------------------------------------------------
step "kreuzwerker/docker provider mirror (builds once, about 5 minutes; then cached)"
if tf_config=$(bash scripts/provider-mirror.sh); then
  note "aisite uses the mirror by itself. For terraform by hand in a cdktf.out stack:"
  note "  $tf_config"
else
  note "not built (see the report below)"
fi

# --- 5. report -------------------------------------------------------------------------
step "prerequisites"
node -e '
const p = require("./dist/deploy/prerequisites.js");
const list = p.checkPrerequisites(process.env);
process.stdout.write(p.formatPrerequisites(list));
const missing = list.filter((x) => !x.ok).length;
if (missing) {
  process.stdout.write(`${missing} missing: fix the ✖ line${missing > 1 ? "s" : ""} above, then run npm run setup again.\n`);
  process.exit(3);
}
process.stdout.write("ready: try node bin/aisite.js deploy examples/daejeon-hospital-01.yaml --auto-approve\n");
'
