'use strict';
// The wire catalogue, built with the official Fabric Node bindings. Every entry mirrors an entry of
// the .NET WireCatalogue with the same name and the same field values; layers that Fabric nests as
// bytes (a Proposal inside a SignedProposal...) are entries of their own, and the outer entry holds
// the inner entry's serialized bytes. Later families reuse earlier entries by name.
const { addProposals, addProposalResponses } = require('./catalogue-proposal');
const { addReadWriteSets, addTransactions } = require('./catalogue-transaction');
const { addBlocks, addConfiguration } = require('./catalogue-block');
const { addPolicies, addChaincodeDefinitions } = require('./catalogue-policy');
const { addChaincodeMessages } = require('./catalogue-chaincode');
const { addDeliveryMessages } = require('./catalogue-delivery');

/** Builds every entry; returns a Map from entry name to message. */
function build() {
  const entries = new Map();
  const add = (name, message) => {
    if (entries.has(name)) {
      throw new Error(`duplicate catalogue entry ${name}`);
    }
    entries.set(name, message);
    return message;
  };
  const entry = (name) => {
    if (!entries.has(name)) {
      throw new Error(`catalogue entry ${name} is not built yet`);
    }
    return entries.get(name);
  };

  for (const addFamily of [
    addProposals, addReadWriteSets, addProposalResponses, addTransactions,
    addBlocks, addConfiguration, addPolicies, addChaincodeDefinitions,
  ]) {
    addFamily(add, entry);
  }
  addChaincodeMessages(add, {
    signedProposal: entry('SignedProposal'),
    response: entry('Response'),
    event: entry('ChaincodeEvent'),
    spec: entry('ChaincodeSpec'),
    input: entry('ChaincodeInput'),
  });
  addDeliveryMessages(add, {
    block: entry('Block'),
    pvtRwSet: entry('TxPvtReadWriteSet'),
    event: entry('ChaincodeEvent'),
    envelope: entry('Envelope'),
    signedProposal: entry('SignedProposal'),
    response: entry('Response'),
    creator: entry('SerializedIdentity'),
  });
  return entries;
}

module.exports = { build };
