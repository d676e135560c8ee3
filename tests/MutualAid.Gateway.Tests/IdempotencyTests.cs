using MutualAid.Gateway.Demo;
using MutualAid.Gateway.Tests.Support;

namespace MutualAid.Gateway.Tests;

/// <summary>Writes answered exactly once per Idempotency-Key, across retries, concurrent duplicates and gateway restarts.</summary>
public sealed class IdempotencyTests
{
    [Test, CancelAfter(30_000)]
    public async Task Retry_SameKeySameBody_ReturnsFirstResultWithoutSecondEffect(CancellationToken cancellationToken)
    {
        var pool = await TestPool.CreateAsync(cancellationToken);
        var caseworker = GatewayFixture.Client("NgoMSP", "Caseworker");
        var body = DemoCalls.Contribution(5_000, "IDEM-" + pool.PoolId);

        var first = await caseworker.PostAsync($"/api/v1/members/{pool.MemberId}/contributions", body, "key-1", cancellationToken);
        var retry = await caseworker.PostAsync($"/api/v1/members/{pool.MemberId}/contributions", body, "key-1", cancellationToken);
        var statement = await pool.StatementAsync(cancellationToken);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first.Status, Is.EqualTo(201));
            Assert.That(retry.Status, Is.EqualTo(201));
            Assert.That(retry.Replayed, Is.True);
            Assert.That(retry.Body!.ToJsonString(), Is.EqualTo(first.Body!.ToJsonString()));
            Assert.That(statement["contributions"]!.GetValue<long>(), Is.EqualTo(5_000));
        }
    }

    [Test, CancelAfter(30_000)]
    public async Task Retry_SameKeyDifferentBody_Returns422Problem(CancellationToken cancellationToken)
    {
        var pool = await TestPool.CreateAsync(cancellationToken);
        var caseworker = GatewayFixture.Client("NgoMSP", "Caseworker");
        var path = $"/api/v1/members/{pool.MemberId}/contributions";

        await caseworker.PostAsync(path, DemoCalls.Contribution(5_000, "A-" + pool.PoolId), "key-2", cancellationToken);
        var reused = await caseworker.PostAsync(path, DemoCalls.Contribution(7_000, "B-" + pool.PoolId), "key-2", cancellationToken);
        var statement = await pool.StatementAsync(cancellationToken);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(reused.Status, Is.EqualTo(422));
            Assert.That(reused.Code, Is.EqualTo("IDEMPOTENCY_KEY_REUSED"));
            Assert.That(statement["contributions"]!.GetValue<long>(), Is.EqualTo(5_000));
        }
    }

    [Test, CancelAfter(30_000)]
    public async Task ConcurrentDuplicates_SameKey_OneTransaction(CancellationToken cancellationToken)
    {
        var pool = await TestPool.CreateAsync(cancellationToken);
        var caseworker = GatewayFixture.Client("NgoMSP", "Caseworker");
        var body = DemoCalls.Contribution(3_000, "DUP-" + pool.PoolId);

        var results = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ =>
            caseworker.PostAsync($"/api/v1/members/{pool.MemberId}/contributions", body, "key-dup", cancellationToken)));
        var statement = await pool.StatementAsync(cancellationToken);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(results.Select(r => r.Body!["transactionId"]!.GetValue<string>()).Distinct().Count(), Is.EqualTo(1));
            Assert.That(results.Count(r => !r.Replayed), Is.EqualTo(1));
            Assert.That(statement["contributions"]!.GetValue<long>(), Is.EqualTo(3_000));
        }
    }

    [Test, CancelAfter(30_000)]
    public async Task Retry_AfterGatewayRestart_ReturnsFirstResult(CancellationToken cancellationToken)
    {
        var pool = await TestPool.CreateAsync(cancellationToken);
        var path = $"/api/v1/members/{pool.MemberId}/contributions";
        var body = DemoCalls.Contribution(4_000, "RESTART-" + pool.PoolId);
        var first = await GatewayFixture.Client("NgoMSP", "Caseworker").PostAsync(path, body, "key-restart", cancellationToken);

        await GatewayFixture.RestartGatewayAsync("NgoMSP", cancellationToken);
        var retry = await GatewayFixture.Client("NgoMSP", "Caseworker").PostAsync(path, body, "key-restart", cancellationToken);
        var statement = await pool.StatementAsync(cancellationToken);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(retry.Replayed, Is.True);
            Assert.That(retry.Body!["transactionId"]!.GetValue<string>(), Is.EqualTo(first.Body!["transactionId"]!.GetValue<string>()));
            Assert.That(statement["contributions"]!.GetValue<long>(), Is.EqualTo(4_000));
        }
    }

    [Test, CancelAfter(10_000)]
    public async Task Write_WithoutIdempotencyKey_Returns400Problem(CancellationToken cancellationToken)
    {
        var result = await GatewayFixture.Client("InsurerMSP", "Delegate")
            .SendAsync(HttpMethod.Post, "/api/v1/pools", DemoCalls.CreatePool("no-key-pool"), null, cancellationToken);

        Assert.That(result.Code, Is.EqualTo("IDEMPOTENCY_KEY_REQUIRED"));
    }
}
