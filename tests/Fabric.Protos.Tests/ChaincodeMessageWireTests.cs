using Fabric.Protos.Ledger.QueryResult;
using Fabric.Protos.Peer;
using Fabric.Protos.Tests.Catalogue;
using Fabric.Protos.Tests.Interop;
using Google.Protobuf.Reflection;
using MessageType = Fabric.Protos.Peer.ChaincodeMessage.Types.Type;

namespace Fabric.Protos.Tests;

/// <summary>The chaincode stream (ChaincodeMessage of every type and its payloads) against the official Node bindings.</summary>
public sealed class ChaincodeMessageWireTests
{
    private static IEnumerable<TestCaseData> MessageTypes =>
        ChaincodeMessage.Descriptor.EnumTypes.Single(e => e.Name == "Type").Values
            .Select(v => new TestCaseData(v).SetArgDisplayNames(v.Name));

    [TestCaseSource(nameof(MessageTypes))]
    public async Task ChaincodeMessage_EncodedByNode_DecodesTypeAndFrameFields(EnumValueDescriptor type)
    {
        var expected = WireCatalogue.Get<ChaincodeMessage>($"ChaincodeMessage.{type.Name}");
        var bytes = await NodeWire.EncodedByNodeAsync($"ChaincodeMessage.{type.Name}");

        var message = ChaincodeMessage.Parser.ParseFrom(bytes);

        Assert.Multiple(() =>
        {
            Assert.That((int)message.Type, Is.EqualTo(type.Number));
            Assert.That(message.Txid, Is.EqualTo(expected.Txid));
            Assert.That(message.ChannelId, Is.EqualTo("mutualaid-channel"));
            Assert.That(message.Timestamp.Nanos, Is.EqualTo(789000));
            Assert.That(message.Payload, Is.EqualTo(expected.Payload));
            Assert.That(message.Proposal is not null, Is.EqualTo(message.Type is MessageType.Init or MessageType.Transaction));
            Assert.That(message.ChaincodeEvent is not null, Is.EqualTo(message.Type is MessageType.Completed));
        });
    }

    [Test]
    public async Task GetStateByRange_EncodedByNode_DecodesKeysAndPagination()
    {
        var bytes = await NodeWire.EncodedByNodeAsync("GetStateByRange");

        var range = GetStateByRange.Parser.ParseFrom(bytes);
        var paging = QueryMetadata.Parser.ParseFrom(range.Metadata);

        Assert.Multiple(() =>
        {
            Assert.That(range.StartKey, Is.EqualTo("claim~"));
            Assert.That(range.EndKey, Is.EqualTo("claim~~"));
            Assert.That(range.Collection, Is.EqualTo("payouts"));
            Assert.That(paging.PageSize, Is.EqualTo(25));
            Assert.That(paging.Bookmark, Is.EqualTo("bookmark-page-1"));
        });
    }

    [Test]
    public async Task QueryResponse_EncodedByNode_DecodesResultsAndMetadata()
    {
        var bytes = await NodeWire.EncodedByNodeAsync("QueryResponse");

        var response = QueryResponse.Parser.ParseFrom(bytes);
        var first = KV.Parser.ParseFrom(response.Results[0].ResultBytes);
        var paging = QueryResponseMetadata.Parser.ParseFrom(response.Metadata);

        Assert.Multiple(() =>
        {
            Assert.That(response.Results, Has.Count.EqualTo(2));
            Assert.That(first.Key, Is.EqualTo("claim~7"));
            Assert.That(first.Namespace, Is.EqualTo("mutualaid"));
            Assert.That(response.HasMore, Is.True);
            Assert.That(response.Id, Is.EqualTo("iterator-1"));
            Assert.That(paging.FetchedRecordsCount, Is.EqualTo(2));
            Assert.That(paging.Bookmark, Is.EqualTo("bookmark-page-2"));
        });
    }

    [Test]
    public async Task WriteBatchState_EncodedByNode_DecodesEveryRecordType()
    {
        var bytes = await NodeWire.EncodedByNodeAsync("WriteBatchState");

        var batch = WriteBatchState.Parser.ParseFrom(bytes);

        Assert.Multiple(() =>
        {
            Assert.That(
                batch.Rec.Select(r => r.Type),
                Is.EqualTo(new[] { WriteRecord.Types.Type.PutState, WriteRecord.Types.Type.PutStateMetadata, WriteRecord.Types.Type.PurgePrivateData }));
            Assert.That(batch.Rec[1].Metadata.Metakey, Is.EqualTo("VALIDATION_PARAMETER"));
            Assert.That(batch.Rec[2].Collection, Is.EqualTo("medical"));
        });
    }
}
