using MutualAid.Gateway.Hosting;

namespace MutualAid.Gateway.Idempotency;

/// <summary>
/// Sweeps expired idempotency records every <see cref="IdempotencySettings.SweepInterval"/> while the gateway runs
/// (opening the store already swept once). Paced by the <see cref="TimeProvider"/>, so tests can move time.
/// </summary>
internal sealed class IdempotencySweeper(IdempotencyStore store, GatewayRuntime runtime, TimeProvider time, ILogger<IdempotencySweeper> logger)
    : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = runtime.Settings.Idempotency;
        if (settings.Retention is null || settings.SweepInterval <= TimeSpan.Zero)
        {
            return;
        }

        using var timer = new PeriodicTimer(settings.SweepInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                await SweepOnceAsync(settings.RetentionDays).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The gateway is stopping.
        }
    }

    private async Task SweepOnceAsync(int retentionDays)
    {
        try
        {
            var removed = await store.SweepAsync().ConfigureAwait(false);
            if (removed > 0)
            {
                IdempotencyLog.Swept(logger, runtime.Organization, removed, retentionDays);
            }
        }
        catch (IOException ex)
        {
            // The old file stays whole; the next tick tries again.
            IdempotencyLog.SweepFailed(logger, runtime.Organization, ex);
        }
    }
}
