'use strict';
// Catalogue entries for read/write sets, query results and the transaction envelope.
const { common, ledger, peer } = require('@hyperledger/fabric-protos');
const { txId, utf8, bytesOf, timestamp } = require('./values');
const { endorsement } = require('./catalogue-proposal');

const { rwset } = ledger;
const { kvrwset } = rwset;
const { queryresult } = ledger;

function kvRead(key, version) {
  const read = new kvrwset.KVRead();
  read.setKey(key);
  if (version) {
    read.setVersion(version);
  }
  return read;
}

function version(blockNum, txNum) {
  const v = new kvrwset.Version();
  v.setBlockNum(blockNum);
  v.setTxNum(txNum);
  return v;
}

function metadataEntry(name, value) {
  const entry = new kvrwset.KVMetadataEntry();
  entry.setName(name);
  entry.setValue(utf8(value));
  return entry;
}

/** Adds the read/write sets (public, hashed, private) and query result records. */
function addReadWriteSets(add, entry) {
  const kvRwSet = add('KVRWSet', (() => {
    const m = new kvrwset.KVRWSet();
    m.setReadsList([kvRead('pool~disaster', version(12, 3)), kvRead('member~absent')]);
    const raw = new kvrwset.RangeQueryInfo();
    raw.setStartKey('claim~');
    raw.setEndKey('claim~~');
    raw.setItrExhausted(true);
    const reads = new kvrwset.QueryReads();
    reads.setKvReadsList([kvRead('claim~1', version(10, 0)), kvRead('claim~2', version(11, 4))]);
    raw.setRawReads(reads);
    const merkle = new kvrwset.RangeQueryInfo();
    merkle.setStartKey('payout~');
    merkle.setEndKey('payout~~');
    const summary = new kvrwset.QueryReadsMerkleSummary();
    summary.setMaxDegree(4);
    summary.setMaxLevel(2);
    summary.setMaxLevelHashesList([utf8('level-hash-1'), utf8('level-hash-2')]);
    merkle.setReadsMerkleHashes(summary);
    m.setRangeQueriesInfoList([raw, merkle]);
    const write = new kvrwset.KVWrite();
    write.setKey('claim~7');
    write.setValue(utf8('{"status":"SUBMITTED"}'));
    const del = new kvrwset.KVWrite();
    del.setKey('claim~6');
    del.setIsDelete(true);
    m.setWritesList([write, del]);
    const metadataWrite = new kvrwset.KVMetadataWrite();
    metadataWrite.setKey('claim~7');
    metadataWrite.setEntriesList([metadataEntry('VALIDATION_PARAMETER', 'key-level-policy')]);
    m.setMetadataWritesList([metadataWrite]);
    return m;
  })());
  const hashedRwSet = add('HashedRWSet', (() => {
    const m = new kvrwset.HashedRWSet();
    const read = new kvrwset.KVReadHash();
    read.setKeyHash(utf8('hash-of-medical~7'));
    read.setVersion(version(9, 1));
    m.setHashedReadsList([read]);
    const write = new kvrwset.KVWriteHash();
    write.setKeyHash(utf8('hash-of-medical~7'));
    write.setValueHash(utf8('hash-of-value'));
    const purge = new kvrwset.KVWriteHash();
    purge.setKeyHash(utf8('hash-of-medical~6'));
    purge.setIsDelete(true);
    purge.setIsPurge(true);
    m.setHashedWritesList([write, purge]);
    const metadataWrite = new kvrwset.KVMetadataWriteHash();
    metadataWrite.setKeyHash(utf8('hash-of-medical~7'));
    metadataWrite.setEntriesList([metadataEntry('VALIDATION_PARAMETER_V2', 'collection-policy')]);
    m.setMetadataWritesList([metadataWrite]);
    return m;
  })());
  const txRwSet = add('TxReadWriteSet', (() => {
    const m = new rwset.TxReadWriteSet();
    m.setDataModel(rwset.TxReadWriteSet.DataModel.KV);
    const ns = new rwset.NsReadWriteSet();
    ns.setNamespace('mutualaid');
    ns.setRwset(bytesOf(kvRwSet));
    const collection = new rwset.CollectionHashedReadWriteSet();
    collection.setCollectionName('medical');
    collection.setHashedRwset(bytesOf(hashedRwSet));
    collection.setPvtRwsetHash(utf8('private-rwset-hash'));
    ns.setCollectionHashedRwsetList([collection]);
    m.setNsRwsetList([ns]);
    return m;
  })());
  const pvtRwSet = add('TxPvtReadWriteSet', (() => {
    const m = new rwset.TxPvtReadWriteSet();
    const ns = new rwset.NsPvtReadWriteSet();
    ns.setNamespace('mutualaid');
    const collection = new rwset.CollectionPvtReadWriteSet();
    collection.setCollectionName('medical');
    collection.setRwset(bytesOf(kvRwSet));
    ns.setCollectionPvtRwsetList([collection]);
    m.setNsPvtRwsetList([ns]);
    return m;
  })());
  add('KV', (() => {
    const m = new queryresult.KV();
    m.setNamespace('mutualaid');
    m.setKey('pool~disaster');
    m.setValue(utf8('{"balance":1000000}'));
    return m;
  })());
  add('KeyModification', (() => {
    const m = new queryresult.KeyModification();
    m.setTxId(txId);
    m.setValue(utf8('{"status":"APPROVED"}'));
    m.setTimestamp(timestamp(1767225700, 456000000));
    m.setIsDelete(true);
    return m;
  })());
}

/** Adds the transaction layers, from the endorsed action up to the signed envelope. */
function addTransactions(add, entry) {
  const signatureHeader = entry('SignatureHeader');
  const header = entry('Header');
  const responsePayload = entry('ProposalResponsePayload');
  const insurerEndorsement = entry('Endorsement');
  const endorsedAction = add('ChaincodeEndorsedAction', (() => {
    const m = new peer.ChaincodeEndorsedAction();
    m.setProposalResponsePayload(bytesOf(responsePayload));
    m.setEndorsementsList([insurerEndorsement, endorsement('ReliefMSP', 'relief-endorsement')]);
    return m;
  })());
  const actionPayload = add('ChaincodeActionPayload', (() => {
    const m = new peer.ChaincodeActionPayload();
    m.setChaincodeProposalPayload(bytesOf(entry('ChaincodeProposalPayload.WithoutTransientMap')));
    m.setAction(endorsedAction);
    return m;
  })());
  const transactionAction = add('TransactionAction', (() => {
    const m = new peer.TransactionAction();
    m.setHeader(bytesOf(signatureHeader));
    m.setPayload(bytesOf(actionPayload));
    return m;
  })());
  const transaction = add('Transaction', (() => {
    const second = new peer.TransactionAction();
    second.setHeader(utf8('second-header'));
    second.setPayload(utf8('second-payload'));
    const m = new peer.Transaction();
    m.setActionsList([transactionAction, second]);
    return m;
  })());
  const payload = add('Payload', (() => {
    const m = new common.Payload();
    m.setHeader(header);
    m.setData(bytesOf(transaction));
    return m;
  })());
  const envelope = add('Envelope', (() => {
    const m = new common.Envelope();
    m.setPayload(bytesOf(payload));
    m.setSignature(utf8('submitter-signature'));
    return m;
  })());
  add('ProcessedTransaction', (() => {
    const m = new peer.ProcessedTransaction();
    m.setTransactionenvelope(envelope);
    m.setValidationcode(peer.TxValidationCode.MVCC_READ_CONFLICT);
    return m;
  })());
}

module.exports = { addReadWriteSets, addTransactions };
