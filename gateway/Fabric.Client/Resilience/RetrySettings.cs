namespace Fabric.Client.Resilience;

/// <summary>How one pipeline retries: at most <paramref name="MaxRetries"/> times, exponential backoff with jitter.</summary>
/// <param name="MaxRetries">Retries after the first attempt; 0 turns retrying off.</param>
/// <param name="Delay">The base delay before the first retry.</param>
/// <param name="MaxDelay">The longest delay between attempts.</param>
public sealed record RetrySettings(int MaxRetries, TimeSpan Delay, TimeSpan MaxDelay);
