using System.Text;
using Fabric.Protos.Ledger.KvRwset;
using MutualAid.DevNetwork.Ledger;
using MutualAid.DevNetwork.Simulation;

namespace MutualAid.DevNetwork.Tests.Simulation;

public class TxSimulatorTests
{
    [Test]
    public void GetState_AfterOwnPut_ReturnsCommittedValueNotOwnWrite()
    {
        var state = StateWith(("k", "committed"));
        var simulator = new TxSimulator(state);

        simulator.PutState("cc", "k", Bytes("mine"));
        var read = simulator.GetState("cc", "k");

        Assert.That(Encoding.UTF8.GetString(read!), Is.EqualTo("committed"));
    }

    [Test]
    public void ToReadWriteSet_ReadsAndWrites_SortedByUtf8KeyWithVersions()
    {
        var state = StateWith(("b", "1"), ("a", "2"));
        var simulator = new TxSimulator(state);

        simulator.GetState("cc", "b");
        simulator.GetState("cc", "missing");
        simulator.GetState("cc", "a");
        simulator.PutState("cc", "\U0010FFFF", Bytes("x"));
        simulator.PutState("cc", "\uE000", Bytes("y"));
        simulator.PutState("cc", "z", []);

        var ns = Single(simulator);
        Assert.That(ns.Reads.Select(r => r.Key), Is.EqualTo(new[] { "a", "b", "missing" }));
        Assert.That(ns.Reads[0].Version, Is.EqualTo(new Fabric.Protos.Ledger.KvRwset.Version { BlockNum = 0, TxNum = 1 }));
        Assert.That(ns.Reads[2].Version, Is.Null, "an absent key is read without a version");
        Assert.That(ns.Writes.Select(w => w.Key), Is.EqualTo(new[] { "z", "\uE000", "\U0010FFFF" }));
        Assert.That(ns.Writes[0].IsDelete, Is.True, "an empty value is a delete");
    }

    [Test]
    public void PutState_TwiceSameKey_LastWriteWins()
    {
        var simulator = new TxSimulator(new WorldState());

        simulator.PutState("cc", "k", Bytes("first"));
        simulator.PutState("cc", "k", Bytes("second"));

        Assert.That(Single(simulator).Writes.Single().Value.ToStringUtf8(), Is.EqualTo("second"));
    }

    [Test]
    public void ScanRange_StoppedEarly_RecordsLastKeyReadAsEnd()
    {
        var state = StateWith(("a", "1"), ("b", "2"), ("c", "3"));
        var simulator = new TxSimulator(state);

        var scan = simulator.ScanRange("cc", "a", "z");
        scan.Next();
        scan.Next();

        var info = Single(simulator).RangeQueriesInfo.Single();
        Assert.That(info.ItrExhausted, Is.False);
        Assert.That(info.EndKey, Is.EqualTo("b"));
        Assert.That(info.RawReads.KvReads.Select(r => r.Key), Is.EqualTo(new[] { "a", "b" }));
    }

    [Test]
    public void ScanRange_ReadToEnd_IsExhaustedWithOriginalEnd()
    {
        var state = StateWith(Enumerable.Range(0, 250).Select(i => ($"k{i:D3}", "v")).ToArray());
        var simulator = new TxSimulator(state);

        var scan = simulator.ScanRange("cc", "k", "l");
        var count = 0;
        while (scan.Next() is not null)
        {
            count++;
        }

        var info = Single(simulator).RangeQueriesInfo.Single();
        Assert.That(count, Is.EqualTo(250), "pages of 100 are stitched together");
        Assert.That(info.ItrExhausted, Is.True);
        Assert.That(info.EndKey, Is.EqualTo("l"));
        Assert.That(info.RawReads.KvReads, Has.Count.EqualTo(250));
    }

    internal static WorldState StateWith(params (string Key, string Value)[] entries)
    {
        var state = new WorldState();
        state.Apply(0, entries.Select((e, i) => ((ulong)i, new StateWrite("cc", e.Key, Bytes(e.Value)))));
        return state;
    }

    private static KVRWSet Single(TxSimulator simulator) =>
        KVRWSet.Parser.ParseFrom(simulator.ToReadWriteSet().NsRwset.Single().Rwset);

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);
}
