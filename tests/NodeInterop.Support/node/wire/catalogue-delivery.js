'use strict';
// Catalogue entries for the gateway service, block delivery (peer and orderer) and the gateway's
// error details.
const { common, gateway, google, orderer, peer } = require('@hyperledger/fabric-protos');
const { Any } = require('google-protobuf/google/protobuf/any_pb');
const { channelId, txId, utf8, bytesOf } = require('./values');

function seekPosition(kind) {
  const position = new orderer.SeekPosition();
  if (kind === 'Newest') position.setNewest(new orderer.SeekNewest());
  if (kind === 'Oldest') position.setOldest(new orderer.SeekOldest());
  if (kind === 'NextCommit') position.setNextCommit(new orderer.SeekNextCommit());
  if (kind === 'Specified') {
    const specified = new orderer.SeekSpecified();
    specified.setNumber(1234);
    position.setSpecified(specified);
  }
  return position;
}

function errorDetail(address, mspId, message) {
  const m = new gateway.ErrorDetail();
  m.setAddress(address);
  m.setMspId(mspId);
  m.setMessage(message);
  return m;
}

function addGatewayMessages(add, shared) {
  const identity = bytesOf(shared.creator);
  add('EndorseRequest', (() => {
    const m = new gateway.EndorseRequest();
    m.setTransactionId(txId);
    m.setChannelId(channelId);
    m.setProposedTransaction(shared.signedProposal);
    m.setEndorsingOrganizationsList(['InsurerMSP', 'ReliefMSP']);
    return m;
  })());
  add('EndorseResponse', (() => {
    const m = new gateway.EndorseResponse();
    m.setPreparedTransaction(shared.envelope);
    return m;
  })());
  add('SubmitRequest', (() => {
    const m = new gateway.SubmitRequest();
    m.setTransactionId(txId);
    m.setChannelId(channelId);
    m.setPreparedTransaction(shared.envelope);
    return m;
  })());
  add('SubmitResponse', new gateway.SubmitResponse());
  const commitStatusRequest = add('CommitStatusRequest', (() => {
    const m = new gateway.CommitStatusRequest();
    m.setTransactionId(txId);
    m.setChannelId(channelId);
    m.setIdentity(identity);
    return m;
  })());
  add('SignedCommitStatusRequest', (() => {
    const m = new gateway.SignedCommitStatusRequest();
    m.setRequest(bytesOf(commitStatusRequest));
    m.setSignature(utf8('commit-status-signature'));
    return m;
  })());
  add('CommitStatusResponse', (() => {
    const m = new gateway.CommitStatusResponse();
    m.setResult(peer.TxValidationCode.ENDORSEMENT_POLICY_FAILURE);
    m.setBlockNumber(42);
    return m;
  })());
  add('EvaluateRequest', (() => {
    const m = new gateway.EvaluateRequest();
    m.setTransactionId(txId);
    m.setChannelId(channelId);
    m.setProposedTransaction(shared.signedProposal);
    m.setTargetOrganizationsList(['RegulatorMSP']);
    return m;
  })());
  add('EvaluateResponse', (() => {
    const m = new gateway.EvaluateResponse();
    m.setResult(shared.response);
    return m;
  })());
  let eventsRequest;
  for (const kind of ['Newest', 'Oldest', 'Specified', 'NextCommit']) {
    const m = new gateway.ChaincodeEventsRequest();
    m.setChannelId(channelId);
    m.setChaincodeId('mutualaid');
    m.setIdentity(identity);
    m.setStartPosition(seekPosition(kind));
    m.setAfterTransactionId(txId);
    eventsRequest = add(`ChaincodeEventsRequest.${kind}`, m);
  }
  add('SignedChaincodeEventsRequest', (() => {
    const m = new gateway.SignedChaincodeEventsRequest();
    m.setRequest(bytesOf(eventsRequest));
    m.setSignature(utf8('events-signature'));
    return m;
  })());
  add('ChaincodeEventsResponse', (() => {
    const second = shared.event.cloneMessage();
    second.setEventName('ClaimApproved');
    const m = new gateway.ChaincodeEventsResponse();
    m.setEventsList([shared.event, second]);
    m.setBlockNumber(43);
    return m;
  })());
  const detail = add('ErrorDetail', errorDetail('peer0.insurer.example:7051', 'InsurerMSP', 'chaincode response 500, pool closed'));
  add('ProposedTransaction', (() => {
    const m = new gateway.ProposedTransaction();
    m.setTransactionId(txId);
    m.setProposal(shared.signedProposal);
    m.setEndorsingOrganizationsList(['InsurerMSP', 'ReliefMSP']);
    return m;
  })());
  add('PreparedTransaction', (() => {
    const m = new gateway.PreparedTransaction();
    m.setTransactionId(txId);
    m.setEnvelope(shared.envelope);
    return m;
  })());
  add('Status', (() => {
    const packed = (message) => {
      const any = new Any();
      any.setTypeUrl('type.googleapis.com/gateway.ErrorDetail');
      any.setValue(bytesOf(message));
      return any;
    };
    const m = new google.rpc.Status();
    m.setCode(10);
    m.setMessage('failed to endorse transaction, see attached details for more info');
    m.setDetailsList([packed(detail), packed(errorDetail('peer0.relief.example:7051', 'ReliefMSP', 'timeout'))]);
    return m;
  })());
}

