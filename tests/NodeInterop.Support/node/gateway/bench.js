'use strict';

// Drives a fixed workload through the official Fabric Gateway client and prints the latency of every
// call, so the .NET benchmark can compare it with Fabric.Client on the same network and chaincode.
// Input (JSON on stdin): endpoint, mspId, certPath, keyPath, channel, chaincode, concurrency,
// warmup, submits, evaluates, keyPrefix. Output: {"submit": {...}, "evaluate": {...}} where each phase
// has elapsedMs, failures and latenciesMs (one per successful call).
const fs = require('node:fs');
const crypto = require('node:crypto');
const grpc = require('@grpc/grpc-js');
const { connect, signers } = require('@hyperledger/fabric-gateway');

async function phase(count, concurrency, call) {
  const latenciesMs = [];
  let failures = 0;
  let next = 0;
  const started = process.hrtime.bigint();
  async function worker() {
    for (let i = next++; i < count; i = next++) {
      const t0 = process.hrtime.bigint();
      try {
        await call(i);
        latenciesMs.push(Number(process.hrtime.bigint() - t0) / 1e6);
      } catch (error) {
        failures++;
      }
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { elapsedMs: Number(process.hrtime.bigint() - started) / 1e6, failures, latenciesMs };
}

async function main() {
  const spec = JSON.parse(fs.readFileSync(0, 'utf8'));
  const client = new grpc.Client(spec.endpoint, grpc.credentials.createInsecure());
  const gateway = connect({
    client,
    identity: { mspId: spec.mspId, credentials: fs.readFileSync(spec.certPath) },
    signer: signers.newPrivateKeySigner(crypto.createPrivateKey(fs.readFileSync(spec.keyPath))),
    evaluateOptions: () => ({ deadline: Date.now() + 15000 }),
    endorseOptions: () => ({ deadline: Date.now() + 15000 }),
    submitOptions: () => ({ deadline: Date.now() + 15000 }),
    commitStatusOptions: () => ({ deadline: Date.now() + 30000 }),
  });
  try {
    const contract = gateway.getNetwork(spec.channel).getContract(spec.chaincode);
    const put = (prefix) => (i) => contract.submitTransaction('Put', `${prefix}${i}`, `value-${i}`);
    const get = (prefix) => (i) => contract.evaluateTransaction('Get', `${prefix}${i % spec.submits}`);
    await phase(spec.warmup, spec.concurrency, put(`${spec.keyPrefix}warmup-`));
    await phase(spec.warmup, spec.concurrency, get(`${spec.keyPrefix}warmup-`));
    const submit = await phase(spec.submits, spec.concurrency, put(spec.keyPrefix));
    const evaluate = await phase(spec.evaluates, spec.concurrency, get(spec.keyPrefix));
    process.stdout.write(JSON.stringify({ submit, evaluate }));
  } finally {
    gateway.close();
    client.close();
  }
}

main().catch((error) => {
  process.stderr.write(String(error.stack || error));
  process.exit(1);
});
