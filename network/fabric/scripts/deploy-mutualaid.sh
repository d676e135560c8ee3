#!/usr/bin/env bash
# Deploys the mutual-aid chaincode as a chaincode-as-a-service package on a running Fabric network
# whose peers use the ccaas external builder (Fabric's peer image ships it). Run it from a shell where
# the `peer` CLI is configured as the admin of each organization in turn (CORE_PEER_LOCALMSPID,
# CORE_PEER_MSPCONFIGPATH, CORE_PEER_ADDRESS, CORE_PEER_TLS_ROOTCERT_FILE), as in Fabric's test network.
#
#   network/fabric/scripts/deploy-mutualaid.sh <chaincode-address host:port> [sequence]
#
# The address is this organization's own chaincode server: every organization runs one, on an
# NTP-synchronized clock, so that each checks transaction timestamps itself (see network/fabric/README.md).
# Then start that server with CHAINCODE_SERVER_ADDRESS=0.0.0.0:<port> and
# CHAINCODE_ID=<the printed package id> (see chaincode/MutualAid.Chaincode).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$here/../../.."
address="${1:?usage: deploy-mutualaid.sh <chaincode-address host:port> [sequence]}"
sequence="${2:-1}"
channel="${CHANNEL_NAME:-mutualaid}"
label="mutualaid_1.0"
policy="AND('InsurerMSP.peer','NgoMSP.peer')"
collections="$here/../collections_config.json"
orderer_args=(-o "${ORDERER_ADDRESS:-localhost:7050}" --ordererTLSHostnameOverride orderer.example.com --tls --cafile "${ORDERER_CA:?set ORDERER_CA to the orderer TLS CA file}")

workdir="$(mktemp -d)"
trap 'rm -rf "$workdir"' EXIT
package_id="$("$root/chaincode/scripts/package-ccaas.sh" "$label" "$address" "$workdir" | tail -n 1)"
echo "package id: $package_id"

# Install on this organization's peer and approve for it. Repeat with each organization's admin
# environment (the insurer, the NGO and the regulator all approve; the regulator reads the data
# it approves but cannot write).
peer lifecycle chaincode install "$workdir/$label.tar.gz"
peer lifecycle chaincode approveformyorg "${orderer_args[@]}" --channelID "$channel" --name mutualaid \
  --version 1.0 --package-id "$package_id" --sequence "$sequence" \
  --signature-policy "$policy" --collections-config "$collections"

if [ "${COMMIT:-false}" = "true" ]; then
  peer lifecycle chaincode checkcommitreadiness --channelID "$channel" --name mutualaid --version 1.0 \
    --sequence "$sequence" --signature-policy "$policy" --collections-config "$collections" --output json
  peer lifecycle chaincode commit "${orderer_args[@]}" --channelID "$channel" --name mutualaid --version 1.0 \
    --sequence "$sequence" --signature-policy "$policy" --collections-config "$collections" ${PEER_ARGS:-}
fi
