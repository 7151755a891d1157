#!/usr/bin/env bash
# Make sure a Docker engine answers: the local one by default, or the one DOCKER_HOST
# points at. Idempotent, and it never touches an engine it did not start.
#
#   scripts/docker-engine.sh start    # leave a running engine alone, else install/start dockerd
#   scripts/docker-engine.sh status   # exit 0 if an engine answers, 1 if not; no side effects
#   scripts/docker-engine.sh stop     # stop only the dockerd this script started (pidfile)
#   scripts/docker-engine.sh restart  # stop (SIGKILL if it hangs) and start the one it started
#
# Messages go to stderr, one line each. Exit 2: usage; 3: the engine is missing or
# cannot be started (the line says what and how). See docs/docker-engine.md.
set -euo pipefail

state="${AISITE_STATE_HOME:-$HOME/.cache/aisite}"
log="$state/dockerd.log"
pidfile="$state/dockerd.pid"
timeout_s="${AISITE_DOCKERD_TIMEOUT:-60}"
iptables_choice="${AISITE_DOCKERD_IPTABLES:-auto}"

say() { echo "docker engine: $*" >&2; }
die() { say "$2"; exit "$1"; }

# The engine the docker CLI talks to, for messages.
engine_host() {
  if [[ -n "${DOCKER_HOST:-}" ]]; then echo "$DOCKER_HOST"
  elif [[ -n "${DOCKER_CONTEXT:-}" && "$DOCKER_CONTEXT" != default ]]; then echo "docker context $DOCKER_CONTEXT"
  else echo "unix:///var/run/docker.sock"; fi
}

# True when the CLI is pointed somewhere other than the local default socket: starting a
# local dockerd would not help there.
custom_host() {
  case "${DOCKER_HOST:-}" in
    "" | unix:///var/run/docker.sock | unix:///run/docker.sock) ;;
    *) return 0 ;;
  esac
  [[ -n "${DOCKER_CONTEXT:-}" && "$DOCKER_CONTEXT" != default ]]
}

# An executable on PATH (bash's `command -v` also reports files that are not executable).
find_exec() {
  local d IFS=:
  for d in $PATH; do
    [[ -n "$d" && -f "$d/$1" && -x "$d/$1" ]] && { echo "$d/$1"; return 0; }
  done
  return 1
}

has_cli() { find_exec docker >/dev/null; }

dockerd_bin() {
  find_exec dockerd && return 0
  local p
  for p in /usr/sbin/dockerd /usr/bin/dockerd /sbin/dockerd /usr/local/bin/dockerd; do
    [[ -f "$p" && -x "$p" ]] && { echo "$p"; return 0; }
  done
  return 1
}

# Asks the engine for its version. Sets `version` on success, `answer` (the CLI's first
# error line) on failure.
version="" answer=""
probe() {
  version="" answer=""
  if ! has_cli; then answer="docker CLI not found — apt-get install docker.io"; return 1; fi
  local out rc=0
  if command -v timeout >/dev/null 2>&1; then
    out=$(timeout 10 docker version --format '{{.Server.Version}}' 2>&1) || rc=$?
  else
    out=$(docker version --format '{{.Server.Version}}' 2>&1) || rc=$?
  fi
  if [[ $rc -eq 0 ]]; then
    version=$(grep -v '^WARNING' <<<"$out" | tail -n1 || true)
    [[ -n "$version" ]] && return 0
  fi
  [[ $rc -eq 124 ]] && out="no answer within 10 s from $(engine_host)"
  # The CLI's warnings (e.g. an unreadable ~/.docker/config.json) are not the answer.
  answer=$(grep -v '^WARNING' <<<"$out" | grep -m1 . || true)
  [[ -n "$answer" ]] || answer="no answer from $(engine_host)"
  return 1
}

# The socket path named in a "permission denied" answer, else the default one.
denied_socket() {
  local s
  s=$(sed -n 's/.*daemon socket at unix:\/\/\([^:]*\).*/\1/p' <<<"$answer" | head -n1)
  echo "${s:-/var/run/docker.sock}"
}

