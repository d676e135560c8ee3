'use strict';

// Builds an unsigned proposal offline with the official gateway client (Contract.newProposal; no
// network call happens) and prints its serialized gateway.ProposedTransaction.
// stdin: { mspId, certificatePem, privateKeyPem, channel, chaincode, contract?, transaction,
//          arguments: [base64], transient: { key: base64 }, endorsingOrganizations: [mspId] }
// stdout: { transactionId, bytes: base64 }

const crypto = require('node:crypto');
const grpc = require('@grpc/grpc-js');
const { connect, signers } = require('@hyperledger/fabric-gateway');

function readStdinJson() {
  return new Promise((resolve, reject) => {
    const chunks = [];
    process.stdin.on('data', (chunk) => chunks.push(chunk));
    process.stdin.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString('utf8'))));
    process.stdin.on('error', reject);
  });
}

readStdinJson().then((input) => {
  const client = new grpc.Client('127.0.0.1:1', grpc.credentials.createInsecure());
  const gateway = connect({
    client,
    identity: { mspId: input.mspId, credentials: Buffer.from(input.certificatePem, 'utf8') },
    signer: signers.newPrivateKeySigner(crypto.createPrivateKey(input.privateKeyPem)),
  });
  try {
    const contract = gateway.getNetwork(input.channel).getContract(input.chaincode, input.contract);
    const transientData = {};
    for (const [key, value] of Object.entries(input.transient ?? {})) {
      transientData[key] = Buffer.from(value, 'base64');
    }
    const options = {
      arguments: (input.arguments ?? []).map((value) => Buffer.from(value, 'base64')),
      transientData,
    };
    if ((input.endorsingOrganizations ?? []).length > 0) {
      options.endorsingOrganizations = input.endorsingOrganizations;
    }
    const proposal = contract.newProposal(input.transaction, options);
    process.stdout.write(JSON.stringify({
      transactionId: proposal.getTransactionId(),
      bytes: Buffer.from(proposal.getBytes()).toString('base64'),
    }));
  } finally {
    gateway.close();
    client.close();
  }
});
