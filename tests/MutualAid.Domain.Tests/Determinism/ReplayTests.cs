using MutualAid.Domain.Invariants;
using MutualAid.Domain.Tests.Support;

namespace MutualAid.Domain.Tests.Determinism;

public sealed class ReplayTests
{
    private static TestChain RunScript()
    {
        var chain = new TestChain("replay");
        var s = new Scenario(chain);
        s.CreatePool(Scenario.DefaultParameters with { RedemptionWindowDays = 365 }, opening: 5_000);
        var (_, claim) = s.ApprovedClaim(120_000);
        s.Pay(claim, 20_000);
        var (_, noticed) = s.NoticedClaim(50_000, 50_000, 40_000);
        chain.Ok(Actors.Assessor(Actors.InsurerB), "ObjectToClaim",
            new { claimId = noticed.ClaimId, reasonCode = "DOUBT", evidenceRef = Scenario.Hash("d") }, Json.DomainJsonContext.Default.Claim);
        chain.AdvanceDays(8);
        s.Finalize(noticed);
        s.Pay(claim, 100_000);
        return chain;
    }

    [Test]
    public void SameTransactions_TwoIndependentStates_IdenticalWriteSetsAndEvents()
    {
        var first = RunScript();
        var second = RunScript();

        Assert.That(second.Ledger.Log, Has.Count.EqualTo(first.Ledger.Log.Count));
        for (var i = 0; i < first.Ledger.Log.Count; i++)
        {
            var (a, b) = (first.Ledger.Log[i], second.Ledger.Log[i]);
            Assert.Multiple(() =>
            {
                Assert.That(b.Writes.Select(w => w.Key), Is.EqualTo(a.Writes.Select(w => w.Key)), $"tx {i} keys");
                Assert.That(b.Writes.Select(w => w.Value), Is.EqualTo(a.Writes.Select(w => w.Value)), $"tx {i} values");
                Assert.That(b.EventName, Is.EqualTo(a.EventName));
                Assert.That(b.EventPayload, Is.EqualTo(a.EventPayload), $"tx {i} event");
            });
        }
    }

    [Test]
    public void EventsAlone_RebuildEveryBalanceAndClaimState()
    {
        var chain = RunScript();
        var snapshot = chain.Ledger.Snapshot();

        var replay = EventReplayer.Replay(snapshot.Events);

        var view = new StateView(snapshot);
        Assert.Multiple(() =>
        {
            Assert.That(Invariants.Invariants.EventsRebuildState(view, snapshot), Is.Empty);
            Assert.That(replay.Claims.Values.Select(c => c.Status), Is.EquivalentTo(view.Claims.Values.Select(c => c.Status)));
            Assert.That(replay.Balance(Scenario.PoolId), Is.EqualTo(view.Totals(Scenario.PoolId).Balance(5_000)));
        });
    }

    [Test]
    public void EveryCommittedTransaction_EmitsExactlyOneEvent()
    {
        var chain = RunScript();

        Assert.That(chain.Ledger.Log.Where(t => t.Writes.Count > 0).Select(t => t.EventName), Has.None.Null);
    }
}
