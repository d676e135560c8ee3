using MutualAid.Gateway.Demo;
using MutualAid.Gateway.Tests.Support;

namespace MutualAid.Gateway.Tests;

/// <summary>Concurrent writes to one pool conflict under MVCC; the gateway re-runs the safe ones until each commits once.</summary>
public sealed class ConcurrencyTests
{
    [Test, CancelAfter(60_000)]
    public async Task TwentyConcurrentContributions_OnePool_EachRecordedExactlyOnce(CancellationToken cancellationToken)
    {
        var pool = await TestPool.CreateAsync(cancellationToken);
        var caseworker = GatewayFixture.Client("NgoMSP", "Caseworker");

        var results = await Task.WhenAll(Enumerable.Range(1, 20).Select(i =>
            caseworker.PostAsync($"/api/v1/members/{pool.MemberId}/contributions", DemoCalls.Contribution(1_000 + i, $"C{i}-{pool.PoolId}"), null, cancellationToken)));
        var statement = await pool.StatementAsync(cancellationToken);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(results.Select(r => r.Status), Is.All.EqualTo(201), string.Join("; ", results.Where(r => r.Status != 201).Select(r => r.Body?.ToJsonString())));
            Assert.That(results.Select(r => r.Body?["transactionId"]?.GetValue<string>()).Distinct().Count(), Is.EqualTo(20));
            Assert.That(statement["contributions"]!.GetValue<long>(), Is.EqualTo(Enumerable.Range(1, 20).Sum(i => 1_000L + i)));
        }
    }

    [Test, CancelAfter(60_000)]
    public async Task TenConcurrentEnrollments_OnePool_ReRunAfterConflictsAndEachEnrolledOnce(CancellationToken cancellationToken)
    {
        var pool = await TestPool.CreateAsync(cancellationToken);
        var caseworker = GatewayFixture.Client("NgoMSP", "Caseworker");

        var results = await Task.WhenAll(Enumerable.Range(1, 10).Select(i =>
            caseworker.PostAsync($"/api/v1/pools/{pool.PoolId}/members", DemoCalls.Enroll($"{pool.PoolId}-{i}"), null, cancellationToken)));
        var statement = await pool.StatementAsync(cancellationToken);
        TestContext.Out.WriteLine($"attempts: {string.Join(", ", results.Select(r => r.Attempts))}");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(results.Select(r => r.Status), Is.All.EqualTo(201), string.Join("; ", results.Where(r => r.Status != 201).Select(r => r.Body?.ToJsonString())));
            Assert.That(results.Select(r => r.Result?["memberId"]?.GetValue<string>()).Distinct().Count(), Is.EqualTo(10));
            Assert.That(statement["memberCount"]!.GetValue<int>(), Is.EqualTo(11));
            Assert.That(results.Max(r => r.Attempts), Is.GreaterThan(1), "the enrolments read the pool's member range, conflicted and were re-run");
        }
    }
}
