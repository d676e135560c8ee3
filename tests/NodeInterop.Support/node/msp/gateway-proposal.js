'use strict';

// Builds a proposal offline with the official gateway client (no network call happens) and prints
// its transaction id with the nonce and creator decoded from the proposal header.
// stdin: { mspId, certificatePem?, certificatePath?, privateKeyPem?, privateKeyPath? }
// stdout: { transactionId, nonce: hex, creator: hex }

const crypto = require('node:crypto');
const fs = require('node:fs');
const grpc = require('@grpc/grpc-js');
const { connect, signers } = require('@hyperledger/fabric-gateway');
const { common, gateway: gatewayProtos, peer } = require('@hyperledger/fabric-protos');
const readStdinJson = require('./stdin-json');

readStdinJson().then((input) => {
  const credentials = input.certificatePem !== undefined
    ? Buffer.from(input.certificatePem, 'utf8')
    : fs.readFileSync(input.certificatePath);
  const keyPem = input.privateKeyPem ?? fs.readFileSync(input.privateKeyPath);
  const client = new grpc.Client('127.0.0.1:1', grpc.credentials.createInsecure());
  const gateway = connect({
    client,
    identity: { mspId: input.mspId, credentials },
    signer: signers.newPrivateKeySigner(crypto.createPrivateKey(keyPem)),
  });
  try {
    const proposal = gateway.getNetwork('ch').getContract('cc').newProposal('Fn', { arguments: ['a'] });
    // getBytes() is a gateway.ProposedTransaction wrapping the SignedProposal.
    const signedProposal = gatewayProtos.ProposedTransaction.deserializeBinary(proposal.getBytes()).getProposal();
    const header = common.Header.deserializeBinary(
      peer.Proposal.deserializeBinary(signedProposal.getProposalBytes_asU8()).getHeader_asU8());
    const signatureHeader = common.SignatureHeader.deserializeBinary(header.getSignatureHeader_asU8());
    process.stdout.write(JSON.stringify({
      transactionId: proposal.getTransactionId(),
      nonce: Buffer.from(signatureHeader.getNonce_asU8()).toString('hex'),
      creator: Buffer.from(signatureHeader.getCreator_asU8()).toString('hex'),
    }));
  } finally {
    gateway.close();
    client.close();
  }
});
