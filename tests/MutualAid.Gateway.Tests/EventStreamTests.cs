using MutualAid.Gateway.Demo;
using MutualAid.Gateway.Tests.Support;

namespace MutualAid.Gateway.Tests;

/// <summary>The chaincode events as Server-Sent Events: filtered by type, resumed after a disconnect with Last-Event-ID.</summary>
public sealed class EventStreamTests
{
    [Test, CancelAfter(30_000)]
    public async Task Stream_ResumedWithLastEventId_NoEventLostOrRepeated(CancellationToken cancellationToken)
    {
        var pool = await TestPool.CreateAsync(cancellationToken);
        var caseworker = GatewayFixture.Client("NgoMSP", "Caseworker");
        var path = $"/api/v1/members/{pool.MemberId}/contributions";
        async Task<string> ContributeAsync(int i) =>
            (await caseworker.PostAsync(path, DemoCalls.Contribution(100 * i, $"SSE{i}-{pool.PoolId}"), null, cancellationToken)).EnsureSuccess()["transactionId"]!.GetValue<string>();

        var ours = new List<string>();
        string lastId;
        using (var stream = await SseReader.OpenAsync("RegulatorMSP", "Auditor", $"?types=ContributionRecorded&fromBlock={pool.Block}", null, cancellationToken))
        {
            ours.Add(await ContributeAsync(1));
            ours.Add(await ContributeAsync(2));
            var first = await NextOfAsync(stream, ours, cancellationToken);
            var second = await NextOfAsync(stream, ours, cancellationToken);
            Assert.That(new[] { first.Id, second.Id }.Select(TxOf), Is.EqualTo(ours));
            Assert.That(second.Event, Is.EqualTo("ContributionRecorded"));
            lastId = second.Id;
        }

        ours.Add(await ContributeAsync(3));
        ours.Add(await ContributeAsync(4));
        using var resumed = await SseReader.OpenAsync("RegulatorMSP", "Auditor", "?types=ContributionRecorded", lastId, cancellationToken);
        var third = await NextOfAsync(resumed, ours, cancellationToken);
        var fourth = await NextOfAsync(resumed, ours, cancellationToken);

        Assert.That(new[] { TxOf(third.Id), TxOf(fourth.Id) }, Is.EqualTo(ours[2..]));
    }

    [Test, CancelAfter(10_000)]
    public async Task Stream_MalformedLastEventId_Returns400Problem(CancellationToken cancellationToken)
    {
        var result = await GatewayFixture.Client("InsurerMSP", "Auditor").GetAsync("/api/v1/events?lastEventId=nonsense", cancellationToken);

        Assert.That(result.Code, Is.EqualTo("INVALID_REQUEST"));
    }

    private static async Task<(string Id, string Event, string Data)> NextOfAsync(SseReader stream, List<string> ours, CancellationToken cancellationToken)
    {
        while (true)
        {
            var next = await stream.NextAsync(cancellationToken);
            Assert.That(next.Event, Is.EqualTo("ContributionRecorded"), "the type filter holds");
            if (ours.Contains(TxOf(next.Id)))
            {
                return next;
            }
        }
    }

    private static string TxOf(string id) => id[(id.IndexOf(':', StringComparison.Ordinal) + 1)..];
}
