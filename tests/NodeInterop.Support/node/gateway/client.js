'use strict';

// Drives the official Fabric Gateway client through a list of steps read as JSON from stdin and
// prints one JSON result per step. Errors are reported, not thrown, so a test can assert on them.
const fs = require('node:fs');
const crypto = require('node:crypto');
const grpc = require('@grpc/grpc-js');
const { connect, signers } = require('@hyperledger/fabric-gateway');

const decoder = new TextDecoder();

function describeError(error) {
  return {
    name: error.constructor.name,
    message: error.message,
    code: error.code,
    transactionId: error.transactionId,
    details: (error.details || []).map((d) => ({ address: d.address, mspId: d.mspId, message: d.message })),
  };
}

async function step(gateway, network, contract, s) {
  switch (s.op) {
    case 'submit':
      return decoder.decode(await contract.submitTransaction(s.fn, ...(s.args || [])));
    case 'evaluate':
      return decoder.decode(await contract.evaluateTransaction(s.fn, ...(s.args || [])));
    case 'submitAsync': {
      const submitted = await contract.submitAsync(s.fn, { arguments: s.args || [] });
      const status = await submitted.getStatus();
      return { result: decoder.decode(submitted.getResult()), transactionId: submitted.getTransactionId(), code: status.code, successful: status.successful, blockNumber: Number(status.blockNumber) };
    }
    case 'concurrent': {
      const runs = await Promise.allSettled(Array.from({ length: s.count }, () => contract.submitTransaction(s.fn, ...(s.args || []))));
      return runs.map((r) => (r.status === 'fulfilled' ? { ok: decoder.decode(r.value) } : { error: describeError(r.reason) }));
    }
    case 'events': {
      const events = await network.getChaincodeEvents(s.chaincode, { startBlock: BigInt(s.startBlock) });
      const seen = [];
      try {
        for await (const event of events) {
          seen.push({ blockNumber: Number(event.blockNumber), transactionId: event.transactionId, chaincodeName: event.chaincodeName, eventName: event.eventName, payload: decoder.decode(event.payload) });
          if (seen.length >= s.count) break;
        }
      } finally {
        events.close();
      }
      return seen;
    }
    case 'blocks': {
      const blocks = await network.getBlockEvents({ startBlock: BigInt(s.startBlock) });
      const seen = [];
      try {
        for await (const block of blocks) {
          seen.push({ number: Number(block.getHeader().getNumber()), transactions: block.getData().getDataList().length });
          if (seen.length >= s.count) break;
        }
      } finally {
        blocks.close();
      }
      return seen;
    }
    default:
      throw new Error(`unknown step ${s.op}`);
  }
}

// Plaintext unless the spec names a TLS root (PEM text, as a connection profile's tlsCACerts.pem); a client
// certificate and key (PEM files) are presented for mutual TLS.
function channelCredentials(spec) {
  if (!spec.tlsRootCert) {
    return grpc.credentials.createInsecure();
  }
  const key = spec.tlsClientKeyPath ? fs.readFileSync(spec.tlsClientKeyPath) : null;
  const cert = spec.tlsClientCertPath ? fs.readFileSync(spec.tlsClientCertPath) : null;
  return grpc.credentials.createSsl(Buffer.from(spec.tlsRootCert), key, cert);
}

async function main() {
  const spec = JSON.parse(fs.readFileSync(0, 'utf8'));
  // The override checks the peer's certificate against its host name while dialling a loopback address.
  const options = spec.serverNameOverride ? { 'grpc.ssl_target_name_override': spec.serverNameOverride } : {};
  const client = new grpc.Client(spec.endpoint, channelCredentials(spec), options);
  const key = crypto.createPrivateKey(fs.readFileSync(spec.keyPath));
  let signer = signers.newPrivateKeySigner(key);
  if (spec.forgeSignatures) {
    // Signs with a key that does not belong to the certificate: every signature must be refused.
    const { privateKey } = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
    signer = signers.newPrivateKeySigner(privateKey);
  }
  const gateway = connect({
    client,
    identity: { mspId: spec.mspId, credentials: fs.readFileSync(spec.certPath) },
    signer,
    evaluateOptions: () => ({ deadline: Date.now() + 15000 }),
    endorseOptions: () => ({ deadline: Date.now() + 15000 }),
    submitOptions: () => ({ deadline: Date.now() + 15000 }),
    commitStatusOptions: () => ({ deadline: Date.now() + 30000 }),
  });
  const network = gateway.getNetwork(spec.channel);
  const contract = network.getContract(spec.chaincode);
  const results = [];
  try {
    for (const s of spec.steps) {
      try {
        results.push({ ok: await step(gateway, network, contract, s) });
      } catch (error) {
        results.push({ error: describeError(error) });
      }
    }
  } finally {
    gateway.close();
    client.close();
  }
  process.stdout.write(JSON.stringify(results));
}

main().catch((error) => {
  process.stderr.write(String(error.stack || error));
  process.exit(1);
});
