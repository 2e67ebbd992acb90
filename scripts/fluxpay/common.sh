# shellcheck shell=bash disable=SC2034 # the variables are used by the other parts ./fluxpay sources
# Shared by every ./fluxpay subcommand: where things live, the service table, output and process helpers.
# Sourced by ./fluxpay after FLUXPAY_ROOT is set; defines functions and variables only.

FLUXPAY_HOME="$FLUXPAY_ROOT/.fluxpay"          # everything ./fluxpay writes at run time (git-ignored)
FLUXPAY_LOGS="$FLUXPAY_HOME/logs"
FLUXPAY_PIDS="$FLUXPAY_HOME/pids"
FLUXPAY_DATA="$FLUXPAY_HOME/data"
FLUXPAY_CDS="$FLUXPAY_HOME/cds"
FLUXPAY_RUN="$FLUXPAY_HOME/run"                # services' jars unpacked for class data sharing
FLUXPAY_STATE_FILE="$FLUXPAY_HOME/local-stack.properties"

# The fleet, in start order. Ports are fixed (DEVELOPERS.md) so URLs stay the same on every machine.
FLUXPAY_SERVICES=(gateway-service payment-service ledger-service credit-service
                  subscription-service waiting-room-service notification-service)

# Infrastructure ports of the local stack: the services' built-in defaults, see DEVELOPERS.md.
FLUXPAY_KAFKA_PORT=19092
FLUXPAY_POSTGRES_PORT=15432
FLUXPAY_REDIS_PORT=16379
FLUXPAY_PSP_PORT=18089

fluxpay_port_of() { # service name -> its HTTP port
  case "$1" in
    gateway-service) echo 8080 ;;
    payment-service) echo 8081 ;;
    ledger-service) echo 8082 ;;
    credit-service) echo 8083 ;;
    subscription-service) echo 8084 ;;
    waiting-room-service) echo 8085 ;;
    notification-service) echo 8086 ;;
    *) return 1 ;;
  esac
}

fluxpay_jar_of() { # service or local-stack -> path of its executable jar
  echo "$FLUXPAY_ROOT/$1/target/$1-exec.jar"
}

# ---- output ---------------------------------------------------------------------------------------
# Plain lines only: the same output has to read well in a terminal and in a CI log.

say() { printf '%s\n' "$*"; }
warn() { printf '%s\n' "$*" >&2; }
die() { # message... ; exits 1
  warn "$@"
  exit 1
}

now_seconds() { date +%s; }

show_log_tail() { # file [lines]: the last lines of a log, indented so they stand apart from our own output
  local file=$1 lines=${2:-20}
  if [ -s "$file" ]; then
    warn "    --- last $lines lines of ${file#"$FLUXPAY_ROOT"/} ---"
    # lines cut at 300 characters: JSON log lines can be very long
    tail -n "$lines" "$file" | cut -c1-300 | sed 's/^/    | /' >&2
  else
    warn "    (${file#"$FLUXPAY_ROOT"/} is empty)"
  fi
}

# ---- processes ------------------------------------------------------------------------------------
# A pid file holds two lines: the pid, and a marker that the process's command line must contain.
# Pids are reused by the kernel, so we never signal a pid without checking the marker first.

pid_file_of() { echo "$FLUXPAY_PIDS/$1.pid"; }

write_pid_file() { # name pid marker
  mkdir -p "$FLUXPAY_PIDS"
  printf '%s\n%s\n' "$2" "$3" >"$(pid_file_of "$1")"
}

command_line_of() { # pid -> its full command line, or nothing when it does not run
  ps -o args= -p "$1" 2>/dev/null || true
}

# Prints the pid when the named process runs and is ours; returns 1 otherwise.
running_pid() { # name
  local file pid marker
  file=$(pid_file_of "$1")
  [ -f "$file" ] || return 1
  pid=$(sed -n 1p "$file")
  marker=$(sed -n 2p "$file")
  [ -n "$pid" ] && [ -n "$marker" ] || return 1
  case "$(command_line_of "$pid")" in
    *"$marker"*) echo "$pid" ;;
    *) return 1 ;;
  esac
}

# Launches a command in the background, in its own session so that a Ctrl-C on the terminal running
# ./fluxpay does not reach it; prints its pid. stdout and stderr go to the log file.
launch() { # log-file command...
  local log=$1
  shift
  if command -v setsid >/dev/null 2>&1; then
    # setsid execs in place (we are never a process group leader here), so $! is the java pid
    setsid "$@" </dev/null >>"$log" 2>&1 &
  else
    nohup "$@" </dev/null >>"$log" 2>&1 &
  fi
  echo $!
}

