# shellcheck shell=bash
# Builds the executable jars when one is missing or older than the sources it is made from.

# The files a jar is made of (main sources and poms), for staleness checks; fills SOURCES.
sources_of() { # service or local-stack
  local module
  SOURCES=("$FLUXPAY_ROOT/pom.xml")
  if [ "$1" = local-stack ]; then
    SOURCES+=("$FLUXPAY_ROOT/local-stack/pom.xml" "$FLUXPAY_ROOT/local-stack/src/main")
  else
    # every service is built on contracts and platform: a change there changes the service jar
    for module in contracts platform "$1"; do
      SOURCES+=("$FLUXPAY_ROOT/$module/pom.xml" "$FLUXPAY_ROOT/$module/src/main")
    done
  fi
}

jars_needed() { # the names whose jar `up` runs
  echo local-stack
  if [ "${FLUXPAY_ONLY_INFRA:-0}" != 1 ]; then
    printf '%s\n' "${FLUXPAY_SERVICES[@]}"
  fi
}

# Prints why a build is needed (one line) and returns 0, or returns 1 when every jar is fresh.
build_reason() {
  local name jar newer
  for name in $(jars_needed); do
    jar=$(fluxpay_jar_of "$name")
    if [ ! -f "$jar" ]; then
      echo "${jar#"$FLUXPAY_ROOT"/} is missing"
      return 0
    fi
    sources_of "$name"
    newer=$(find "${SOURCES[@]}" -type f -newer "$jar" -print 2>/dev/null | head -n1) || true
    if [ -n "$newer" ]; then
      echo "${newer#"$FLUXPAY_ROOT"/} changed since ${jar#"$FLUXPAY_ROOT"/} was built"
      return 0
    fi
  done
  return 1
}

# One reactor build for everything: Maven resolves the modules' dependencies on each other
# (contracts, platform) inside the reactor, so `package` is enough and nothing goes to ~/.m2.
ensure_built() {
  local reason
  reason=$(build_reason) || return 0
  local log="$FLUXPAY_LOGS/build.log" started pid status=0 last_note=0 module
  mkdir -p "$FLUXPAY_LOGS"
  say "Building FluxPay: $reason."
  say "  ./mvnw -DskipTests package   (log: ${log#"$FLUXPAY_ROOT"/}; a first build also downloads the dependencies: minutes)"
  started=$(now_seconds)
  (cd "$FLUXPAY_ROOT" && exec ./mvnw -B -ntp -DskipTests package) >"$log" 2>&1 &
  pid=$!
  # should we be interrupted, Maven must not build on unseen (it rewrites the jars under our feet)
  trap 'kill "$pid" 2>/dev/null; exit 130' INT TERM HUP
  # a heartbeat line every 15 s, naming the module Maven is on, so a long build does not look hung
  while kill -0 "$pid" 2>/dev/null; do
    sleep 1
    if [ $(($(now_seconds) - last_note)) -ge 15 ] && [ $(($(now_seconds) - started)) -ge 5 ]; then
      module=$(grep -o 'Building .* \[[0-9]*/[0-9]*\]' "$log" 2>/dev/null | tail -n1 | sed 's/^Building //; s/  */ /g') || true
      say "  ... building, $(($(now_seconds) - started))s${module:+ ($module)}"
      last_note=$(now_seconds)
    fi
  done
  wait "$pid" || status=$?
  trap - INT TERM HUP
  if [ "$status" != 0 ]; then
    warn "The build failed (exit $status). The end of ${log#"$FLUXPAY_ROOT"/}:"
    grep -E '^\[ERROR\]' "$log" | head -n 30 | sed 's/^/    /' >&2 || show_log_tail "$log" 30
    exit 1
  fi
  say "  built in $(($(now_seconds) - started))s"
  local name
  for name in $(jars_needed); do
    [ -f "$(fluxpay_jar_of "$name")" ] || die "The build succeeded but $(fluxpay_jar_of "$name") is missing."
  done
}
