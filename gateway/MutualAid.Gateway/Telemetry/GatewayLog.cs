namespace MutualAid.Gateway.Telemetry;

/// <summary>Every log line of the gateway, with fixed event ids 700-719. No key material, no request body.</summary>
internal static partial class GatewayLog
{
    [LoggerMessage(EventId = 700, Level = LogLevel.Information, Message = "{Organization} gateway ready on {Url}")]
    public static partial void Ready(ILogger logger, string organization, string url);

    [LoggerMessage(EventId = 701, Level = LogLevel.Information,
        Message = "{Function} by {Identity} committed as {TransactionId} in block {Block} after {Attempts} attempt(s)")]
    public static partial void Committed(ILogger logger, string function, string identity, string transactionId, ulong block, int attempts);

    [LoggerMessage(EventId = 702, Level = LogLevel.Information, Message = "{Function} by {Identity} refused: {Status} {Code}")]
    public static partial void Refused(ILogger logger, string function, string identity, int status, string code);

    [LoggerMessage(EventId = 703, Level = LogLevel.Warning, Message = "{Function} by {Identity} failed: {Status} {Code} (transaction {TransactionId})")]
    public static partial void Failed(ILogger logger, string function, string identity, int status, string code, string? transactionId);

    [LoggerMessage(EventId = 704, Level = LogLevel.Information, Message = "{Function} by {Identity} replayed for an idempotency key")]
    public static partial void Replayed(ILogger logger, string function, string identity);

    [LoggerMessage(EventId = 705, Level = LogLevel.Information, Message = "event stream for {Identity} opened at {Position}")]
    public static partial void StreamOpened(ILogger logger, string identity, string position);

    [LoggerMessage(EventId = 706, Level = LogLevel.Information, Message = "event stream for {Identity} closed after {Count} event(s)")]
    public static partial void StreamClosed(ILogger logger, string identity, int count);

    [LoggerMessage(EventId = 707, Level = LogLevel.Warning, Message = "readiness check failed: {Reason}")]
    public static partial void NotReady(ILogger logger, string reason);

    [LoggerMessage(EventId = 708, Level = LogLevel.Information, Message = "wallet of {Organization} holds {Count} identities")]
    public static partial void WalletLoaded(ILogger logger, string organization, int count);
}
