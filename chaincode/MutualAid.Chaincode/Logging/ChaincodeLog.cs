using Microsoft.Extensions.Logging;

namespace MutualAid.Chaincode.Logging;

/// <summary>Every log line the mutual-aid chaincode host writes, with fixed event ids (5xx: the host).</summary>
internal static partial class ChaincodeLog
{
    [LoggerMessage(EventId = 500, Level = LogLevel.Error, Message = "[{TxId}] {Function} failed with a fault: {Message}")]
    public static partial void DomainFault(ILogger logger, string txId, string function, string message);

    [LoggerMessage(EventId = 501, Level = LogLevel.Warning, Message = "[{TxId}] The proposal's creator cannot be read: {Reason}")]
    public static partial void ContextUnreadable(ILogger logger, string txId, string reason, Exception exception);

    [LoggerMessage(EventId = 502, Level = LogLevel.Debug, Message = "[{TxId}] {Function} answered {Status}")]
    public static partial void Answered(ILogger logger, string txId, string function, int status);

    [LoggerMessage(EventId = 503, Level = LogLevel.Warning, Message = "[{TxId}] Refused the proposal's timestamp, {Code}: {Reason}")]
    public static partial void TimestampRefused(ILogger logger, string txId, string code, string reason);
}
