using Fabric.Protos.Common;
using Fabric.Protos.Orderer;
using Fabric.Protos.Peer;
using Fabric.Protos.Tests.Interop;
using PeerDeliverResponse = Fabric.Protos.Peer.DeliverResponse;

namespace Fabric.Protos.Tests;

/// <summary>Seek requests and Deliver responses of peers and orderers against the official Node bindings.</summary>
public sealed class DeliverWireTests
{
    private static IEnumerable<TestCaseData> PeerResponses =>
    [
        new TestCaseData("DeliverResponse.Status", PeerDeliverResponse.TypeOneofCase.Status),
        new TestCaseData("DeliverResponse.Block", PeerDeliverResponse.TypeOneofCase.Block),
        new TestCaseData("DeliverResponse.FilteredBlock", PeerDeliverResponse.TypeOneofCase.FilteredBlock),
        new TestCaseData("DeliverResponse.BlockAndPrivateData", PeerDeliverResponse.TypeOneofCase.BlockAndPrivateData),
    ];

    [TestCaseSource(nameof(PeerResponses))]
    public async Task DeliverResponse_EncodedByNode_KeepsTheVariant(string entry, PeerDeliverResponse.TypeOneofCase expected)
    {
        var bytes = await NodeWire.EncodedByNodeAsync(entry);

        var response = PeerDeliverResponse.Parser.ParseFrom(bytes);

        Assert.That(response.TypeCase, Is.EqualTo(expected));
    }

    [Test]
    public async Task SeekInfo_EncodedByNode_DecodesPositionsAndEnums()
    {
        var bytes = await NodeWire.EncodedByNodeAsync("SeekInfo");

        var seek = SeekInfo.Parser.ParseFrom(bytes);

        Assert.Multiple(() =>
        {
            Assert.That(seek.Start.Specified.Number, Is.EqualTo(1234UL));
            Assert.That(seek.Stop.TypeCase, Is.EqualTo(SeekPosition.TypeOneofCase.Newest));
            Assert.That(seek.Behavior, Is.EqualTo(SeekInfo.Types.SeekBehavior.FailIfNotReady));
            Assert.That(seek.ErrorResponse, Is.EqualTo(SeekInfo.Types.SeekErrorResponse.BestEffort));
            Assert.That(seek.ContentType, Is.EqualTo(SeekInfo.Types.SeekContentType.HeaderWithSig));
        });
    }

    [Test]
    public async Task FilteredBlock_EncodedByNode_DecodesTransactionsAndEvents()
    {
        var bytes = await NodeWire.EncodedByNodeAsync("FilteredBlock");

        var block = FilteredBlock.Parser.ParseFrom(bytes);
        var first = block.FilteredTransactions[0];

        Assert.Multiple(() =>
        {
            Assert.That(block.Number, Is.EqualTo(42UL));
            Assert.That(first.Type, Is.EqualTo(HeaderType.EndorserTransaction));
            Assert.That(first.TxValidationCode, Is.EqualTo(TxValidationCode.MvccReadConflict));
            Assert.That(first.TransactionActions.ChaincodeActions.Single().ChaincodeEvent.EventName, Is.EqualTo("ClaimSubmitted"));
            Assert.That(block.FilteredTransactions[1].DataCase, Is.EqualTo(FilteredTransaction.DataOneofCase.None));
            Assert.That(block.FilteredTransactions[1].TxValidationCode, Is.EqualTo(TxValidationCode.InvalidOtherReason));
        });
    }

    [Test]
    public async Task BlockAndPrivateData_EncodedByNode_KeysPrivateDataByTransactionIndex()
    {
        var bytes = await NodeWire.EncodedByNodeAsync("BlockAndPrivateData");

        var data = BlockAndPrivateData.Parser.ParseFrom(bytes);

        Assert.Multiple(() =>
        {
            Assert.That(data.PrivateDataMap.Keys, Is.EquivalentTo(new ulong[] { 1, 3 }));
            Assert.That(data.PrivateDataMap[3].NsPvtRwset.Single().CollectionPvtRwset.Single().CollectionName, Is.EqualTo("medical"));
            Assert.That(data.Block.Header.Number, Is.EqualTo(42UL));
        });
    }

    [Test]
    public async Task BroadcastResponse_EncodedByNode_DecodesStatusAndInfo()
    {
        var bytes = await NodeWire.EncodedByNodeAsync("BroadcastResponse");

        var response = BroadcastResponse.Parser.ParseFrom(bytes);

        Assert.Multiple(() =>
        {
            Assert.That(response.Status, Is.EqualTo(Status.ServiceUnavailable));
            Assert.That(response.Info, Is.EqualTo("no Raft leader"));
        });
    }
}
