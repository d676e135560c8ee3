'use strict';

// Signs messages with the official gateway client's signer: SHA-256 digest, then
// signers.newPrivateKeySigner over that digest (DER, low-S).
// stdin: { privateKeyPem? , privateKeyPath?, messages: [hex] }
// stdout: [signature hex]

const crypto = require('node:crypto');
const fs = require('node:fs');
const { hash, signers } = require('@hyperledger/fabric-gateway');
const readStdinJson = require('./stdin-json');

readStdinJson().then(async (input) => {
  const pem = input.privateKeyPem ?? fs.readFileSync(input.privateKeyPath);
  const signer = signers.newPrivateKeySigner(crypto.createPrivateKey(pem));
  const signatures = [];
  for (const message of input.messages) {
    const digest = hash.sha256(Buffer.from(message, 'hex'));
    signatures.push(Buffer.from(await signer(digest)).toString('hex'));
  }
  process.stdout.write(JSON.stringify(signatures));
});
