namespace MutualAid.Gateway.Idempotency;

/// <summary>How long idempotency records are kept (configuration section <c>Idempotency</c>).</summary>
public sealed class IdempotencySettings
{
    /// <summary>Days a final answer is replayed for its key; 0 or less keeps records forever. Default 30.</summary>
    public int RetentionDays { get; set; } = 30;

    /// <summary>How often expired records are swept while the gateway runs; default one hour.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The retention as a span, or null when records never expire.</summary>
    public TimeSpan? Retention => RetentionDays > 0 ? TimeSpan.FromDays(RetentionDays) : null;
}
