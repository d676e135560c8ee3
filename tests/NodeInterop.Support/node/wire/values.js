'use strict';
// Small value builders shared by the catalogue files.
const { Timestamp } = require('google-protobuf/google/protobuf/timestamp_pb');

const channelId = 'mutualaid-channel';
const txId = '5f0c3a9e8b7d6c5b4a39281706f5e4d3c2b1a09f8e7d6c5b4a3928170605f4e3';

// Plain Uint8Array (not Buffer) so that values read back from the wire compare equal in JSON.
const utf8 = (text) => new Uint8Array(Buffer.from(text, 'utf8'));
const bytesOf = (message) => message.serializeBinary();

function timestamp(seconds, nanos) {
  const t = new Timestamp();
  t.setSeconds(seconds);
  t.setNanos(nanos);
  return t;
}

module.exports = { channelId, txId, utf8, bytesOf, timestamp };
