# shellcheck shell=bash
# ./fluxpay bench: the checkout benchmark (bench/, a Maven module outside the reactor so that
# ./mvnw verify never runs it). Builds it when its jar is missing or older than its sources, then runs
# it against the fleet that ./fluxpay up started. Method and figures: docs/performance.md.

FLUXPAY_BENCH_DIR="$FLUXPAY_ROOT/bench"

cmd_bench() {
  case "${1:-}" in -h|--help) set -- --help ;; esac
  require_jdk
  local jar="$FLUXPAY_BENCH_DIR/target/bench.jar"
  if [ ! -f "$jar" ] || [ -n "$(find "$FLUXPAY_BENCH_DIR/src" "$FLUXPAY_BENCH_DIR/pom.xml" -newer "$jar" -print -quit)" ]; then
    say "Building the bench (./mvnw -q -f bench/pom.xml package)"
    (cd "$FLUXPAY_ROOT" && ./mvnw -q -f bench/pom.xml package) || die "the bench did not build"
  fi
  # the gateway must answer before we spend a warm-up on it
  if [ "${1:-}" != --help ] && [ "$(readiness_of "$(fluxpay_port_of gateway-service)")" != UP ]; then
    die "The gateway does not answer: run ./fluxpay up first."
  fi
  # run from the repo root: results go to bench/results/, CPU is attributed via .fluxpay/pids/
  # serial GC and a small heap: the harness shares the two cores with the fleet it measures, so it
  # should take as little of them as it can (its own CPU share is in the summary)
  (cd "$FLUXPAY_ROOT" && FLUXPAY_ADMIN_TOKEN=$(admin_token) exec "$JAVA_HOME/bin/java" -Xmx512m -XX:+UseSerialGC \
    -cp "$jar:$FLUXPAY_BENCH_DIR/target/lib/*" com.fluxpay.bench.BenchMain "$@")
}
