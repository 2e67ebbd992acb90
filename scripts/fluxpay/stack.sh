# shellcheck shell=bash
# The local stack: real Kafka, PostgreSQL, Redis and the WireMock sandbox PSP in one JVM.

stack_ports() { echo "$FLUXPAY_KAFKA_PORT $FLUXPAY_POSTGRES_PORT $FLUXPAY_REDIS_PORT $FLUXPAY_PSP_PORT"; }

stack_port_label() { # port -> what the local stack runs on it
  case "$1" in
    "$FLUXPAY_KAFKA_PORT") echo "Kafka" ;;
    "$FLUXPAY_POSTGRES_PORT") echo "PostgreSQL" ;;
    "$FLUXPAY_REDIS_PORT") echo "Redis" ;;
    "$FLUXPAY_PSP_PORT") echo "sandbox PSP" ;;
  esac
}

# The JVM hosting the broker: a bounded heap (the default is a quarter of RAM), and no C2 compiler
# so it leaves the two cores to the services while they start.
STACK_JAVA_OPTS=(-Xmx768m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss512k)
# ./fluxpay up --bench: C2 for the broker too (its C1-only default costs ~2x its CPU per checkout)
BENCH_STACK_JAVA_OPTS="-Xmx768m -XX:+UseSerialGC -Xss512k"
# The sandbox PSP's request journal: WireMock counts it on every request, so `up` keeps it short
# (the system tests start their own stack, with the default 1,000 they count PSP calls in).
FLUXPAY_PSP_JOURNAL=${FLUXPAY_PSP_JOURNAL:-100}

state_value() { # key -> value from the state file (plain key=value lines; unescape \: and \= to be safe)
  sed -n "s/^$1=//p" "$FLUXPAY_STATE_FILE" | head -n1 | sed 's/\\\([:=]\)/\1/g'
}

# Launches the local stack (it runs already: says so). wait_for_stack then waits for its READY;
# the two are apart so that `up` can unpack the services' jars while the stack starts.
launch_stack() {
  local pid log="$FLUXPAY_LOGS/local-stack.log" jar
  if pid=$(running_pid local-stack) && [ -f "$FLUXPAY_STATE_FILE" ]; then
    say "  local-stack          already running (pid $pid)"
    return 0
  fi
  jar=$(fluxpay_jar_of local-stack)
  # The stack re-creates PostgreSQL's data on every start; Kafka's log goes too, so that no topic
  # holds events about rows that no longer exist.
  rm -rf "$FLUXPAY_DATA" "$FLUXPAY_STATE_FILE"
  mkdir -p "$FLUXPAY_DATA" "$FLUXPAY_LOGS"
  : >"$log"
  STACK_STARTED_AT=$(now_seconds)
  local opts=("${STACK_JAVA_OPTS[@]}")
  if [ -n "${FLUXPAY_STACK_JAVA_OPTS:-}" ]; then read -r -a opts <<<"$FLUXPAY_STACK_JAVA_OPTS" || true; fi
  pid=$(launch "$log" "$JAVA_HOME/bin/java" ${opts[@]+"${opts[@]}"} -jar "$jar" \
    --dir "$FLUXPAY_DATA" --state-file "$FLUXPAY_STATE_FILE" \
    --kafka-port "$FLUXPAY_KAFKA_PORT" --postgres-port "$FLUXPAY_POSTGRES_PORT" \
    --redis-port "$FLUXPAY_REDIS_PORT" --psp-port "$FLUXPAY_PSP_PORT" --psp-journal "$FLUXPAY_PSP_JOURNAL")
  write_pid_file local-stack "$pid" "$jar"
  say "  local-stack          starting (pid $pid): Kafka $FLUXPAY_KAFKA_PORT, PostgreSQL $FLUXPAY_POSTGRES_PORT, Redis $FLUXPAY_REDIS_PORT, sandbox PSP $FLUXPAY_PSP_PORT"
}

wait_for_stack() {
  local pid log="$FLUXPAY_LOGS/local-stack.log" timeout=${FLUXPAY_STACK_TIMEOUT:-90}
  [ -n "${STACK_STARTED_AT:-}" ] || return 0 # it was running already
  pid=$(running_pid local-stack) || true
  local retried=0
  until grep -q '^READY ' "$log" 2>/dev/null; do
    if [ -z "$pid" ] || ! kill -0 "$pid" 2>/dev/null; then
      if [ "$retried" = 0 ] && grep -q 'Text file busy' "$log" 2>/dev/null; then
        # A known race when the servers start side by side: Redis's binary, just written, is exec'd
        # while another thread forks (ETXTBSY). A second attempt gets past it.
        say "  local-stack          hit a startup race (Text file busy); starting it once more"
        cp "$log" "$log.1"
        retried=1
        launch_stack >/dev/null
        pid=$(running_pid local-stack) || true
        continue
      fi
      warn "The local stack exited before it was ready."
      show_log_tail "$log" 25
      rm -f "$(pid_file_of local-stack)"
      exit 1
    fi
    if [ $(($(now_seconds) - STACK_STARTED_AT)) -ge "$timeout" ]; then
      warn "The local stack was not ready within ${timeout}s (FLUXPAY_STACK_TIMEOUT). It is left running; ./fluxpay down stops it."
      show_log_tail "$log" 25
      exit 1
    fi
    sleep 0.2
  done
  record_stack_children "$pid"
  say "  local-stack          ready in $(($(now_seconds) - STACK_STARTED_AT))s"
}

# PostgreSQL runs detached (pg_ctl) and Redis is a child process: neither dies with the JVM if that
# has to be killed, so we remember them and `down` can finish the job.
record_stack_children() { # java-pid
  local pg_pid redis_pid
  pg_pid=$(sed -n 1p "$FLUXPAY_DATA/postgres/postmaster.pid" 2>/dev/null) || true
  [ -n "$pg_pid" ] && write_pid_file local-stack-postgres "$pg_pid" "$FLUXPAY_DATA/postgres"
  redis_pid=$(pgrep -P "$1" -f "redis-server.*:$FLUXPAY_REDIS_PORT" 2>/dev/null | head -n1) || true
  [ -n "$redis_pid" ] && write_pid_file local-stack-redis "$redis_pid" "redis-server"
  return 0
}

stop_stack() {
  local timeout=${FLUXPAY_STOP_TIMEOUT:-20}
  stop_processes "$timeout" local-stack
  # Normally the stack stopped them itself; these only matter when it had to be killed.
  # PostgreSQL takes SIGINT as "fast shutdown" (SIGTERM would wait for clients to leave).
  local pid
  if pid=$(running_pid local-stack-postgres); then
    kill -INT "$pid" 2>/dev/null || true
  fi
  stop_processes "$timeout" local-stack-postgres local-stack-redis
  rm -f "$FLUXPAY_STATE_FILE"
}

stack_health() { # prints a one-line health of the stack's four servers
  local port down=""
  for port in $(stack_ports); do
    port_in_use "$port" || down="$down $(stack_port_label "$port")"
  done
  if [ -z "$down" ]; then echo "ready"; else echo "not answering:$down"; fi
}

stack_leftovers() { # names of the stack's servers still running although its JVM is gone
  local name
  for name in local-stack-postgres local-stack-redis; do
    running_pid "$name" >/dev/null && printf '%s ' "${name#local-stack-}"
  done
  return 0
}
