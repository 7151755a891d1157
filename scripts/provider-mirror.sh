#!/usr/bin/env bash
# Build the kreuzwerker/docker Terraform provider from Go modules into a local
# filesystem mirror, and write a Terraform CLI config that uses it.
# No Terraform registry access needed: only the Go module proxy (or a warm module cache).
#
#   eval "$(scripts/provider-mirror.sh)"     # builds once, then exports TF_CLI_CONFIG_FILE
#
# Messages go to stderr; stdout is only the `export TF_CLI_CONFIG_FILE=...` line.
# Exit 3: go missing/too old, or the module download failed. See docs/provider-mirror.md.
set -euo pipefail

PROVIDER_PKG=github.com/terraform-providers/terraform-provider-docker
MIN_GO=1.25.8 # the provider's own go.mod says `go 1.25.8`

die() { echo "provider mirror: $2" >&2; exit "$1"; }

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# The version label the mirror presents to Terraform: DOCKER_PROVIDER_VERSION, written
# once in constructs/provider-version.ts (dist/ holds the built copy in an installed package).
# The source it is built from is the commit pinned in tools/provider-mirror/go.mod (the
# replace line), whose comment names the same version; a test checks that they agree.
provider_version() {
  local f
  for f in "$root/constructs/provider-version.ts" "$root/dist/constructs/provider-version.js"; do
    [[ -f "$f" ]] && sed -n "s/.*DOCKER_PROVIDER_VERSION = '\([0-9][^']*\)'.*/\1/p" "$f" && return 0
  done
  return 1
}
PROVIDER_VERSION=$(provider_version) && [[ -n "$PROVIDER_VERSION" ]] ||
  die 2 "cannot read DOCKER_PROVIDER_VERSION from $root/constructs/provider-version.ts (or dist/); is this an aisite checkout?"
mod_dir="$root/tools/provider-mirror"
mirror="${AISITE_PROVIDER_MIRROR:-$HOME/.cache/aisite/terraform-mirror}"
# A mirror folder named explicitly must exist: a typo is not a place to build 75 MB into
# (it would be made anywhere, even at the filesystem root). The default is created.
if [[ -n "${AISITE_PROVIDER_MIRROR:-}" && ! -d "$AISITE_PROVIDER_MIRROR" ]]; then
  die 3 "AISITE_PROVIDER_MIRROR=$AISITE_PROVIDER_MIRROR does not exist; create the folder (mkdir -p $AISITE_PROVIDER_MIRROR), or unset the variable for the default ~/.cache/aisite/terraform-mirror"
fi

case "$(uname -s)" in
  Linux) os=linux ;; Darwin) os=darwin ;; *) die 2 "unsupported OS $(uname -s)" ;;
esac
case "$(uname -m)" in
  x86_64 | amd64) arch=amd64 ;; aarch64 | arm64) arch=arm64 ;; *) die 2 "unsupported CPU $(uname -m)" ;;
esac

plat_dir="$mirror/registry.terraform.io/kreuzwerker/docker/$PROVIDER_VERSION/${os}_${arch}"
bin="$plat_dir/terraform-provider-docker_v$PROVIDER_VERSION"

if [[ -x "$bin" ]]; then
  echo "provider mirror: cached ($bin)" >&2
else
  command -v go >/dev/null 2>&1 ||
    die 3 "go not found: install Go 1.21+ (Debian 13: apt-get install golang-go; Debian 12's 1.19 is too old, use go.dev) — it fetches Go $MIN_GO itself"
  # Asked inside the module: Go 1.21+ with GOTOOLCHAIN=auto (the default) switches to the
  # go.mod's Go $MIN_GO here, downloading that toolchain through the module proxy once.
  log=$(mktemp)
  trap 'rm -f "$log"' EXIT
  if ! gover=$(cd "$mod_dir" && GOFLAGS= go env GOVERSION 2>"$log"); then
    die 3 "go cannot provide Go $MIN_GO: $(head -n1 "$log")"
  fi
  gover=${gover#go}
  gover=${gover%%[!0-9.]*}
  if [[ -z "$gover" || "$(printf '%s\n%s\n' "$MIN_GO" "$gover" | sort -V | head -n1)" != "$MIN_GO" ]]; then
    die 3 "go ${gover:-unknown} is too old: the provider needs Go $MIN_GO+ (Go 1.21+ fetches it itself unless GOTOOLCHAIN=local)"
  fi

  export CGO_ENABLED=0 GOWORK=off GOFLAGS="-mod=readonly" GOOS="$os" GOARCH="$arch"
  start=$SECONDS
  echo "provider mirror: building kreuzwerker/docker $PROVIDER_VERSION for ${os}_${arch} (several minutes on 2 cores)..." >&2
  # Resolve and download only the modules the provider's main package needs.
  if ! (cd "$mod_dir" && go list -deps "$PROVIDER_PKG" >/dev/null 2>"$log"); then
    die 3 "module download failed: $(grep -m1 -v '^go: downloading' "$log" || true) (needs the Go module proxy or a warm module cache)"
  fi
  mkdir -p "$plat_dir"
  tmp="$bin.tmp.$$"
  if ! (cd "$mod_dir" && go build -trimpath -buildvcs=false \
    -ldflags "-s -w -X main.version=$PROVIDER_VERSION" -o "$tmp" "$PROVIDER_PKG" 2>"$log"); then
    rm -f "$tmp"
    cat "$log" >&2
    die 1 "go build failed"
  fi
  mv -f "$tmp" "$bin" # atomic: an interrupted build never looks cached
  echo "provider mirror: built in $((SECONDS - start))s -> $bin" >&2
  echo "$((SECONDS - start))" >"$mirror/build-seconds-$PROVIDER_VERSION" # for npm run bench
fi

rc="$mirror/terraformrc"
cat >"$rc.tmp.$$" <<EOF
# Written by scripts/provider-mirror.sh: kreuzwerker/docker from the local mirror,
# every other provider from its registry as usual.
provider_installation {
  filesystem_mirror {
    path    = "$mirror"
    include = ["registry.terraform.io/kreuzwerker/docker"]
  }
  direct {
    exclude = ["registry.terraform.io/kreuzwerker/docker"]
  }
}
EOF
mv -f "$rc.tmp.$$" "$rc"
printf 'export TF_CLI_CONFIG_FILE=%q\n' "$rc"
