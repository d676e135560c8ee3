'use strict';

// Reads blocks with private data through the official Fabric Gateway client
// (Network.getBlockAndPrivateDataEvents) and prints, per block, its number and the SHA-256 of each
// private write set by transaction index, namespace and collection. Spec as JSON on stdin.
const fs = require('node:fs');
const crypto = require('node:crypto');
const grpc = require('@grpc/grpc-js');
const { connect, signers } = require('@hyperledger/fabric-gateway');

function describe(blockAndPrivateData) {
  const privateData = [];
  for (const [txIndex, txSet] of blockAndPrivateData.getPrivateDataMapMap().entries()) {
    for (const ns of txSet.getNsPvtRwsetList()) {
      for (const collection of ns.getCollectionPvtRwsetList()) {
        privateData.push({
          txIndex: Number(txIndex),
          namespace: ns.getNamespace(),
          collection: collection.getCollectionName(),
          sha256: crypto.createHash('sha256').update(collection.getRwset_asU8()).digest('hex'),
        });
      }
    }
  }
  return { number: Number(blockAndPrivateData.getBlock().getHeader().getNumber()), privateData };
}

async function main() {
  const spec = JSON.parse(fs.readFileSync(0, 'utf8'));
  const client = new grpc.Client(spec.endpoint, grpc.credentials.createInsecure());
  const gateway = connect({
    client,
    identity: { mspId: spec.mspId, credentials: fs.readFileSync(spec.certPath) },
    signer: signers.newPrivateKeySigner(crypto.createPrivateKey(fs.readFileSync(spec.keyPath))),
  });
  const seen = [];
  try {
    const blocks = await gateway.getNetwork(spec.channel).getBlockAndPrivateDataEvents({ startBlock: BigInt(spec.startBlock) });
    try {
      for await (const block of blocks) {
        seen.push(describe(block));
        if (seen.length >= spec.count) break;
      }
    } finally {
      blocks.close();
    }
  } finally {
    gateway.close();
    client.close();
  }
  process.stdout.write(JSON.stringify(seen));
}

main().catch((error) => {
  process.stderr.write(String(error.stack || error));
  process.exit(1);
});
