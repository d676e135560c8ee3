'use strict';

// A contract on fabric-contract-api exercising what the development network must serve:
// state reads and writes, range scans, events, errors and the caller's identity.
const { Contract } = require('fabric-contract-api');

class InteropContract extends Contract {
  async Put(ctx, key, value) {
    await ctx.stub.putState(key, Buffer.from(value));
    ctx.stub.setEvent('Put', Buffer.from(JSON.stringify({ key, value })));
    return value;
  }

  async Get(ctx, key) {
    const value = await ctx.stub.getState(key);
    return value.toString();
  }

  async Delete(ctx, key) {
    await ctx.stub.deleteState(key);
  }

  async Increment(ctx, key) {
    const current = Number((await ctx.stub.getState(key)).toString() || '0');
    const next = String(current + 1);
    await ctx.stub.putState(key, Buffer.from(next));
    return next;
  }

  async Range(ctx, start, end) {
    const keys = [];
    for await (const entry of ctx.stub.getStateByRange(start, end)) {
      keys.push(entry.key);
    }
    return JSON.stringify(keys);
  }

  async History(ctx, key) {
    const changes = [];
    for await (const change of ctx.stub.getHistoryForKey(key)) {
      changes.push({ txId: change.txId, value: Buffer.from(change.value).toString(), isDelete: change.isDelete });
    }
    return JSON.stringify(changes);
  }

  async Fail(ctx, message) {
    throw new Error(message);
  }

  async WhoAmI(ctx) {
    return JSON.stringify({ mspId: ctx.clientIdentity.getMSPID(), id: ctx.clientIdentity.getID(), txId: ctx.stub.getTxID() });
  }
}

module.exports.contracts = [InteropContract];
