namespace MutualAid.Gateway.Idempotency;

/// <summary>Log lines of the idempotency record maintenance (event ids 716-717 of the gateway's 700-719). No keys, no bodies.</summary>
internal static partial class IdempotencyLog
{
    [LoggerMessage(EventId = 716, Level = LogLevel.Information, Message = "{Organization}: swept {Count} idempotency record(s) older than {RetentionDays} day(s)")]
    public static partial void Swept(ILogger logger, string organization, int count, int retentionDays);

    [LoggerMessage(EventId = 717, Level = LogLevel.Warning, Message = "{Organization}: sweeping idempotency records failed")]
    public static partial void SweepFailed(ILogger logger, string organization, Exception exception);
}
