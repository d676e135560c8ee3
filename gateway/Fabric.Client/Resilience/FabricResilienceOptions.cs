namespace Fabric.Client.Resilience;

/// <summary>Settings of the default pipelines built by <see cref="FabricPipelines"/>.</summary>
public sealed class FabricResilienceOptions
{
    /// <summary>Evaluate retries; default 3 retries from 100 ms, at most 2 s apart.</summary>
    public RetrySettings Evaluate { get; init; } = new(3, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(2));

    /// <summary>Endorse retries; default 2 retries from 200 ms, at most 2 s apart.</summary>
    public RetrySettings Endorse { get; init; } = new(2, TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(2));

    /// <summary>Commit-status retries; default 2 retries from 200 ms, at most 5 s apart.</summary>
    public RetrySettings CommitStatus { get; init; } = new(2, TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(5));

    /// <summary>
    /// Delays between runs of a transaction after an MVCC conflict (only when a call opts in); at most
    /// <see cref="RetrySettings.MaxRetries"/> re-runs are allowed whatever a call asks. Default cap 10.
    /// </summary>
    public RetrySettings ResubmitOnConflict { get; init; } = new(10, TimeSpan.FromMilliseconds(50), TimeSpan.FromSeconds(1));

    /// <summary>The per-endpoint circuit breaker; default opens at 50% failures over 10+ calls in 30 s, for 15 s.</summary>
    public CircuitBreakerSettings CircuitBreaker { get; init; } =
        new(true, 0.5, 10, TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(15));
}
