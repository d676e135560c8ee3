using MutualAid.Domain.Json;
using MutualAid.Domain.Keepers;
using MutualAid.Domain.Model;
using MutualAid.Domain.Routing;
using MutualAid.Domain.State;
using MutualAid.Domain.Tests.Support;

namespace MutualAid.Domain.Tests.Determinism;

/// <summary>
/// Simulates endorsement of several transactions against the same committed state (as concurrent clients do)
/// and checks what Fabric's MVCC validation would do with them when they land in one block.
/// </summary>
public sealed class ConcurrencyTests
{
    private static InMemoryTransaction Simulate(TestChain chain, Caller caller, string function, object args, int n)
    {
        var context = new TxContext(Hashes.Sha256Hex($"concurrent-{function}-{n}"), chain.Now, caller);
        var tx = chain.Ledger.Begin(context);
        var response = DomainRouter.Default.Invoke(tx, context, function, TestJson.Serialize(args));
        Assert.That(response.Status, Is.EqualTo(200), response.Message);
        return tx;
    }

    [Test]
    public void RecordContribution_ManyConcurrentToOnePool_NoneConflictAndAggregateEqualsSumOfDeltas()
    {
        // Arrange
        var chain = new TestChain();
        var s = new Scenario(chain);
        s.CreatePool();
        var members = Enumerable.Range(0, 20).Select(_ => s.Enroll()).ToList();

        // Act: all simulated on the same snapshot, then committed in one "block".
        var txs = members.Select((m, i) => Simulate(chain, Actors.Caseworker(), "RecordContribution",
            new { memberId = m.MemberId, amount = Scenario.Eur(100 + i), paymentReference = $"BATCH-{i}" }, i)).ToList();
        var conflicts = txs.Select((tx, i) => txs.Take(i).Count(earlier => tx.ConflictsWith(earlier) || tx.PhantomWith(earlier))).Sum();
        txs.ForEach(chain.Ledger.Commit);

        // Assert
        var statement = chain.Ok(Actors.Auditor(), "GetPoolStatement", new { poolId = Scenario.PoolId }, DomainJsonContext.Default.PoolStatement);
        var deltas = chain.Ledger.Range(CompositeKey.PartialPrefix(Keys.PoolEntryType, [Scenario.PoolId]))
            .Select(kv => CanonicalJson.Deserialize(kv.Value.Span, DomainJsonContext.Default.LedgerEntry)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(conflicts, Is.Zero);
            Assert.That(deltas, Has.Count.EqualTo(20));
            Assert.That(statement.Contributions, Is.EqualTo(deltas.Sum(d => d.Amount.Amount)));
            Assert.That(statement.Contributions, Is.EqualTo(Enumerable.Range(0, 20).Sum(i => 100L + i)));
        });
        chain.AssertInvariants();
    }

    [Test]
    public void RecordPayout_TwoConcurrentOnOnePool_SecondConflictsOnOutflowLock()
    {
        // Arrange: two approved claims; the pool can afford only one of them.
        var chain = new TestChain();
        var s = new Scenario(chain);
        s.CreatePool(Scenario.DefaultParameters with { ManagementFeeBps = 0, RedemptionWindowDays = 365 });
        var (_, first) = s.ApprovedClaim(amount: 100_000, contribution: 60_000);
        var (_, other) = s.ApprovedClaim(amount: 100_000, contribution: 60_000);

        // Act: both payouts read the same balance (120,000) and each alone is affordable.
        var a = Simulate(chain, Actors.Coordinator(), "RecordPayout", s.PayoutArgs(first, 100_000), 1);
        var b = Simulate(chain, Actors.Coordinator(), "RecordPayout", s.PayoutArgs(other, 100_000), 2);

        // Assert: MVCC lets only the first commit; the second read the outflow lock the first wrote.
        Assert.Multiple(() =>
        {
            Assert.That(b.ConflictsWith(a), Is.True);
            Assert.That(b.Reads, Does.Contain(Keys.Outflows(Scenario.PoolId)));
        });
    }

    [Test]
    public void InMemoryTransaction_ReadAfterOwnWrite_SeesCommittedValueOnly()
    {
        var ledger = new InMemoryLedger();
        var tx = ledger.Begin(new TxContext("t1", DateTimeOffset.UnixEpoch, Actors.Auditor()));

        tx.PutState("k", [1]);

        Assert.That(tx.GetState("k"), Is.Null);
    }

    [Test]
    public void InMemoryTransaction_SecondSetEvent_ReplacesFirst()
    {
        var ledger = new InMemoryLedger();
        var tx = ledger.Begin(new TxContext("t1", DateTimeOffset.UnixEpoch, Actors.Auditor()));

        tx.SetEvent("First", [1]);
        tx.SetEvent("Second", [2]);
        ledger.Commit(tx);

        Assert.That(ledger.Events.Single().Name, Is.EqualTo("Second"));
    }
}
