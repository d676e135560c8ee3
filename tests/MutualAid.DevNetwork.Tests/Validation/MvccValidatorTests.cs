using System.Text;
using Fabric.Protos.Ledger.KvRwset;
using Fabric.Protos.Peer;
using MutualAid.DevNetwork.Ledger;
using MutualAid.DevNetwork.Simulation;
using MutualAid.DevNetwork.Tests.Simulation;
using MutualAid.DevNetwork.Validation;

namespace MutualAid.DevNetwork.Tests.Validation;

public class MvccValidatorTests
{
    [Test]
    public void Validate_NothingChanged_IsValid()
    {
        var state = TxSimulatorTests.StateWith(("a", "1"));
        var rwset = Simulate(state, s => s.GetState("cc", "a"));

        Assert.That(Validate(state, rwset, new BlockUpdates(1)), Is.EqualTo(TxValidationCode.Valid));
    }

    [Test]
    public void Validate_KeyRewrittenByEarlierCommittedBlock_IsMvccConflict()
    {
        var state = TxSimulatorTests.StateWith(("a", "1"));
        var rwset = Simulate(state, s => s.GetState("cc", "a"));
        state.Apply(1, [(0, new StateWrite("cc", "a", Encoding.UTF8.GetBytes("2")))]);

        Assert.That(Validate(state, rwset, new BlockUpdates(2)), Is.EqualTo(TxValidationCode.MvccReadConflict));
    }

    [Test]
    public void Validate_KeyWrittenByEarlierTransactionInSameBlock_IsMvccConflict()
    {
        var state = TxSimulatorTests.StateWith(("a", "1"));
        var rwset = Simulate(state, s => s.GetState("cc", "a"));
        var updates = new BlockUpdates(1);
        updates.Add(0, [new StateWrite("cc", "a", Encoding.UTF8.GetBytes("2"))]);

        Assert.That(Validate(state, rwset, updates), Is.EqualTo(TxValidationCode.MvccReadConflict));
    }

    [Test]
    public void Validate_AbsentKeyCreatedMeanwhile_IsMvccConflict()
    {
        var state = TxSimulatorTests.StateWith(("a", "1"));
        var rwset = Simulate(state, s => s.GetState("cc", "new"));
        var updates = new BlockUpdates(1);
        updates.Add(0, [new StateWrite("cc", "new", Encoding.UTF8.GetBytes("x"))]);

        Assert.That(Validate(state, rwset, updates), Is.EqualTo(TxValidationCode.MvccReadConflict));
    }

    [Test]
    public void Validate_KeyInsertedIntoScannedRange_IsPhantomConflict()
    {
        var state = TxSimulatorTests.StateWith(("a", "1"), ("c", "3"));
        var rwset = Simulate(state, s => Drain(s.ScanRange("cc", "a", "z")));
        var updates = new BlockUpdates(1);
        updates.Add(0, [new StateWrite("cc", "b", Encoding.UTF8.GetBytes("2"))]);

        Assert.That(Validate(state, rwset, updates), Is.EqualTo(TxValidationCode.PhantomReadConflict));
    }

    [Test]
    public void Validate_KeyInsertedBeyondWhereScanStopped_IsValid()
    {
        var state = TxSimulatorTests.StateWith(("a", "1"), ("b", "2"), ("d", "4"));
        var rwset = Simulate(state, s =>
        {
            var scan = s.ScanRange("cc", "a", "z");
            scan.Next();
            scan.Next();
        });
        var updates = new BlockUpdates(1);
        updates.Add(0, [new StateWrite("cc", "c", Encoding.UTF8.GetBytes("3"))]);

        Assert.That(Validate(state, rwset, updates), Is.EqualTo(TxValidationCode.Valid));
    }

    private static KVRWSet Simulate(WorldState state, Action<TxSimulator> body)
    {
        var simulator = new TxSimulator(state);
        body(simulator);
        return KVRWSet.Parser.ParseFrom(simulator.ToReadWriteSet().NsRwset.Single().Rwset);
    }

    private static void Drain(RangeScan scan)
    {
        while (scan.Next() is not null)
        {
        }
    }

    private static TxValidationCode Validate(WorldState state, KVRWSet rwset, BlockUpdates updates) =>
        new MvccValidator(state).Validate("cc", rwset, updates);
}
