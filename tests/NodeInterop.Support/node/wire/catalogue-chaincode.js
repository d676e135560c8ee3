'use strict';
// Catalogue entries for the chaincode stream: every payload message and one ChaincodeMessage per
// Type value, each carrying the payload typical for its type.
const { ledger, peer } = require('@hyperledger/fabric-protos');
const { channelId, txId, utf8, bytesOf, timestamp } = require('./values');

const { queryresult } = ledger;
const Type = peer.ChaincodeMessage.Type;

function stateMetadata(metakey, value) {
  const m = new peer.StateMetadata();
  m.setMetakey(metakey);
  m.setValue(utf8(value));
  return m;
}

function resultBytes(message) {
  const m = new peer.QueryResultBytes();
  m.setResultbytes(bytesOf(message));
  return m;
}

/** Adds the payload entries; returns the entry each ChaincodeMessage type carries as payload. */
function addPayloads(add, shared) {
  const metadata = add('StateMetadata', stateMetadata('VALIDATION_PARAMETER', 'key-level-policy'));
  const queryMetadata = add('QueryMetadata', (() => {
    const m = new peer.QueryMetadata();
    m.setPagesize(25);
    m.setBookmark('bookmark-page-1');
    return m;
  })());
  const responseMetadata = add('QueryResponseMetadata', (() => {
    const m = new peer.QueryResponseMetadata();
    m.setFetchedRecordsCount(2);
    m.setBookmark('bookmark-page-2');
    return m;
  })());
  const kv = new queryresult.KV();
  kv.setNamespace('mutualaid');
  kv.setKey('claim~7');
  kv.setValue(utf8('{"status":"SUBMITTED"}'));
  const modification = new queryresult.KeyModification();
  modification.setTxId(txId);
  modification.setValue(utf8('{"status":"APPROVED"}'));
  modification.setTimestamp(timestamp(1767225700, 456000000));
  modification.setIsDelete(true);
  add('QueryResultBytes', resultBytes(kv));

  const payloads = {
    [Type.REGISTER]: add('ChaincodeID.PackageId', (() => {
      const m = new peer.ChaincodeID();
      m.setName('mutualaid_1.2:0a1b2c3d4e5f');
      return m;
    })()),
    [Type.INIT]: shared.input,
    [Type.READY]: add('ChaincodeAdditionalParams', (() => {
      const m = new peer.ChaincodeAdditionalParams();
      m.setUseWriteBatch(true);
      m.setMaxSizeWriteBatch(1000);
      m.setUseGetMultipleKeys(true);
      m.setMaxSizeGetMultipleKeys(200);
      return m;
    })()),
    [Type.TRANSACTION]: shared.input,
    [Type.COMPLETED]: shared.response,
    [Type.GET_STATE]: add('GetState', (() => {
      const m = new peer.GetState();
      m.setKey('medical~7');
      m.setCollection('medical');
      return m;
    })()),
    [Type.PUT_STATE]: add('PutState', (() => {
      const m = new peer.PutState();
      m.setKey('claim~7');
      m.setValue(utf8('{"status":"SUBMITTED"}'));
      m.setCollection('payouts');
      return m;
    })()),
    [Type.DEL_STATE]: add('DelState', (() => {
      const m = new peer.DelState();
      m.setKey('claim~6');
      m.setCollection('payouts');
      return m;
    })()),
    [Type.INVOKE_CHAINCODE]: shared.spec,
    [Type.RESPONSE]: add('QueryResponse', (() => {
      const m = new peer.QueryResponse();
      m.setResultsList([resultBytes(kv), resultBytes(kv)]);
      m.setHasMore(true);
      m.setId('iterator-1');
      m.setMetadata(bytesOf(responseMetadata));
      return m;
    })()),
    [Type.GET_STATE_BY_RANGE]: add('GetStateByRange', (() => {
      const m = new peer.GetStateByRange();
      m.setStartkey('claim~');
      m.setEndkey('claim~~');
      m.setCollection('payouts');
      m.setMetadata(bytesOf(queryMetadata));
      return m;
    })()),
    [Type.GET_QUERY_RESULT]: add('GetQueryResult', (() => {
      const m = new peer.GetQueryResult();
      m.setQuery('{"selector":{"status":"SUBMITTED"}}');
      m.setCollection('payouts');
      m.setMetadata(bytesOf(queryMetadata));
      return m;
    })()),
    [Type.QUERY_STATE_NEXT]: add('QueryStateNext', (() => {
      const m = new peer.QueryStateNext();
      m.setId('iterator-1');
      return m;
    })()),
    [Type.QUERY_STATE_CLOSE]: add('QueryStateClose', (() => {
      const m = new peer.QueryStateClose();
      m.setId('iterator-2');
      return m;
    })()),
    [Type.GET_HISTORY_FOR_KEY]: add('GetHistoryForKey', (() => {
      const m = new peer.GetHistoryForKey();
      m.setKey('claim~7');
      return m;
    })()),
    [Type.GET_STATE_METADATA]: add('GetStateMetadata', (() => {
      const m = new peer.GetStateMetadata();
      m.setKey('claim~7');
      m.setCollection('payouts');
      return m;
    })()),
    [Type.PUT_STATE_METADATA]: add('PutStateMetadata', (() => {
      const m = new peer.PutStateMetadata();
      m.setKey('claim~7');
      m.setCollection('payouts');
      m.setMetadata(metadata);
      return m;
    })()),
    [Type.GET_PRIVATE_DATA_HASH]: add('GetState.PrivateDataHash', (() => {
      const m = new peer.GetState();
      m.setKey('medical~8');
      m.setCollection('medical');
      return m;
    })()),
    [Type.PURGE_PRIVATE_DATA]: add('PurgePrivateState', (() => {
      const m = new peer.PurgePrivateState();
      m.setKey('medical~6');
      m.setCollection('medical');
      return m;
    })()),
    [Type.WRITE_BATCH_STATE]: add('WriteBatchState', (() => {
      const put = new peer.WriteRecord();
      put.setKey('claim~7');
      put.setValue(utf8('{"status":"SUBMITTED"}'));
      put.setCollection('payouts');
      put.setType(peer.WriteRecord.Type.PUT_STATE);
      const meta = new peer.WriteRecord();
      meta.setKey('claim~7');
      meta.setMetadata(metadata);
      meta.setType(peer.WriteRecord.Type.PUT_STATE_METADATA);
      const purge = new peer.WriteRecord();
      purge.setKey('medical~6');
      purge.setCollection('medical');
      purge.setType(peer.WriteRecord.Type.PURGE_PRIVATE_DATA);
      const m = new peer.WriteBatchState();
      m.setRecList([put, meta, purge]);
      return m;
    })()),
    [Type.GET_STATE_MULTIPLE]: add('GetStateMultiple', (() => {
      const m = new peer.GetStateMultiple();
      m.setKeysList(['claim~1', 'claim~2', 'claim~3']);
      m.setCollection('payouts');
      return m;
    })()),
  };

  add('QueryResponse.History', (() => {
    const m = new peer.QueryResponse();
    m.setResultsList([resultBytes(modification)]);
    m.setId('history-1');
    return m;
  })());
  add('StateMetadataResult', (() => {
    const m = new peer.StateMetadataResult();
    m.setEntriesList([metadata, stateMetadata('VALIDATION_PARAMETER_V2', 'second-policy')]);
    return m;
  })());
  add('GetStateMultipleResult', (() => {
    const m = new peer.GetStateMultipleResult();
    m.setValuesList([utf8('value-1'), new Uint8Array(0), utf8('value-3')]);
    return m;
  })());
  return payloads;
}

/** Adds payload entries and one "ChaincodeMessage.<TYPE>" entry per Type value. */
function addChaincodeMessages(add, shared) {
  const payloads = addPayloads(add, shared);
  for (const [name, type] of Object.entries(Type)) {
    const m = new peer.ChaincodeMessage();
    m.setType(type);
    m.setTimestamp(timestamp(1767225602, 789000));
    const payload = payloads[type];
    m.setPayload(payload ? bytesOf(payload) : utf8(`${name}-payload`));
    m.setTxid(txId);
    m.setChannelId(channelId);
    if (type === Type.INIT || type === Type.TRANSACTION) {
      m.setProposal(shared.signedProposal);
    }
    if (type === Type.COMPLETED) {
      m.setChaincodeEvent(shared.event);
    }
    add(`ChaincodeMessage.${name}`, m);
  }
}

module.exports = { addChaincodeMessages };
