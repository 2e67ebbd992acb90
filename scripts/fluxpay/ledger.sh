# shellcheck shell=bash
# ./fluxpay ledger: the operator's view of ledger-service (its management endpoints on port 8082).

cmd_ledger() {
  local action=${1:-} tenant=${2:-} base path
  base="http://localhost:$(fluxpay_port_of ledger-service)/actuator"
  case "$action" in
    verify) path="ledger-verification/$tenant" ;;
    trial-balance) path="ledger-accounts/$tenant" ;;
    mismatches) path="ledger-mismatches" ;;
    *)
      warn "usage: ./fluxpay ledger verify TENANT | trial-balance TENANT | mismatches"
      exit 2
      ;;
  esac
  if [ "$action" != mismatches ] && [ -z "$tenant" ]; then
    warn "usage: ./fluxpay ledger $action TENANT   (the tenant id, ten_…)"
    exit 2
  fi
  command -v curl >/dev/null || { warn "ledger needs curl"; exit 1; }
  local answer
  answer=$(curl -sS -f "$base/$path") || { warn "ledger-service does not answer: run ./fluxpay up first"; exit 1; }
  printf '%s\n' "$answer"
  # verify: exit 1 when the chain names a broken link, so scripts can act on it
  if [ "$action" = verify ] && ! printf '%s' "$answer" | grep -q '"firstBrokenLink":null'; then
    warn "the hash chain is broken (see firstBrokenLink above)"
    exit 1
  fi
}
