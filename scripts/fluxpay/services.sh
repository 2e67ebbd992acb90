# shellcheck shell=bash
# The seven services: how they are launched, how we wait for them, how they stop, and the class data
# sharing archives that make their next start faster.
#
# Measured on the 2-core machine, seven stand-in services (Boot 3.5: web, actuator, JPA + Flyway,
# Kafka, Redis, springdoc) started at once after the local stack, JDK 25 (scripts/fluxpay/README.md):
#   fat jar, JVM defaults                           59 s until all seven were ready
#   fat jar, the options below                      51 s
#   unpacked jar, JVM defaults                      81 s
#   unpacked jar, the options below                 28-39 s
#   unpacked jar, the options below, CDS archive    19-26 s (single service alone: 4.7 s -> 1.6 s)

# The options go into arrays, one word each, so that a checkout path with spaces still works.
# Override them all with FLUXPAY_JAVA_OPTS, or add to them with FLUXPAY_EXTRA_JAVA_OPTS (both split
# on spaces).
BASE_JAVA_OPTS=(
  # C1 only: C2 compiling in seven JVMs at once is what keeps two cores busy during startup; one
  # service alone starts in 4.7 s instead of 12.9 s. For load tests, set FLUXPAY_JAVA_OPTS.
  -XX:TieredStopAtLevel=1
  # Serial GC: no GC threads competing in each JVM, less memory; the heaps are small anyway.
  -XX:+UseSerialGC
  -Xss512k -Xms64m -Xmx320m
)

# ./fluxpay up --bench: what the figures in docs/performance.md are measured with (C2; no class data
# sharing, as with any FLUXPAY_JAVA_OPTS)
BENCH_JAVA_OPTS="-XX:+UseSerialGC -Xms256m -Xmx512m -Xss512k"

