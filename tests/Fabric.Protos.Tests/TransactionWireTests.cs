using Fabric.Protos.Common;
using Fabric.Protos.Ledger.KvRwset;
using Fabric.Protos.Ledger.Rwset;
using Fabric.Protos.Peer;
using Fabric.Protos.Tests.Catalogue;
using Fabric.Protos.Tests.Interop;
using Google.Protobuf;

namespace Fabric.Protos.Tests;

/// <summary>Transaction envelopes, read/write sets and query results against the official Node bindings.</summary>
public sealed class TransactionWireTests
{
    [Test]
    public async Task Envelope_EncodedByNode_DecodesEveryLayerDownToTheWriteSet()
    {
        var bytes = await NodeWire.EncodedByNodeAsync("Envelope");

        var envelope = Envelope.Parser.ParseFrom(bytes);
        var payload = Payload.Parser.ParseFrom(envelope.Payload);
        var transaction = Transaction.Parser.ParseFrom(payload.Data);
        var actionPayload = ChaincodeActionPayload.Parser.ParseFrom(transaction.Actions[0].Payload);
        var endorsed = actionPayload.Action;
        var responsePayload = ProposalResponsePayload.Parser.ParseFrom(endorsed.ProposalResponsePayload);
        var action = ChaincodeAction.Parser.ParseFrom(responsePayload.Extension);
        var rwSet = TxReadWriteSet.Parser.ParseFrom(action.Results);
        var ns = rwSet.NsRwset.Single();
        var kv = KVRWSet.Parser.ParseFrom(ns.Rwset);
        var hashed = HashedRWSet.Parser.ParseFrom(ns.CollectionHashedRwset.Single().HashedRwset);

        Assert.Multiple(() =>
        {
            Assert.That(envelope.Signature.ToStringUtf8(), Is.EqualTo("submitter-signature"));
            Assert.That(payload.Header, Is.EqualTo(WireCatalogue.Get<Header>("Header")));
            Assert.That(transaction.Actions, Has.Count.EqualTo(2));
            Assert.That(transaction.Actions[0].Header, Is.EqualTo(WireCatalogue.Get<SignatureHeader>("SignatureHeader").ToByteString()));
            Assert.That(ChaincodeProposalPayload.Parser.ParseFrom(actionPayload.ChaincodeProposalPayload).TransientMap, Is.Empty);
            Assert.That(endorsed.Endorsements.Select(e => e.Signature.ToStringUtf8()), Is.EqualTo(new[] { "insurer-endorsement", "relief-endorsement" }));
            Assert.That(ns.Namespace, Is.EqualTo("mutualaid"));
            Assert.That(kv.Reads[0].Version, Is.EqualTo(new Ledger.KvRwset.Version { BlockNum = 12, TxNum = 3 }));
            Assert.That(kv.Reads[1].Version, Is.Null, "a read of a missing key carries no version");
            Assert.That(kv.RangeQueriesInfo[0].RawReads.KvReads.Select(r => r.Key), Is.EqualTo(new[] { "claim~1", "claim~2" }));
            Assert.That(kv.RangeQueriesInfo[0].ItrExhausted, Is.True);
            Assert.That(kv.RangeQueriesInfo[1].ReadsMerkleHashes.MaxLevelHashes, Has.Count.EqualTo(2));
            Assert.That(kv.Writes[0].Value.ToStringUtf8(), Is.EqualTo("{\"status\":\"SUBMITTED\"}"));
            Assert.That(kv.Writes[1].IsDelete, Is.True);
            Assert.That(kv.MetadataWrites.Single().Entries.Single().Name, Is.EqualTo("VALIDATION_PARAMETER"));
            Assert.That(hashed.HashedWrites[1].IsPurge, Is.True);
            Assert.That(ns.CollectionHashedRwset.Single().PvtRwsetHash.ToStringUtf8(), Is.EqualTo("private-rwset-hash"));
        });
    }

    [Test]
    public async Task ProcessedTransaction_EncodedByNode_KeepsTheValidationCode()
    {
        var bytes = await NodeWire.EncodedByNodeAsync("ProcessedTransaction");

        var processed = ProcessedTransaction.Parser.ParseFrom(bytes);

        Assert.That((TxValidationCode)processed.ValidationCode, Is.EqualTo(TxValidationCode.MvccReadConflict));
    }
}