proc_start() { # a process's start time (field 22 of /proc/PID/stat): guards against pid reuse
  [[ -r "/proc/$1/stat" ]] || return 1
  local stat
  # The process may end between the test above and this read: no error message then.
  stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 1
  stat=${stat##*) } # the command name may contain spaces; fields after it do not
  awk '{ print $20 }' <<<"$stat"
}

proc_comm() { [[ -r "/proc/$1/comm" ]] && cat "/proc/$1/comm" 2>/dev/null; }

# True while a process runs (a zombie that nobody reaped yet does not count).
alive() {
  [[ -r "/proc/$1/stat" ]] || return 1
  local stat
  stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 1 # it may end between test and read
  stat=${stat##*) }
  [[ "${stat:0:1}" != Z ]]
}

# The pid in our pidfile if that process is still the dockerd we started, else nothing.
our_dockerd() {
  [[ -f "$pidfile" ]] || return 1
  local pid start
  read -r pid start <"$pidfile" || true
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  alive "$pid" && [[ "$(proc_comm "$pid" || true)" == dockerd ]] || return 1
  [[ -n "$start" && "$(proc_start "$pid" || true)" == "$start" ]] || return 1
  echo "$pid"
}

# A dockerd already running on this machine (ours or not), e.g. still starting up. One that
# has exited but is not reaped yet (a zombie, as just after `restart` stopped it) is not.
running_dockerd() {
  local pid
  for f in /var/run/docker.pid /run/docker.pid; do
    if [[ -r "$f" ]]; then
      pid=$(<"$f")
      if [[ "$pid" =~ ^[0-9]+$ && "$(proc_comm "$pid" || true)" == dockerd ]] && alive "$pid"; then echo "$pid"; return 0; fi
    fi
  done
  if command -v pgrep >/dev/null 2>&1; then
    for pid in $(pgrep -x dockerd); do
      if alive "$pid"; then echo "$pid"; return 0; fi
    done
  fi
  return 1
}

# The gist of dockerd's log: the last error/fatal message, else the last line.
log_gist() {
  [[ -s "$log" ]] || { echo "no output in $log"; return; }
  local line msg
  line=$(tail -n 200 "$log" | grep -E 'level=(fatal|error)|^failed|[Ee]rror' | tail -n1 || true)
  [[ -n "$line" ]] || line=$(tail -n1 "$log")
  msg=$(sed -n 's/.*msg="\(\([^"\\]\|\\.\)*\)".*/\1/p' <<<"$line")
  msg=${msg:-$line}
  msg=${msg//$'\r'/}
  printf '%s' "${msg:0:300}"
}

# Waits until the engine answers; the second argument is the dockerd pid to watch.
wait_for_engine() {
  local deadline=$((SECONDS + timeout_s)) pid="${1:-}"
  while ((SECONDS < deadline)); do
    probe && return 0
    if [[ -n "$pid" ]] && ! alive "$pid"; then return 2; fi
    sleep 0.5
  done
  probe
}

install_docker() {
  say "not installed: apt-get install docker.io"
  export DEBIAN_FRONTEND=noninteractive
  local out
  if out=$(apt-get install -y --no-install-recommends docker.io 2>&1); then return 0; fi
  say "apt-get install failed; running apt-get update and trying again"
  if out=$( (apt-get update && apt-get install -y --no-install-recommends docker.io) 2>&1); then return 0; fi
  die 3 "apt-get install docker.io failed: $(grep -E '^(E:|W:)' <<<"$out" | tail -n1 | cut -c1-300) — install Docker Engine (https://docs.docker.com/engine/install/)"
}

# The iptables the dockerd we start runs (AISITE_DOCKERD_IPTABLES, docs/docker-engine.md):
#   auto (default) — iptables-legacy when it works here and iptables-nft holds no rules of an
#          earlier engine or a firewall to mix with (see backend_clean), else
#          the system's `iptables`;
#   legacy — iptables-legacy; refused when iptables-nft holds rules or a DROP policy;
#   system — the system's `iptables`, whatever its alternative points at.
# iptables-nft re-reads the whole rule set on every call; at a thousand networks Docker's
# network create and remove took 2.5 and 2.2 times as long with it (docs/performance.md).
# Sets `backend` (iptables-legacy or system) and `engine_path`, the PATH dockerd starts with.
backend=system engine_path="$PATH"
sbin_exec() { find_exec "$1" || { [[ -x "/usr/sbin/$1" ]] && echo "/usr/sbin/$1"; }; }
# A backend (iptables-nft or iptables-legacy) holds nothing but ACCEPT policies and aisite's
# own air-gap chain (DROP rules for its internal bridges, harmless in either backend) in
# filter and nat, or cannot run here.
backend_clean() {
  local bin t out
  bin=$(sbin_exec "$1") || return 0
  for t in filter nat; do
    out=$("$bin" -t "$t" -S 2>/dev/null) || return 0
    grep -vE '^-P [A-Z]+ ACCEPT$|^-N AISITE-INPUT$|^-A INPUT -j AISITE-INPUT$|^-A AISITE-INPUT ' <<<"$out" | grep -q . && return 1
  done
  return 0
}
# On the system's iptables-nft, rules an earlier engine left in iptables-legacy (its
# FORWARD DROP policy) are checked too: one line saying how to clear them.
warn_if_mixed() {
  local sys
  sys=$(sbin_exec iptables) || return 0
  [[ "$(readlink -f "$sys")" == *nft* ]] || return 0
  backend_clean iptables-legacy && return 0
  say "warning: iptables-legacy still holds rules (an earlier engine's?) beside the system's iptables-nft, and they can drop the containers' traffic — clear them (iptables-legacy -F; iptables-legacy -X; iptables-legacy -P FORWARD ACCEPT) or use AISITE_DOCKERD_IPTABLES=auto"
}
choose_iptables() {
  local legacy dir name target
  case "$iptables_choice" in
    system) return 0 ;;
    auto | legacy) ;;
    *) die 2 "AISITE_DOCKERD_IPTABLES must be auto, legacy or system, but '$iptables_choice' was given" ;;
  esac
  if ! legacy=$(sbin_exec iptables-legacy) || ! "$legacy" -t filter -S >/dev/null 2>&1; then
    [[ "$iptables_choice" == legacy ]] && die 3 "AISITE_DOCKERD_IPTABLES=legacy, but iptables-legacy is missing or does not work here (no x_tables in the kernel?) — unset it to use the system's iptables"
    return 0
  fi
  if ! backend_clean iptables-nft; then
    [[ "$iptables_choice" == legacy ]] && die 3 "AISITE_DOCKERD_IPTABLES=legacy, but iptables-nft already holds rules (an earlier engine's or a firewall's), which would drop the containers' traffic — remove them (iptables-nft -F; iptables-nft -X; iptables-nft -P FORWARD ACCEPT) or unset it"
    return 0
  fi
  dir="$state/iptables-legacy"
  mkdir -p "$dir"
  for name in iptables iptables-save iptables-restore ip6tables ip6tables-save ip6tables-restore; do
    target=$(sbin_exec "${name%%-*}-legacy${name#"${name%%-*}"}") || continue
    ln -sfn "$target" "$dir/$name"
  done
  engine_path="$dir:$PATH"
  backend=iptables-legacy
}

