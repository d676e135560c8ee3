using System.Text;
using MutualAid.Domain.Invariants;
using MutualAid.Domain.Json;
using MutualAid.Domain.Keepers;
using MutualAid.Domain.Model;
using MutualAid.Domain.State;
using MutualAid.Domain.Tests.Support;

namespace MutualAid.Domain.Tests.Determinism;

/// <summary>The invariants must catch a broken state, not only pass on a good one: each test tampers with one record.</summary>
public sealed class InvariantDetectionTests
{
    private static (LedgerSnapshot Snapshot, Claim Claim) PaidState()
    {
        var chain = new TestChain();
        var s = new Scenario(chain);
        s.CreatePool();
        var (_, claim) = s.ApprovedClaim(100_000);
        return (chain.Ledger.Snapshot(), s.Pay(claim, 40_000));
    }

    private static LedgerSnapshot Replace(LedgerSnapshot snapshot, string key, byte[] value)
        => snapshot with { State = [.. snapshot.State.Select(kv => kv.Key == key ? new KeyValueEntry(key, value) : kv)] };

    [Test]
    public void ClaimAmountChain_PaidAmountTampered_ReportsViolation()
    {
        var (snapshot, _) = PaidState();
        var claim = new StateView(snapshot).Claims.Values.Single();
        var tampered = Replace(snapshot, Keys.Claim(claim.ClaimId),
            CanonicalJson.Serialize(claim with { PaidAmount = new Money(1, "EUR") }, DomainJsonContext.Default.Claim));

        Assert.That(Invariants.Invariants.ClaimAmountChain(new StateView(tampered)), Is.Not.Empty);
    }

    [Test]
    public void EventsRebuildState_RecordChangedWithoutEvent_ReportsViolation()
    {
        var (snapshot, _) = PaidState();
        var pool = new StateView(snapshot).Pools.Values.Single();
        var tampered = Replace(snapshot, Keys.Pool(pool.PoolId),
            CanonicalJson.Serialize(pool with { OpeningBalance = 1_000_000 }, DomainJsonContext.Default.Pool));

        Assert.That(Invariants.Invariants.EventsRebuildState(new StateView(tampered), tampered), Is.Not.Empty);
    }

    [Test]
    public void OnlyAllowedTransitions_SkippedStage_ReportsViolation()
    {
        var (snapshot, _) = PaidState();
        var claim = new StateView(snapshot).Claims.Values.Single();
        var skipped = claim with { Timeline = [claim.Timeline[0], .. claim.Timeline.Skip(3)] };
        var tampered = Replace(snapshot, Keys.Claim(claim.ClaimId), CanonicalJson.Serialize(skipped, DomainJsonContext.Default.Claim));

        Assert.That(Invariants.Invariants.OnlyAllowedTransitions(new StateView(tampered)), Is.Not.Empty);
    }

    [Test]
    public void NoPersonalDataInPublicState_MarkerInPublicValue_ReportsViolation()
    {
        var (snapshot, _) = PaidState();
        var leaked = snapshot with { State = [.. snapshot.State, new KeyValueEntry(CompositeKey.Create("note", "1"), Encoding.UTF8.GetBytes("Jane Doe, leukemia"))] };

        Assert.That(Invariants.Invariants.NoPersonalDataInPublicState(leaked, ["Jane Doe"]), Is.Not.Empty);
    }

    [Test]
    public void HotKeyAggregates_OutflowRecordDriftsFromDeltas_ReportsViolation()
    {
        var (snapshot, _) = PaidState();
        var outflows = new StateView(snapshot).Outflows.Values.Single();
        var tampered = Replace(snapshot, Keys.Outflows(outflows.PoolId),
            CanonicalJson.Serialize(outflows with { Payouts = outflows.Payouts + 1 }, DomainJsonContext.Default.PoolOutflows));

        Assert.That(Invariants.Invariants.HotKeyAggregates(new StateView(tampered)), Is.Not.Empty);
    }
}
