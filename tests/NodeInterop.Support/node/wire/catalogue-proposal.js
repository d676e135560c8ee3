'use strict';
// Catalogue entries for proposals, from ChaincodeID up to SignedProposal, and proposal responses.
const { common, msp, peer } = require('@hyperledger/fabric-protos');
const { channelId, txId, utf8, bytesOf, timestamp } = require('./values');
const { signaturePolicyEnvelope } = require('./catalogue-policy');

function chaincodeId(name, version, path) {
  const id = new peer.ChaincodeID();
  id.setPath(path);
  id.setName(name);
  id.setVersion(version);
  return id;
}

function identity(mspId, pem) {
  const id = new msp.SerializedIdentity();
  id.setMspid(mspId);
  id.setIdBytes(utf8(pem));
  return id;
}

function endorsement(mspId, signature) {
  const e = new peer.Endorsement();
  e.setEndorser(bytesOf(identity(mspId, `-----BEGIN CERTIFICATE-----\n${mspId}-peer\n-----END CERTIFICATE-----\n`)));
  e.setSignature(utf8(signature));
  return e;
}

function chaincodeEvent() {
  const event = new peer.ChaincodeEvent();
  event.setChaincodeId('mutualaid');
  event.setTxId(txId);
  event.setEventName('ClaimSubmitted');
  event.setPayload(utf8('{"claimId":"claim-7","amount":25000}'));
  return event;
}

/** Adds the proposal layers and the response and event a chaincode returns. */
function addProposals(add, entry) {
  const ccId = add('ChaincodeID', chaincodeId('mutualaid', '1.2', 'github.com/mutualaid/chaincode'));
  const input = add('ChaincodeInput', (() => {
    const m = new peer.ChaincodeInput();
    m.setArgsList([utf8('Claims:SubmitClaim'), utf8('claim-7'), utf8('25000')]);
    m.getDecorationsMap().set('alpha', utf8('decoration-a'));
    m.getDecorationsMap().set('beta', utf8('decoration-b'));
    m.setIsInit(true);
    return m;
  })());
  const spec = add('ChaincodeSpec', (() => {
    const m = new peer.ChaincodeSpec();
    m.setType(peer.ChaincodeSpec.Type.NODE);
    m.setChaincodeId(ccId);
    m.setInput(input);
    m.setTimeout(30);
    return m;
  })());
  const invocation = add('ChaincodeInvocationSpec', (() => {
    const m = new peer.ChaincodeInvocationSpec();
    m.setChaincodeSpec(spec);
    return m;
  })());
  const proposalPayload = add('ChaincodeProposalPayload', (() => {
    const m = new peer.ChaincodeProposalPayload();
    m.setInput(bytesOf(invocation));
    m.getTransientmapMap().set('medical', utf8('{"diagnosis":"confidential"}'));
    m.getTransientmapMap().set('salt', utf8('salt-7'));
    return m;
  })());
  add('ChaincodeProposalPayload.WithoutTransientMap', (() => {
    const m = new peer.ChaincodeProposalPayload();
    m.setInput(bytesOf(invocation));
    return m;
  })());
  const headerExtension = add('ChaincodeHeaderExtension', (() => {
    const m = new peer.ChaincodeHeaderExtension();
    m.setChaincodeId(ccId);
    return m;
  })());
  const channelHeader = add('ChannelHeader', (() => {
    const m = new common.ChannelHeader();
    m.setType(common.HeaderType.ENDORSER_TRANSACTION);
    m.setVersion(2);
    m.setTimestamp(timestamp(1767225600, 123000000));
    m.setChannelId(channelId);
    m.setTxId(txId);
    m.setEpoch(7);
    m.setExtension$(bytesOf(headerExtension));
    m.setTlsCertHash(utf8('tls-cert-hash'));
    return m;
  })());
  const creator = add('SerializedIdentity', identity('InsurerMSP', '-----BEGIN CERTIFICATE-----\nInsurerMSP-client\n-----END CERTIFICATE-----\n'));
  const signatureHeader = add('SignatureHeader', (() => {
    const m = new common.SignatureHeader();
    m.setCreator(bytesOf(creator));
    m.setNonce(utf8('nonce-of-24-bytes-exact!'));
    return m;
  })());
  const header = add('Header', (() => {
    const m = new common.Header();
    m.setChannelHeader(bytesOf(channelHeader));
    m.setSignatureHeader(bytesOf(signatureHeader));
    return m;
  })());
  const proposal = add('Proposal', (() => {
    const m = new peer.Proposal();
    m.setHeader(bytesOf(header));
    m.setPayload(bytesOf(proposalPayload));
    m.setExtension$(utf8('proposal-extension'));
    return m;
  })());
  const signedProposal = add('SignedProposal', (() => {
    const m = new peer.SignedProposal();
    m.setProposalBytes(bytesOf(proposal));
    m.setSignature(utf8('client-signature'));
    return m;
  })());
  const response = add('Response', (() => {
    const m = new peer.Response();
    m.setStatus(200);
    m.setMessage('claim accepted');
    m.setPayload(utf8('{"claimId":"claim-7"}'));
    return m;
  })());
  const event = add('ChaincodeEvent', chaincodeEvent());
}

/** Adds the proposal response layers; needs the read/write set entries. */
function addProposalResponses(add, entry) {
  const ccId = entry('ChaincodeID');
  const response = entry('Response');
  const event = entry('ChaincodeEvent');
  const txRwSet = entry('TxReadWriteSet');
  const policyEnvelope = add('SignaturePolicyEnvelope', signaturePolicyEnvelope());
  const action = add('ChaincodeAction', (() => {
    const m = new peer.ChaincodeAction();
    m.setResults(bytesOf(txRwSet));
    m.setEvents(bytesOf(event));
    m.setResponse(response);
    m.setChaincodeId(ccId);
    return m;
  })());
  const responsePayload = add('ProposalResponsePayload', (() => {
    const m = new peer.ProposalResponsePayload();
    m.setProposalHash(utf8('sha256-of-proposal'));
    m.setExtension$(bytesOf(action));
    return m;
  })());
  const insurerEndorsement = add('Endorsement', endorsement('InsurerMSP', 'insurer-endorsement'));
  const interest = add('ChaincodeInterest', (() => {
    const call = new peer.ChaincodeCall();
    call.setName('mutualaid');
    call.setCollectionNamesList(['medical', 'payouts']);
    call.setNoPrivateReads(true);
    call.setNoPublicWrites(true);
    call.setKeyPoliciesList([policyEnvelope]);
    call.setDisregardNamespacePolicy(true);
    const m = new peer.ChaincodeInterest();
    m.setChaincodesList([call]);
    return m;
  })());
  add('ProposalResponse', (() => {
    const m = new peer.ProposalResponse();
    m.setVersion(1);
    m.setTimestamp(timestamp(1767225601, 5000));
    m.setResponse(response);
    m.setPayload(bytesOf(responsePayload));
    m.setEndorsement(insurerEndorsement);
    m.setInterest(interest);
    return m;
  })());
}

module.exports = { addProposals, addProposalResponses, endorsement };
