#!/usr/bin/env bash
# Builds the chaincode-as-a-service package Fabric installs and prints its package id.
#
#   package-ccaas.sh [--tls-root-cert FILE] [--dial-timeout 10s] LABEL ADDRESS [OUTPUT_DIR]
#
# Writes OUTPUT_DIR/LABEL.tar.gz (default: the current directory) holding
#   metadata.json  {"type":"ccaas","label":"LABEL"}
#   code.tar.gz    holding connection.json {"address":"ADDRESS","dial_timeout":"10s","tls_required":false}
# and prints LABEL:SHA256, the package id as the peer computes it (SHA-256 of the package file). Start
# the chaincode with that id in CHAINCODE_ID or CORE_CHAINCODE_ID_NAME. With --tls-root-cert, connection.json
# asks for TLS and carries that CA certificate (PEM, inline) to verify the chaincode server with.
set -euo pipefail

usage() {
  sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
}

root_cert=""
dial_timeout="10s"
while [ $# -gt 0 ]; do
  case "$1" in
    --tls-root-cert) root_cert="${2:?--tls-root-cert needs a file}"; shift 2 ;;
    --dial-timeout) dial_timeout="${2:?--dial-timeout needs a duration}"; shift 2 ;;
    -h|--help) usage ;;
    --) shift; break ;;
    -*) echo "unknown option: $1" >&2; usage ;;
    *) break ;;
  esac
done
[ $# -ge 2 ] && [ $# -le 3 ] || usage

label="$1"
address="$2"
output="${3:-.}"

# Fabric's label rule: alphanumeric first, then alphanumerics and _ . + -
if ! printf '%s' "$label" | grep -Eq '^[[:alnum:]][[:alnum:]_.+-]*$'; then
  echo "invalid label '$label': it must start with a letter or digit and contain only letters, digits, _ . + -" >&2
  exit 1
fi
case "$address" in
  *:*) ;;
  *) echo "invalid address '$address': expected host:port" >&2; exit 1 ;;
esac

# JSON string escaping for the few characters a PEM or address can contain.
json_string() {
  awk 'BEGIN { ORS = "" } { gsub(/\\/, "\\\\"); gsub(/"/, "\\\""); if (NR > 1) print "\\n"; print }' | sed 's/^/"/; s/$/"/'
}

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/code" "$work/package"

if [ -n "$root_cert" ]; then
  pem="$(json_string < "$root_cert")"
  printf '{"address":%s,"dial_timeout":%s,"tls_required":true,"root_cert":%s}\n' \
    "$(printf '%s' "$address" | json_string)" "$(printf '%s' "$dial_timeout" | json_string)" "$pem" > "$work/code/connection.json"
else
  printf '{"address":%s,"dial_timeout":%s,"tls_required":false}\n' \
    "$(printf '%s' "$address" | json_string)" "$(printf '%s' "$dial_timeout" | json_string)" > "$work/code/connection.json"
fi
printf '{"type":"ccaas","label":%s}\n' "$(printf '%s' "$label" | json_string)" > "$work/package/metadata.json"

# Reproducible archives where GNU tar allows it (same inputs, same package id); plain tar otherwise.
tar_flags=()
if tar --version 2>/dev/null | grep -q 'GNU tar'; then
  tar_flags=(--sort=name --owner=0 --group=0 --numeric-owner --mtime=@0)
fi
tar "${tar_flags[@]}" -C "$work/code" -cf - connection.json | gzip -n > "$work/package/code.tar.gz"
mkdir -p "$output"
package="$output/$label.tar.gz"
tar "${tar_flags[@]}" -C "$work/package" -cf - metadata.json code.tar.gz | gzip -n > "$package"

if command -v sha256sum > /dev/null; then
  hash="$(sha256sum "$package" | cut -d' ' -f1)"
else
  hash="$(shasum -a 256 "$package" | cut -d' ' -f1)"
fi
echo "$label:$hash"
