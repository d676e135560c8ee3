'use strict';
// Catalogue entries for blocks with all five metadata entries, and the channel configuration a
// config block carries.
const { common, peer } = require('@hyperledger/fabric-protos');
const { channelId, utf8, bytesOf } = require('./values');

function ordererConfigEnvelope() {
  const envelope = new common.Envelope();
  envelope.setPayload(utf8('config-payload'));
  envelope.setSignature(utf8('orderer-signature'));
  return envelope;
}

/** Adds the block and its parts. */
function addBlocks(add, entry) {
  const envelope = entry('Envelope');
  const signatureHeader = entry('SignatureHeader');
  const blockHeader = add('BlockHeader', (() => {
    const m = new common.BlockHeader();
    m.setNumber(42);
    m.setPreviousHash(utf8('hash-of-block-41'));
    m.setDataHash(utf8('hash-of-data-42'));
    return m;
  })());
  const blockData = add('BlockData', (() => {
    const m = new common.BlockData();
    m.setDataList([bytesOf(envelope), bytesOf(ordererConfigEnvelope())]);
    return m;
  })());
  const lastConfig = add('LastConfig', (() => {
    const m = new common.LastConfig();
    m.setIndex(5);
    return m;
  })());
  const identifierHeader = add('IdentifierHeader', (() => {
    const m = new common.IdentifierHeader();
    m.setIdentifier(9);
    m.setNonce(utf8('identifier-nonce'));
    return m;
  })());
  const metadataSignature = add('MetadataSignature', (() => {
    const m = new common.MetadataSignature();
    m.setSignatureHeader(bytesOf(signatureHeader));
    m.setSignature(utf8('orderer-block-signature'));
    m.setIdentifierHeader(bytesOf(identifierHeader));
    return m;
  })());
  const ordererMetadata = add('OrdererBlockMetadata', (() => {
    const m = new common.OrdererBlockMetadata();
    m.setLastConfig(lastConfig);
    m.setConsenterMetadata(utf8('raft-metadata'));
    return m;
  })());
  const signaturesMetadata = add('Metadata', (() => {
    const m = new common.Metadata();
    m.setValue(bytesOf(ordererMetadata));
    m.setSignaturesList([metadataSignature]);
    return m;
  })());
  const lastConfigMetadata = new common.Metadata();
  lastConfigMetadata.setValue(bytesOf(lastConfig));
  const blockMetadata = add('BlockMetadata', (() => {
    const m = new common.BlockMetadata();
    m.setMetadataList([
      bytesOf(signaturesMetadata),
      bytesOf(lastConfigMetadata),
      Uint8Array.from([peer.TxValidationCode.VALID, peer.TxValidationCode.MVCC_READ_CONFLICT]),
      utf8('orderer-metadata'),
      utf8('commit-hash'),
    ]);
    return m;
  })());
  const block = add('Block', (() => {
    const m = new common.Block();
    m.setHeader(blockHeader);
    m.setData(blockData);
    m.setMetadata(blockMetadata);
    return m;
  })());
  add('BlockchainInfo', (() => {
    const snapshot = new common.BootstrappingSnapshotInfo();
    snapshot.setLastblockinsnapshot(40);
    const m = new common.BlockchainInfo();
    m.setHeight(43);
    m.setCurrentblockhash(utf8('hash-of-block-42'));
    m.setPreviousblockhash(utf8('hash-of-block-41'));
    m.setBootstrappingsnapshotinfo(snapshot);
    return m;
  })());
}

/** Adds the channel configuration tree and a signed config update. */
function addConfiguration(add, entry) {
  const signatureHeader = entry('SignatureHeader');
  const policyEnvelope = entry('SignaturePolicyEnvelope');
  const implicitMeta = add('ImplicitMetaPolicy', (() => {
    const m = new common.ImplicitMetaPolicy();
    m.setSubPolicy('Endorsement');
    m.setRule(common.ImplicitMetaPolicy.Rule.MAJORITY);
    return m;
  })());
  add('Policy', (() => {
    const m = new common.Policy();
    m.setType(common.Policy.PolicyType.SIGNATURE);
    m.setValue(bytesOf(policyEnvelope));
    return m;
  })());
  const configGroup = add('ConfigGroup', (() => {
    const child = new common.ConfigGroup();
    child.setVersion(2);
    child.setModPolicy('Admins');
    const value = new common.ConfigValue();
    value.setVersion(3);
    value.setValue(utf8('capabilities'));
    value.setModPolicy('Admins');
    const policy = new common.Policy();
    policy.setType(common.Policy.PolicyType.IMPLICIT_META);
    policy.setValue(bytesOf(implicitMeta));
    const configPolicy = new common.ConfigPolicy();
    configPolicy.setVersion(4);
    configPolicy.setPolicy(policy);
    configPolicy.setModPolicy('Admins');
    const m = new common.ConfigGroup();
    m.setVersion(1);
    m.getGroupsMap().set('Application', child);
    m.getValuesMap().set('Capabilities', value);
    m.getPoliciesMap().set('Endorsement', configPolicy);
    m.setModPolicy('Admins');
    return m;
  })());
  add('ConfigEnvelope', (() => {
    const config = new common.Config();
    config.setSequence(6);
    config.setChannelGroup(configGroup);
    const m = new common.ConfigEnvelope();
    m.setConfig(config);
    m.setLastUpdate(ordererConfigEnvelope());
    return m;
  })());
  const configUpdate = add('ConfigUpdate', (() => {
    const m = new common.ConfigUpdate();
    m.setChannelId(channelId);
    m.setReadSet(configGroup);
    m.setWriteSet(configGroup);
    m.getIsolatedDataMap().set('isolated', utf8('isolated-data'));
    return m;
  })());
  add('ConfigUpdateEnvelope', (() => {
    const signature = new common.ConfigSignature();
    signature.setSignatureHeader(bytesOf(signatureHeader));
    signature.setSignature(utf8('admin-signature'));
    const m = new common.ConfigUpdateEnvelope();
    m.setConfigUpdate(bytesOf(configUpdate));
    m.setSignaturesList([signature]);
    return m;
  })());
}

module.exports = { addBlocks, addConfiguration };
