using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using MutualAid.Gateway.Api;
using MutualAid.Gateway.Hosting;
using MutualAid.Gateway.Idempotency;

namespace MutualAid.Gateway.Tests.Idempotency;

/// <summary>The background sweeper: each interval of the (fake) clock sweeps the store once.</summary>
public sealed class IdempotencySweeperTests
{
    [Test, CancelAfter(10_000)]
    public async Task ExecuteAsync_IntervalElapsed_SweepsExpiredRecords(CancellationToken cancellationToken)
    {
        var directory = Directory.CreateTempSubdirectory("mutualaid-sweeper-").FullName;
        try
        {
            var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
            var settings = new GatewaySettings { Idempotency = new IdempotencySettings { RetentionDays = 1, SweepInterval = TimeSpan.FromHours(1) } };
            using var store = IdempotencyStore.Open(directory, time, settings.Idempotency.Retention);
            await store.ExecuteAsync("caller", "key", "fingerprint", () => Task.FromResult((new ApiResponse(201, ApiResponse.Json, "{}"), true)));
            using var sweeper = new IdempotencySweeper(store, new GatewayRuntime(settings, "NgoMSP", CancellationToken.None), time,
                NullLogger<IdempotencySweeper>.Instance);
            await sweeper.StartAsync(cancellationToken);

            // The sweeper starts on a background thread and sweeps on the timer's continuation: move the clock an
            // interval at a time until the effect shows, asserting nothing about how long that takes.
            time.Advance(TimeSpan.FromHours(24));
            while (store.Count > 0)
            {
                time.Advance(settings.Idempotency.SweepInterval);
                await Task.Delay(10, cancellationToken);
            }

            await sweeper.StopAsync(cancellationToken);
            Assert.That(File.ReadAllText(Path.Combine(directory, IdempotencyStore.FileName)), Is.Empty);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
