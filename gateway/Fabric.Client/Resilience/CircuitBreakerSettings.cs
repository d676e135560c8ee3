namespace Fabric.Client.Resilience;

/// <summary>
/// The per-endpoint circuit breaker: it opens for <paramref name="BreakDuration"/> when, within
/// <paramref name="SamplingDuration"/> and at least <paramref name="MinimumThroughput"/> calls, the share
/// of calls that failed with UNAVAILABLE or RESOURCE_EXHAUSTED reaches <paramref name="FailureRatio"/>.
/// Chaincode errors and deadlines do not count: they say nothing about the endpoint's health.
/// </summary>
/// <param name="Enabled">False to call the endpoint without a breaker.</param>
/// <param name="FailureRatio">Share of failed calls (0..1] that opens the circuit.</param>
/// <param name="MinimumThroughput">Calls needed in the sampling window before the ratio counts (at least 2).</param>
/// <param name="SamplingDuration">The window over which calls are counted.</param>
/// <param name="BreakDuration">How long the circuit stays open before a trial call.</param>
public sealed record CircuitBreakerSettings(
    bool Enabled, double FailureRatio, int MinimumThroughput, TimeSpan SamplingDuration, TimeSpan BreakDuration);
