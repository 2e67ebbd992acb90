# shellcheck shell=bash
# Tenants and the operator's admin token.

FLUXPAY_ADMIN_TOKEN_FILE="$FLUXPAY_HOME/admin-token"

# The gateway's admin token: FLUXPAY_ADMIN_TOKEN if set, else one generated once and kept (mode 600)
# in .fluxpay/admin-token, so `up`, `tenant create` and the demo agree without anyone typing it.
admin_token() {
  if [ -n "${FLUXPAY_ADMIN_TOKEN:-}" ]; then
    printf '%s' "$FLUXPAY_ADMIN_TOKEN"
    return
  fi
  if [ ! -s "$FLUXPAY_ADMIN_TOKEN_FILE" ]; then
    mkdir -p "$FLUXPAY_HOME"
    (umask 077 && od -An -N32 -tx1 /dev/urandom | tr -d ' \n' >"$FLUXPAY_ADMIN_TOKEN_FILE")
  fi
  cat "$FLUXPAY_ADMIN_TOKEN_FILE"
}

# ./fluxpay tenant create NAME [--live] [--rate N] [--burst N]: prints the new API key (only) on stdout,
# so KEY=$(./fluxpay tenant create Acme) works; what it made goes to stderr.
cmd_tenant() {
  local action=${1:-} name="" mode=test rate="" burst=""
  [ "$action" = create ] || { warn "usage: ./fluxpay tenant create NAME [--live] [--rate N] [--burst N]"; exit 2; }
  shift
  while [ $# -gt 0 ]; do
    case "$1" in
      --live) mode=live ;;
      --rate) rate=${2:?--rate needs a number}; shift ;;
      --burst) burst=${2:?--burst needs a number}; shift ;;
      -*) warn "unknown option $1"; exit 2 ;;
      *) name=$1 ;;
    esac
    shift
  done
  [ -n "$name" ] || { warn "usage: ./fluxpay tenant create NAME [--live] [--rate N] [--burst N]"; exit 2; }
  command -v curl >/dev/null || { warn "tenant create needs curl"; exit 1; }
  local body answer status
  body=$(printf '{"name":"%s","mode":"%s"%s%s}' "${name//\"/}" "$mode" \
    "${rate:+,\"ratePerSecond\":$rate}" "${burst:+,\"burst\":$burst}")
  answer=$(curl -sS -w '\n%{http_code}' -X POST "http://localhost:$(fluxpay_port_of gateway-service)/admin/v1/tenants" \
    -H "Authorization: Bearer $(admin_token)" -H 'Content-Type: application/json' -d "$body") \
    || { warn "the gateway does not answer: run ./fluxpay up first"; exit 1; }
  status=${answer##*$'\n'}
  answer=${answer%$'\n'*}
  if [ "$status" != 201 ]; then
    warn "the gateway refused ($status): $answer"
    exit 1
  fi
  printf 'created %s\n' "$answer" >&2
  printf '%s\n' "$answer" | sed -n 's/.*"secret":"\([^"]*\)".*/\1/p'
}