# Fills JAVA_CMD with env(1), the service's environment, java and its options, up to (not including)
# -jar: the command both a service start and a class data sharing training run begin with.
java_command() { # port option-words...
  local port=$1 extra=() pair name key value
  shift
  # every service gets the admin token; only the gateway reads it (its /admin API)
  JAVA_CMD=(env "SERVER_PORT=$port" "FLUXPAY_LOG_FORMAT=${FLUXPAY_LOG_FORMAT:-plain}"
            "FLUXPAY_ADMIN_TOKEN=$(admin_token)")
  for pair in KAFKA_BOOTSTRAP_SERVERS=kafka.bootstrap-servers DATABASE_URL=postgres.url \
    DATABASE_USERNAME=postgres.username DATABASE_PASSWORD=postgres.password REDIS_URL=redis.url \
    PSP_SANDBOX_URL=psp.url; do
    name=${pair%%=*}
    key=${pair#*=}
    value=$(state_value "$key")
    # an empty variable would override the service's own default (Spring takes "" as a value)
    [ -z "$value" ] || JAVA_CMD+=("$name=$value")
  done
  JAVA_CMD+=("$JAVA_HOME/bin/java" "$@")
  read -r -a extra <<<"${FLUXPAY_EXTRA_JAVA_OPTS:-}" || true
  JAVA_CMD+=(${extra[@]+"${extra[@]}"})
}

service_java_options() { # service; fills JAVA_OPTS_OF_SERVICE
  if [ -n "${FLUXPAY_JAVA_OPTS:-}" ]; then
    read -r -a JAVA_OPTS_OF_SERVICE <<<"$FLUXPAY_JAVA_OPTS" || true
    return
  fi
  JAVA_OPTS_OF_SERVICE=("${BASE_JAVA_OPTS[@]}")
  if cds_archive_fresh "$1"; then
    # -Xshare stays at its default (auto): an archive the JVM finds unusable is ignored, quietly
    JAVA_OPTS_OF_SERVICE+=("-XX:SharedArchiveFile=$(cds_archive_of "$1")" -Xlog:cds=off -Xlog:cds+dynamic=off)
  fi
}

# ---- the jar a service runs from ------------------------------------------------------------------
# Spring Boot's fat jar loads the application's classes from nested jars through its own class
# loader: slow to start, and class data sharing cannot archive those classes. Unpacked with
# `-Djarmode=tools extract`, the same application runs from plain jars on the class path.

run_jar_of() { echo "$FLUXPAY_RUN/$1/$1-exec.jar"; }

run_jar_fresh() { # service
  local run
  run=$(run_jar_of "$1")
  [ -f "$run" ] && ! [ "$(fluxpay_jar_of "$1")" -nt "$run" ]
}

unpack_service() { # service
  local service=$1 dir
  dir="$FLUXPAY_RUN/$service"
  rm -rf "$dir" "$(cds_archive_of "$service")"
  "$JAVA_HOME/bin/java" -XX:TieredStopAtLevel=1 -Djarmode=tools -jar "$(fluxpay_jar_of "$service")" \
    extract --destination "$dir" >"$FLUXPAY_LOGS/unpack-$service.log" 2>&1 || return 1
  # extract keeps the built jar's timestamp; ours must be newer for run_jar_fresh
  touch "$(run_jar_of "$service")"
  rm -f "$FLUXPAY_LOGS/unpack-$service.log"
}

# Unpacks, side by side, the services whose built jar is newer than their unpacked copy.
unpack_services() { # service...
  local service pids=() names=() i failed=0
  [ "${FLUXPAY_UNPACK:-1}" = 1 ] || return 0
  for service in "$@"; do
    run_jar_fresh "$service" && continue
    unpack_service "$service" &
    pids+=($!)
    names+=("$service")
  done
  [ ${#pids[@]} -gt 0 ] || return 0
  for i in "${!pids[@]}"; do
    if ! wait "${pids[$i]}"; then
      warn "Could not unpack $(fluxpay_jar_of "${names[$i]}"):"
      show_log_tail "$FLUXPAY_LOGS/unpack-${names[$i]}.log" 10
      failed=1
    fi
  done
  [ "$failed" = 0 ] || exit 1
  share_identical_libs
  say "  unpacked ${#pids[@]} service jar(s) into ${FLUXPAY_RUN#"$FLUXPAY_ROOT"/}/"
}

# The services share most of their libraries: hard-link identical jars to one copy, which turns
# ~630 MB of unpacked jars into ~90 MB. Only files with equal content are linked, and a linked file
# never changes (nothing writes to them), so class data sharing archives stay valid.
share_identical_libs() {
  local shared="$FLUXPAY_RUN/.shared-lib" jar name
  mkdir -p "$shared"
  for jar in "$FLUXPAY_RUN"/*/lib/*.jar; do
    [ -f "$jar" ] || continue
    name=${jar##*/}
    if [ "$jar" -ef "$shared/$name" ]; then
      continue
    elif [ -f "$shared/$name" ] && cmp -s "$jar" "$shared/$name"; then
      ln -f "$shared/$name" "$jar" 2>/dev/null || true
    else
      # first of its name, or another content under the same name (a SNAPSHOT): it becomes the copy
      ln -f "$jar" "$shared/$name" 2>/dev/null || true
    fi
  done
}

service_jar() { # service -> the jar `java -jar` gets
  if [ "${FLUXPAY_UNPACK:-1}" = 1 ]; then run_jar_of "$1"; else fluxpay_jar_of "$1"; fi
}

# ---- start, wait, stop ----------------------------------------------------------------------------

start_service() { # service; records its pid file and sets STARTED_PID
  local service=$1 port log jar pid
  port=$(fluxpay_port_of "$service")
  log="$FLUXPAY_LOGS/$service.log"
  jar=$(service_jar "$service")
  mkdir -p "$FLUXPAY_LOGS"
  # keep the previous run's log next to the new one: after a failed up it is often the one you want
  if [ -s "$log" ]; then mv "$log" "$log.1"; fi
  service_java_options "$service"
  java_command "$port" ${JAVA_OPTS_OF_SERVICE[@]+"${JAVA_OPTS_OF_SERVICE[@]}"}
  pid=$(launch "$log" "${JAVA_CMD[@]}" -jar "$jar")
  write_pid_file "$service" "$pid" "$jar"
  STARTED_PID=$pid
}

# Waits until every named service answers UP on its readiness probe. One line per service when it
# turns healthy, a heartbeat line every 15 s naming the ones still starting.
wait_until_ready() { # started-at-seconds timeout-seconds service...
  local since=$1 timeout=$2 service elapsed last_note
  shift 2
  local pending=("$@")
  last_note=$(now_seconds)
  while [ ${#pending[@]} -gt 0 ]; do
    local still=()
    for service in "${pending[@]}"; do
      if ! running_pid "$service" >/dev/null; then
        warn "  $service exited while starting."
        show_log_tail "$FLUXPAY_LOGS/$service.log" 30
        warn "Fix the cause, then run ./fluxpay up again (what runs is kept; ./fluxpay down stops it all)."
        exit 1
      fi
      if [ "$(readiness_of "$(fluxpay_port_of "$service")")" = UP ]; then
        say "$(printf '  %-20s healthy in %ss' "$service" "$(($(now_seconds) - $(started_at "$service" "$since")))")"
      else
        still+=("$service")
      fi
    done
    pending=(${still[@]+"${still[@]}"})
    [ ${#pending[@]} -gt 0 ] || break
    elapsed=$(($(now_seconds) - since))
    if [ "$elapsed" -ge "$timeout" ]; then
      report_not_ready "$timeout" "${pending[@]}"
      exit 1
    fi
    if [ $(($(now_seconds) - last_note)) -ge 15 ]; then
      say "  ... ${elapsed}s, still starting: ${pending[*]}"
      last_note=$(now_seconds)
    fi
    sleep 1
  done
}

# When the service was launched: its pid file's time, so that an `up` that waits for services an
# earlier `up` started still tells their real startup time.
started_at() { # service fallback-seconds
  date -r "$(pid_file_of "$1")" +%s 2>/dev/null || echo "$2"
}

report_not_ready() { # timeout service...
  local timeout=$1 service
  shift
  warn ""
  warn "Not ready after ${timeout}s (FLUXPAY_READY_TIMEOUT or ./fluxpay up --timeout N): $*"
  for service in "$@"; do
    warn "  $service: readiness $(readiness_of "$(fluxpay_port_of "$service")")"
    show_log_tail "$FLUXPAY_LOGS/$service.log" 10
  done
  warn "They are left running: ./fluxpay up again waits for them, ./fluxpay down stops everything."
}

stop_services() {
  # all at once: each flushes its outbox and leaves its consumer group, which takes a moment
  stop_processes "${FLUXPAY_STOP_TIMEOUT:-20}" "${FLUXPAY_SERVICES[@]}"
}

# ---- class data sharing ---------------------------------------------------------------------------
# An archive of the classes a service loads while starting, mapped by the next start (-XX:SharedArchiveFile).
# -XX:+AutoCreateSharedArchive would write it when the service stops, but seven JVMs dumping ~100 MB
# each at once took longer than the 20 s `down` allows and were killed half-way. So after `up` has
# everything healthy, a low-priority background job trains the services that lack an archive, one at
# a time: it starts each with -XX:ArchiveClassesAtExit and Spring's spring.context.exit=onRefresh,
# which builds the whole context (and so loads its classes) and exits before the web server, Kafka
# listeners and schedulers start. About 7 s of one core per service; `down` stops it if it still runs.

cds_archive_of() { # service -> its archive, kept per JDK build (another JDK would refuse it anyway)
  local jdk
  jdk=$(sed -n 's/^JAVA_VERSION="\(.*\)"/\1/p' "$JAVA_HOME/release" 2>/dev/null) || true
  echo "$FLUXPAY_CDS/${jdk:-unknown}/$1.jsa"
}

cds_archive_fresh() { # service
  [ "${FLUXPAY_CDS_ENABLED:-1}" = 1 ] && [ "${FLUXPAY_UNPACK:-1}" = 1 ] || return 1
  local archive
  archive=$(cds_archive_of "$1")
  [ -s "$archive" ] && [ "$archive" -nt "$(run_jar_of "$1")" ]
}

# After a successful up: start the trainer for the services without a fresh archive, if any.
start_cds_training() {
  [ "${FLUXPAY_CDS_ENABLED:-1}" = 1 ] && [ "${FLUXPAY_UNPACK:-1}" = 1 ] && [ -z "${FLUXPAY_JAVA_OPTS:-}" ] || return 0
  running_pid cds-training >/dev/null && return 0
  local service missing=()
  for service in $(services_to_run); do
    cds_archive_fresh "$service" || missing+=("$service")
  done
  [ ${#missing[@]} -gt 0 ] || return 0
  local log="$FLUXPAY_LOGS/cds-training.log" pid
  : >"$log"
  pid=$(launch "$log" nice -n 19 "$FLUXPAY_ROOT/fluxpay" __train-cds "${missing[@]}")
  write_pid_file cds-training "$pid" "fluxpay __train-cds"
  say "  In the background, at low priority: class data sharing archives for ${#missing[@]} service(s),"
  say "  so that the next ./fluxpay up starts faster (log: ${log#"$FLUXPAY_ROOT"/})."
}

with_timeout() { # seconds command...
  local seconds=$1
  shift
  if command -v timeout >/dev/null 2>&1; then
    # --foreground: stay in our process group, so that stopping the trainer's group stops the JVM too
    timeout --foreground "$seconds" "$@"
  else
    "$@"
  fi
}

# The trainer itself (hidden subcommand __train-cds): runs detached, one service after the other.
train_cds() { # service...
  local service archive status
  for service in "$@"; do
    archive=$(cds_archive_of "$service")
    mkdir -p "$(dirname "$archive")"
    rm -f "$archive" "$archive.tmp"
    say "training $service"
    status=0
    # port 0: nothing listens anyway before onRefresh exits, but never collide with the fleet.
    # timeout: should a future Spring ignore spring.context.exit, the JVM would otherwise stay.
    java_command 0 "${BASE_JAVA_OPTS[@]}" -XX:ArchiveClassesAtExit="$archive.tmp" -Xlog:cds=off \
      -Xlog:cds+dynamic=off -Dspring.context.exit=onRefresh
    with_timeout 180 "${JAVA_CMD[@]}" -jar "$(run_jar_of "$service")" >>"$FLUXPAY_LOGS/cds-training.log" 2>&1 \
      || status=$?
    # renamed only when complete: a half-written archive must never be mapped
    if [ "$status" = 0 ] && [ -s "$archive.tmp" ]; then
      mv "$archive.tmp" "$archive"
      say "archived $service: $(du -h "$archive" | cut -f1)"
    else
      rm -f "$archive.tmp"
      say "no archive for $service (exit $status); it starts without one"
    fi
  done
}

stop_cds_training() {
  local pid deadline
  pid=$(running_pid cds-training) || { rm -f "$(pid_file_of cds-training)"; return 0; }
  say "  stopping the class data sharing training (pid $pid)"
  # SIGKILL straight away: a training JVM given SIGTERM would first write its archive (seconds of
  # work we would throw away). The trainer leads its own process group (setsid): signalling the
  # group stops its java child too.
  kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
  deadline=$(($(now_seconds) + 5))
  while kill -0 "$pid" 2>/dev/null && [ "$(now_seconds)" -lt "$deadline" ]; do
    sleep 0.1
  done
  rm -f "$(pid_file_of cds-training)" "$FLUXPAY_CDS"/*/*.jsa.tmp
}
