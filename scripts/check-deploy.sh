#!/usr/bin/env bash
# Offline checks of the deployment descriptors, for machines without a Docker engine or a cluster:
# the compose file resolves, the kustomize base renders, the observability config parses and every
# service's image recipe exists. Exits non-zero when anything is wrong; a missing tool is a warning,
# not a pass in disguise, and is reported as such.
# DeploymentDescriptorsTest (system-tests) checks what the files say; this checks that the tools
# that will read them accept them.
set -uo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

SERVICES=(gateway-service payment-service ledger-service credit-service subscription-service
          waiting-room-service notification-service)
failures=0
warnings=0

ok()   { printf 'ok    %s\n' "$1"; }
fail() { printf 'FAIL  %s\n' "$1" >&2; failures=$((failures + 1)); }
warn() { printf 'WARN  %s\n' "$1" >&2; warnings=$((warnings + 1)); }

# Runs a check quietly and shows its output only when it fails.
check() {
  local what=$1; shift
  local output
  if output=$("$@" 2>&1); then
    ok "$what"
  else
    fail "$what"
    printf '%s\n' "$output" | sed 's/^/      /' >&2
  fi
}

# Debian's docker-compose (v1) validates a file without an engine, which is all this needs.
install_docker_compose() {
  [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 || return 1
  echo "installing Debian's docker-compose to validate docker-compose.yml" >&2
  apt-get install -y -qq docker-compose >/dev/null 2>&1 \
    || { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq docker-compose >/dev/null 2>&1; }
}

compose_command() {
  if command -v docker-compose >/dev/null 2>&1; then
    echo docker-compose
  elif docker compose version >/dev/null 2>&1; then
    echo "docker compose"
  elif install_docker_compose && command -v docker-compose >/dev/null 2>&1; then
    echo docker-compose
  fi
}

compose=$(compose_command)
if [ -n "$compose" ]; then
  # `config` resolves anchors, interpolation and the schema without talking to an engine
  check "docker-compose.yml resolves ($compose config)" $compose -f docker-compose.yml config -q
else
  warn "docker-compose.yml not checked: neither docker-compose nor 'docker compose' is available"
fi

if command -v kubectl >/dev/null 2>&1; then
  check "k8s/ renders (kubectl kustomize)" sh -c 'kubectl kustomize k8s >/dev/null'
elif command -v kustomize >/dev/null 2>&1; then
  check "k8s/ renders (kustomize build)" sh -c 'kustomize build k8s >/dev/null'
else
  warn "k8s/ not checked: neither kubectl nor kustomize is available"
fi

if [ -f deploy/service.Dockerfile ]; then
  ok "deploy/service.Dockerfile exists (the one recipe every service is built from)"
else
  fail "deploy/service.Dockerfile is missing (docker-compose.yml builds every service from it)"
fi

check "Grafana dashboard is valid JSON" python3 -m json.tool deploy/grafana/dashboards/fluxpay.json

yaml_parses() {
  python3 -c 'import sys, yaml; [list(yaml.safe_load_all(open(f))) for f in sys.argv[1:]]' "$@"
}
if python3 -c 'import yaml' >/dev/null 2>&1; then
  check "Prometheus and Grafana provisioning YAML parses" \
    yaml_parses deploy/prometheus/prometheus.yml deploy/grafana/provisioning/*/*.yml
else
  warn "Prometheus and Grafana YAML not parsed: python3 has no yaml module"
fi

if command -v promtool >/dev/null 2>&1; then
  check "Prometheus config (promtool check config)" \
    promtool check config --syntax-only deploy/prometheus/prometheus.yml
else
  warn "Prometheus config not checked by promtool: it is not installed"
fi

echo "check-deploy: $failures failed, $warnings warnings"
[ "$failures" -eq 0 ]
