# shellcheck shell=bash
# The subcommands of ./fluxpay, one function each: cmd_<name>. To add one, write its function here
# (or in a new scripts/fluxpay/<topic>.sh, which ./fluxpay sources), add a line to the case in
# ./fluxpay and one to usage below.

usage() {
  cat <<'USAGE'
usage: ./fluxpay <command> [args]

  up [--timeout N] [--bench]
                     build what is missing, start the local stack and the seven services,
                     wait until all are ready (N seconds, default 180); --bench: C2 JIT options
                     for load tests (docs/performance.md)
  down               stop everything `up` started
  status             which processes run, their pid, port and health (exit 0 when all is up)
  logs <service>     follow a log (gateway, payment, ..., local-stack, build, cds-training)
  demo               run the scripted scenario against the running fleet
  tenant create NAME [--live] [--rate N] [--burst N]
                     create a tenant; prints its API key (shown once)
  ledger verify TENANT | trial-balance TENANT | mismatches
                     recompute the hash chain (exit 1 if broken), the trial balance, the auditor's findings
  bench [--rate N | --concurrency C] [--duration S] [--warmup S]   checkout benchmark (docs/performance.md)
  help               this text

Environment: FLUXPAY_READY_TIMEOUT (seconds, 180), FLUXPAY_STOP_TIMEOUT (seconds, 20),
FLUXPAY_JAVA_OPTS (replaces the services' JVM options), FLUXPAY_EXTRA_JAVA_OPTS (adds to them),
FLUXPAY_LOG_FORMAT (plain or logstash, default plain). Everything runs from .fluxpay/.
USAGE
}

cmd_help() { usage; }

require_jdk() {
  # shellcheck source=../find-jdk.sh
  source "$FLUXPAY_ROOT/scripts/find-jdk.sh"
  fluxpay_find_jdk || exit 1
}

# Fails with a clear message naming every port something else already holds.
check_ports_free() { # "port label" lines on stdin
  local port label holder taken=0
  while read -r port label; do
    if port_in_use "$port"; then
      holder=$(port_holder "$port")
      warn "Port $port ($label) is already in use${holder:+ by $holder}."
      taken=1
    fi
  done
  if [ "$taken" = 1 ]; then
    warn "FluxPay needs these ports on this machine. Stop what holds them (or, if it is an earlier FluxPay, ./fluxpay down), then run ./fluxpay up again."
    exit 1
  fi
}

print_where() {
  say ""
  say "FluxPay is up."
  say "  Gateway      http://localhost:8080"
  say "  Swagger UI   http://localhost:8080/swagger-ui.html"
  say "  Logs         ${FLUXPAY_LOGS#"$FLUXPAY_ROOT"/}/   (./fluxpay logs <service>)"
  say "  Next         ./fluxpay demo     runs the scripted scenario"
  say "               ./fluxpay down     stops everything"
}

cmd_up() {
  local timeout=${FLUXPAY_READY_TIMEOUT:-180}
  while [ $# -gt 0 ]; do
    case "$1" in
      --timeout) [ $# -ge 2 ] || die "--timeout needs a number of seconds"; timeout=$2; shift 2 ;;
      --timeout=*) timeout=${1#--timeout=}; shift ;;
      # for ./fluxpay bench: the C2 JIT in the services and the broker's JVM (docs/performance.md);
      # an explicit FLUXPAY_JAVA_OPTS / FLUXPAY_STACK_JAVA_OPTS still wins
      --bench)
        FLUXPAY_JAVA_OPTS=${FLUXPAY_JAVA_OPTS:-$BENCH_JAVA_OPTS}
        FLUXPAY_STACK_JAVA_OPTS=${FLUXPAY_STACK_JAVA_OPTS:-$BENCH_STACK_JAVA_OPTS}
        shift ;;
      *) warn "up: unknown option $1"; usage >&2; exit 2 ;;
    esac
  done
  case "$timeout" in ''|*[!0-9]*) die "--timeout wants whole seconds, not '$timeout'" ;; esac
  require_jdk
  local began service pid
  began=$(now_seconds)

  # What already runs stays; what does not is started. So `up` twice is harmless, and `up` after a
  # timeout simply waits again.
  local to_start=() running=()
  for service in $(services_to_run); do
    if pid=$(running_pid "$service"); then running+=("$service"); else to_start+=("$service"); fi
  done
  local stack_running=0
  if running_pid local-stack >/dev/null && [ -f "$FLUXPAY_STATE_FILE" ]; then stack_running=1; fi
  if [ "$stack_running" = 0 ] && [ ${#running[@]} -gt 0 ]; then
    # a new stack starts with empty Kafka and PostgreSQL: services still attached to the old one would not notice
    die "Some services run without the local stack (${running[*]}). Run ./fluxpay down, then ./fluxpay up."
  fi
  if [ "$stack_running" = 1 ] && [ ${#to_start[@]} -eq 0 ] && all_ready ${running[@]+"${running[@]}"}; then
    say "FluxPay is already running (./fluxpay status for details)."
    print_where
    return 0
  fi

  if [ "$stack_running" = 0 ] && [ -n "$(stack_leftovers)" ]; then
    # the stack's JVM was killed and left its servers behind: they hold the ports we need
    say "Cleaning up after a local stack that did not stop cleanly: $(stack_leftovers)"
    stop_stack >/dev/null
  fi
  {
    if [ "$stack_running" = 0 ]; then
      for port in $(stack_ports); do echo "$port local stack: $(stack_port_label "$port")"; done
    fi
    for service in ${to_start[@]+"${to_start[@]}"}; do echo "$(fluxpay_port_of "$service") $service"; done
  } | check_ports_free || exit 1

  ensure_built
  say "Starting FluxPay (JDK $(fluxpay_jdk_major "$JAVA_HOME/bin/java") at $JAVA_HOME)"
  launch_stack
  # only the ones we start: a running service keeps its unpacked jar under its feet
  unpack_services ${to_start[@]+"${to_start[@]}"} # while the stack starts: both take a few seconds
  wait_for_stack
  local since
  since=$(now_seconds)
  for service in ${to_start[@]+"${to_start[@]}"}; do
    start_service "$service"
    say "$(printf '  %-20s starting (pid %s, port %s)' "$service" "$STARTED_PID" "$(fluxpay_port_of "$service")")"
  done
  local waiting=(${to_start[@]+"${to_start[@]}"}) state
  for service in ${running[@]+"${running[@]}"}; do
    state=$(readiness_of "$(fluxpay_port_of "$service")")
    say "$(printf '  %-20s already running (pid %s), %s' "$service" "$(running_pid "$service")" "$state")"
    [ "$state" = UP ] || waiting+=("$service")
    if [ "${FLUXPAY_UNPACK:-1}" = 1 ] && ! run_jar_fresh "$service"; then
      say "$(printf '  %-20s (it runs an older build: ./fluxpay down && ./fluxpay up restarts it)' '')"
    fi
  done
  if [ -n "$(services_to_run)" ]; then
    wait_until_ready "$since" "$timeout" ${waiting[@]+"${waiting[@]}"}
    say "All $(services_to_run | wc -w | tr -d ' ') services healthy, $(($(now_seconds) - began))s after ./fluxpay up."
    start_cds_training
  fi
  print_where
}

services_to_run() {
  # FLUXPAY_ONLY_INFRA=1 (for working on this script before the services exist): the stack alone
  [ "${FLUXPAY_ONLY_INFRA:-0}" = 1 ] || printf '%s\n' "${FLUXPAY_SERVICES[@]}"
}

all_ready() { # service...
  local service
  for service in "$@"; do
    [ "$(readiness_of "$(fluxpay_port_of "$service")")" = UP ] || return 1
  done
}

cmd_down() {
  [ $# -eq 0 ] || { warn "down takes no arguments"; exit 2; }
  local any=0 name
  for name in "${FLUXPAY_SERVICES[@]}" local-stack local-stack-postgres local-stack-redis cds-training; do
    running_pid "$name" >/dev/null && any=1
  done
  if [ "$any" = 0 ]; then
    rm -f "$FLUXPAY_PIDS"/*.pid "$FLUXPAY_STATE_FILE"
    say "FluxPay is not running."
    return 0
  fi
  local began
  began=$(now_seconds)
  say "Stopping FluxPay"
  stop_cds_training
  # services first: while stopping they still flush to Kafka and the database
  stop_services
  stop_stack
  say "Stopped in $(($(now_seconds) - began))s."
}

cmd_status() {
  local name pid port health all_up=0
  printf '%-22s %-8s %-7s %s\n' COMPONENT PID PORT HEALTH
  if pid=$(running_pid local-stack); then
    printf '%-22s %-8s %-7s %s\n' local-stack "$pid" "$FLUXPAY_KAFKA_PORT" \
      "$(stack_health) (Kafka $FLUXPAY_KAFKA_PORT, PostgreSQL $FLUXPAY_POSTGRES_PORT, Redis $FLUXPAY_REDIS_PORT, PSP $FLUXPAY_PSP_PORT)"
    [ "$(stack_health)" = ready ] || all_up=1
  else
    local leftovers
    leftovers=$(stack_leftovers)
    printf '%-22s %-8s %-7s %s\n' local-stack - "$FLUXPAY_KAFKA_PORT" \
      "not running${leftovers:+ (left behind: ${leftovers% }; ./fluxpay down cleans up)}"
    all_up=1
  fi
  for name in "${FLUXPAY_SERVICES[@]}"; do
    port=$(fluxpay_port_of "$name")
    if pid=$(running_pid "$name"); then
      health=$(readiness_of "$port")
      [ "$health" = UP ] || all_up=1
      [ "$health" = UP ] || health="$health (starting, or see ./fluxpay logs $name)"
    else
      pid=-
      health="not running"
      all_up=1
    fi
    printf '%-22s %-8s %-7s %s\n' "$name" "$pid" "$port" "$health"
  done
  if pid=$(running_pid cds-training); then
    printf '%-22s %-8s %-7s %s\n' cds-training "$pid" - "preparing class data sharing archives (low priority)"
  fi
  return "$all_up"
}

cmd_logs() {
  [ $# -eq 1 ] || { warn "usage: ./fluxpay logs <service>   (for example: ./fluxpay logs payment)"; exit 2; }
  local name=$1 file
  case "$name" in
    local-stack|stack|infra) name=local-stack ;;
    build|cds-training) ;;
    *-service) ;;
    *) name="$name-service" ;;
  esac
  file="$FLUXPAY_LOGS/$name.log"
  if [[ "$name" == *-service ]] && ! fluxpay_port_of "$name" >/dev/null; then
    warn "No service called $1. Logs: ${FLUXPAY_SERVICES[*]} local-stack build cds-training"
    exit 2
  fi
  [ -f "$file" ] || die "No log yet at ${file#"$FLUXPAY_ROOT"/} (has ./fluxpay up run?)."
  exec tail -n 100 -F "$file"
}

cmd_demo() {
  require_jdk
  # the JDK's source launcher runs the single-file program on the class path of gateway-client (the typed
  # client the tests use too: its jar and its Jackson jars), built here when missing or older than its sources
  local client="$FLUXPAY_ROOT/gateway-client" jar="$FLUXPAY_ROOT/gateway-client/target/gateway-client.jar"
  if [ ! -f "$jar" ] || [ ! -d "$client/target/lib" ] \
    || [ -n "$(find "$client/src/main" "$client/pom.xml" "$FLUXPAY_ROOT/pom.xml" -newer "$jar" -print -quit)" ]; then
    say "Building the gateway client (./mvnw -q -pl gateway-client package -DskipTests)"
    (cd "$FLUXPAY_ROOT" && ./mvnw -q -B -ntp -pl gateway-client package -DskipTests) || die "the gateway client did not build"
  fi
  # the admin token lets it create its own tenant, as an operator would
  FLUXPAY_ADMIN_TOKEN=$(admin_token) exec "$JAVA_HOME/bin/java" -cp "$jar:$client/target/lib/*" \
    "$FLUXPAY_ROOT/scripts/fluxpay/Demo.java" "$@"
}

cmd___train_cds() { # hidden: the background job start_cds_training launches
  require_jdk
  train_cds "$@"
}