cmd_status() {
  if probe; then say "running ($version)"; exit 0; fi
  say "not running: $answer"
  exit 1
}

cmd_start() {
  if probe; then say "running ($version)"; exit 0; fi

  if [[ "$answer" == *"permission denied"* ]]; then
    die 3 "permission denied on $(denied_socket) — add your user to the docker group (sudo usermod -aG docker \$USER) and log in again"
  fi
  if custom_host; then
    if [[ -n "${DOCKER_HOST:-}" ]]; then
      die 3 "DOCKER_HOST=$DOCKER_HOST does not answer — start the engine it points at, or unset DOCKER_HOST to use the local one"
    fi
    die 3 "docker context $DOCKER_CONTEXT does not answer — start the engine it points at, or unset DOCKER_CONTEXT to use the local one"
  fi

  local root=0 dockerd
  [[ "$(id -u)" -eq 0 ]] && root=1
  if ! has_cli || ! dockerd=$(dockerd_bin); then
    if [[ $root -eq 1 ]] && command -v apt-get >/dev/null 2>&1; then
      install_docker
      hash -r
      dockerd=$(dockerd_bin) || die 3 "docker.io installed but dockerd not found on PATH or in /usr/sbin"
      has_cli || die 3 "docker.io installed but the docker CLI not found on PATH"
      # A freshly installed package may have started the engine itself.
      if probe; then say "running ($version)"; exit 0; fi
    else
      die 3 "not installed — apt-get install docker.io (or install Docker Engine)"
    fi
  fi

  if [[ $root -eq 0 ]]; then
    die 3 "not running and cannot be started without root — start Docker (sudo systemctl start docker) or set DOCKER_HOST"
  fi

  local pid
  if pid=$(running_dockerd); then
    say "dockerd (pid $pid) is running but not answering yet; waiting up to ${timeout_s} s"
    if wait_for_engine "$pid"; then say "running ($version)"; exit 0; fi
    die 3 "dockerd (pid $pid) runs but does not answer on $(engine_host): $answer — check its log, or restart it"
  fi

  mkdir -p "$state"
  choose_iptables
  [[ $backend == system ]] && warn_if_mixed
  say "starting $dockerd on $([[ $backend == system ]] && echo "the system's iptables" || echo "$backend") (log: $log)"
  {
    echo "=== $(date -u +%Y-%m-%dT%H:%M:%SZ) started by scripts/docker-engine.sh on $backend"
  } >>"$log"
  # setsid: its own session, so a Ctrl-C in this terminal does not reach dockerd.
  if command -v setsid >/dev/null 2>&1; then
    PATH="$engine_path" nohup setsid "$dockerd" </dev/null >>"$log" 2>&1 &
  else
    PATH="$engine_path" nohup "$dockerd" </dev/null >>"$log" 2>&1 &
  fi
  pid=$!
  sleep 0.2
  # setsid forks when it is a process group leader; then the real pid is dockerd's own pidfile.
  if [[ "$(proc_comm "$pid" || true)" != dockerd ]]; then
    sleep 0.5
    [[ -r /var/run/docker.pid ]] && pid=$(</var/run/docker.pid)
  fi
  echo "$pid $(proc_start "$pid" || true)" >"$pidfile.tmp.$$"
  mv -f "$pidfile.tmp.$$" "$pidfile"

  local rc=0
  wait_for_engine "$pid" || rc=$?
  if [[ $rc -eq 0 ]]; then
    say "running ($version), started by aisite (pid $pid; stop: scripts/docker-engine.sh stop)"
    exit 0
  fi
  if [[ $rc -eq 2 ]]; then
    rm -f "$pidfile"
    die 3 "dockerd exited at start: $(log_gist) (log: $log)"
  fi
  die 3 "dockerd (pid $pid) did not answer within ${timeout_s} s: $(log_gist) (log: $log; stop it: scripts/docker-engine.sh stop)"
}