# SIGTERM to every named process that is ours, wait up to the timeout for all, then SIGKILL the rest.
# Removes the pid files. Names whose process already exited are just cleaned up.
stop_processes() { # timeout-seconds name...
  local timeout=$1 name pid deadline alive
  shift
  local names=() pids=()
  for name in "$@"; do
    if pid=$(running_pid "$name"); then
      kill -TERM "$pid" 2>/dev/null || true
      names+=("$name")
      pids+=("$pid")
      say "  stopping $name (pid $pid)"
    fi
  done
  deadline=$(($(now_seconds) + timeout))
  while :; do
    alive=0
    for pid in ${pids[@]+"${pids[@]}"}; do
      kill -0 "$pid" 2>/dev/null && alive=1
    done
    [ "$alive" = 0 ] && break
    if [ "$(now_seconds)" -ge "$deadline" ]; then
      local i
      for i in "${!pids[@]}"; do
        # re-check ownership: the pid may have been reused since we sent SIGTERM
        if pid=$(running_pid "${names[$i]}"); then
          warn "  ${names[$i]} (pid $pid) did not stop within ${timeout}s; killing it"
          kill -KILL "$pid" 2>/dev/null || true
        fi
      done
      sleep 0.5
      break
    fi
    sleep 0.25
  done
  for name in "$@"; do
    rm -f "$(pid_file_of "$name")"
  done
}

# ---- ports ----------------------------------------------------------------------------------------

# Returns 0 when something listens on the TCP port (any address).
port_in_use() { # port
  if command -v ss >/dev/null 2>&1; then
    [ -n "$(ss -Hltn "sport = :$1" 2>/dev/null)" ]
  elif command -v lsof >/dev/null 2>&1; then
    lsof -nP -iTCP:"$1" -sTCP:LISTEN >/dev/null 2>&1
  else
    # last resort: can we connect on loopback? (bash's /dev/tcp; misses listeners bound elsewhere)
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
  fi
}

# Describes who listens on the port, e.g. "python3 (pid 4242: python3 -m http.server 8080)", or nothing
# when we may not know (another user's process without root).
port_holder() { # port
  local pid=""
  if command -v ss >/dev/null 2>&1; then
    pid=$(ss -Hltnp "sport = :$1" 2>/dev/null | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -n1)
  fi
  if [ -z "$pid" ] && command -v lsof >/dev/null 2>&1; then
    pid=$(lsof -nP -t -iTCP:"$1" -sTCP:LISTEN 2>/dev/null | head -n1)
  fi
  [ -n "$pid" ] || return 0
  local name args
  name=$(ps -o comm= -p "$pid" 2>/dev/null || true)
  args=$(command_line_of "$pid" | cut -c1-120)
  echo "${name:-?} (pid $pid: $args)"
}

# ---- HTTP -----------------------------------------------------------------------------------------

# Prints the body of a GET to a local URL; returns non-zero when nothing answers. The body is printed
# whatever the status code: a readiness probe that says DOWN answers 503 with JSON we want to read.
http_get() { # url
  if command -v curl >/dev/null 2>&1; then
    curl -sS --max-time 2 "$1" 2>/dev/null
  else
    # no curl: plain HTTP/1.0 over bash's /dev/tcp, enough for our own localhost probes
    local rest host_port host port path
    rest=${1#http://}
    host_port=${rest%%/*}
    path=/${rest#*/}
    host=${host_port%%:*}
    port=${host_port##*:}
    (
      exec 3<>"/dev/tcp/$host/$port" || exit 1
      printf 'GET %s HTTP/1.0\r\nHost: %s\r\n\r\n' "$path" "$host_port" >&3
      sed '1,/^\r*$/d' <&3
    ) 2>/dev/null
  fi
}

# "UP", "DOWN", "OUT_OF_SERVICE"... from a service's readiness probe, or "no answer".
readiness_of() { # port
  local body
  body=$(http_get "http://127.0.0.1:$1/actuator/health/readiness") || true
  # the overall status is the first "status" Spring writes; components (if shown) come after it
  body=$(printf '%s' "$body" | tr -d ' \n' | grep -o '"status":"[A-Z_]*"' | head -n1 | cut -d'"' -f4) || true
  echo "${body:-no answer}"
}
