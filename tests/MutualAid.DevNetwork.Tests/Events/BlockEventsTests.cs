using Fabric.Protos.Peer;
using MutualAid.DevNetwork.Events;

namespace MutualAid.DevNetwork.Tests.Events;

public class BlockEventsTests
{
    private static readonly Fabric.Protos.Common.Block Block = TestEnvelopes.Block(5, [], [
        TestEnvelopes.Transaction("t1", "cc", [("a", "1")], "First"),
        TestEnvelopes.Transaction("t2", "cc", [("b", "2")], "Rejected"),
        TestEnvelopes.Transaction("t3", "other", [("c", "3")], "Elsewhere"),
        TestEnvelopes.Transaction("t4", "cc", [("d", "4")], "Second"),
        TestEnvelopes.Transaction("t5", "cc", [("e", "5")]),
    ], [TxValidationCode.Valid, TxValidationCode.MvccReadConflict, TxValidationCode.Valid, TxValidationCode.Valid, TxValidationCode.Valid]);

    [Test]
    public void ChaincodeEvents_MixedBlock_OnlyValidEventsOfThatChaincode()
    {
        var events = BlockEvents.ChaincodeEvents(Block, "cc");

        Assert.That(events.Select(e => e.EventName), Is.EqualTo(new[] { "First", "Second" }));
        Assert.That(events[0].TxId, Is.EqualTo("t1"));
    }

    [Test]
    public void ChaincodeEvents_AfterTransaction_SkipsThroughThatTransaction()
    {
        var events = BlockEvents.ChaincodeEvents(Block, "cc", afterTxId: "t1");

        Assert.That(events.Select(e => e.EventName), Is.EqualTo(new[] { "Second" }));
    }

    [Test]
    public void Filtered_Block_CarriesCodesAndEventNamesWithoutPayloads()
    {
        var filtered = BlockEvents.Filtered("mutualaid", Block);

        Assert.That(filtered.Number, Is.EqualTo(5));
        Assert.That(filtered.FilteredTransactions.Select(t => t.TxValidationCode),
            Is.EqualTo(new[] { TxValidationCode.Valid, TxValidationCode.MvccReadConflict, TxValidationCode.Valid, TxValidationCode.Valid, TxValidationCode.Valid }));
        var first = filtered.FilteredTransactions[0].TransactionActions.ChaincodeActions.Single().ChaincodeEvent;
        Assert.That(first.EventName, Is.EqualTo("First"));
        Assert.That(first.Payload.IsEmpty, Is.True);
    }
}