cmd_stop() {
  local pid
  if ! pid=$(our_dockerd); then
    if [[ -f "$pidfile" ]]; then
      rm -f "$pidfile"
      say "no dockerd started by aisite is running (stale pidfile removed); nothing stopped"
    else
      say "no dockerd started by aisite (no $pidfile); nothing stopped"
    fi
    exit 0
  fi
  say "stopping dockerd (pid $pid)"
  kill -TERM "$pid"
  local deadline=$((SECONDS + timeout_s))
  while alive "$pid" && ((SECONDS < deadline)); do sleep 0.5; done
  if alive "$pid"; then
    die 3 "dockerd (pid $pid) still running ${timeout_s} s after SIGTERM (it stops its containers first) — check $log"
  fi
  rm -f "$pidfile"
  say "stopped"
}

# Restarts the dockerd this script started, also when it hangs (Docker 20.10 before
# 20.10.27 can deadlock, moby/moby#46661): goroutine dump for a bug report, SIGTERM, and
# SIGKILL when it does not stop. An engine someone else started is not touched.
cmd_restart() {
  local pid
  if pid=$(our_dockerd); then
    kill -USR1 "$pid" 2>/dev/null || true # dockerd writes its goroutine stacks under /var/run/docker
    say "stopping dockerd (pid $pid)"
    kill -TERM "$pid" 2>/dev/null || true
    local deadline=$((SECONDS + 20))
    while alive "$pid" && ((SECONDS < deadline)); do sleep 0.5; done
    if alive "$pid"; then
      say "dockerd (pid $pid) did not stop within 20 s of SIGTERM; killing it"
      kill -KILL "$pid" 2>/dev/null || true
      deadline=$((SECONDS + 10))
      while alive "$pid" && ((SECONDS < deadline)); do sleep 0.2; done
    fi
    rm -f "$pidfile"
  elif running_dockerd >/dev/null; then
    die 3 "the running dockerd was not started by aisite — restart it yourself (sudo systemctl restart docker)"
  fi
  cmd_start
}

case "${1:-}" in
  start) cmd_start ;;
  status) cmd_status ;;
  stop) cmd_stop ;;
  restart) cmd_restart ;;
  *)
    echo "usage: scripts/docker-engine.sh start|status|stop|restart" >&2
    exit 2
    ;;
esac