function addDeliverMessages(add, shared) {
  add('SeekInfo', (() => {
    const m = new orderer.SeekInfo();
    m.setStart(seekPosition('Specified'));
    m.setStop(seekPosition('Newest'));
    m.setBehavior(orderer.SeekInfo.SeekBehavior.FAIL_IF_NOT_READY);
    m.setErrorResponse(orderer.SeekInfo.SeekErrorResponse.BEST_EFFORT);
    m.setContentType(orderer.SeekInfo.SeekContentType.HEADER_WITH_SIG);
    return m;
  })());
  add('BroadcastResponse', (() => {
    const m = new orderer.BroadcastResponse();
    m.setStatus(common.Status.SERVICE_UNAVAILABLE);
    m.setInfo('no Raft leader');
    return m;
  })());
  add('OrdererDeliverResponse.Status', (() => {
    const m = new orderer.DeliverResponse();
    m.setStatus(common.Status.NOT_FOUND);
    return m;
  })());
  add('OrdererDeliverResponse.Block', (() => {
    const m = new orderer.DeliverResponse();
    m.setBlock(shared.block);
    return m;
  })());
  add('DeliverResponse.Status', (() => {
    const m = new peer.DeliverResponse();
    m.setStatus(common.Status.FORBIDDEN);
    return m;
  })());
  add('DeliverResponse.Block', (() => {
    const m = new peer.DeliverResponse();
    m.setBlock(shared.block);
    return m;
  })());
  const filteredBlock = add('FilteredBlock', (() => {
    const action = new peer.FilteredChaincodeAction();
    action.setChaincodeEvent(shared.event);
    const actions = new peer.FilteredTransactionActions();
    actions.setChaincodeActionsList([action]);
    const valid = new peer.FilteredTransaction();
    valid.setTxid(txId);
    valid.setType(common.HeaderType.ENDORSER_TRANSACTION);
    valid.setTxValidationCode(peer.TxValidationCode.MVCC_READ_CONFLICT);
    valid.setTransactionActions(actions);
    const config = new peer.FilteredTransaction();
    config.setTxid('config-tx');
    config.setType(common.HeaderType.CONFIG);
    config.setTxValidationCode(peer.TxValidationCode.INVALID_OTHER_REASON);
    const m = new peer.FilteredBlock();
    m.setChannelId(channelId);
    m.setNumber(42);
    m.setFilteredTransactionsList([valid, config]);
    return m;
  })());
  add('DeliverResponse.FilteredBlock', (() => {
    const m = new peer.DeliverResponse();
    m.setFilteredBlock(filteredBlock);
    return m;
  })());
  const withPrivateData = add('BlockAndPrivateData', (() => {
    const m = new peer.BlockAndPrivateData();
    m.setBlock(shared.block);
    // Keys are non-zero: Node writes a zero map key explicitly where .NET omits it (both decode alike),
    // which would defeat the byte-for-byte comparison.
    m.getPrivateDataMapMap().set(1, shared.pvtRwSet);
    m.getPrivateDataMapMap().set(3, shared.pvtRwSet);
    return m;
  })());
  add('DeliverResponse.BlockAndPrivateData', (() => {
    const m = new peer.DeliverResponse();
    m.setBlockAndPrivateData(withPrivateData);
    return m;
  })());
}

/** Adds the gateway, deliver and orderer entries. */
function addDeliveryMessages(add, shared) {
  addGatewayMessages(add, shared);
  addDeliverMessages(add, shared);
}

module.exports = { addDeliveryMessages };
