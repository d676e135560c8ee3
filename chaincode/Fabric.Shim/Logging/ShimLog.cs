using Fabric.Protos.Peer;
using Microsoft.Extensions.Logging;

namespace Fabric.Shim.Logging;

/// <summary>Every log line the shim writes, with fixed event ids (1xx server, 2xx stream, 3xx transactions).</summary>
internal static partial class ShimLog
{
    [LoggerMessage(EventId = 100, Level = LogLevel.Information,
        Message = "Chaincode server listening on {Address} (TLS {Tls}, client certificates required {MutualTls})")]
    public static partial void ServerListening(ILogger logger, string address, bool tls, bool mutualTls);

    [LoggerMessage(EventId = 101, Level = LogLevel.Information, Message = "Chaincode server stopping; in-flight transactions get {Timeout} to finish")]
    public static partial void ServerStopping(ILogger logger, TimeSpan timeout);

    [LoggerMessage(EventId = 200, Level = LogLevel.Information, Message = "Peer connected; registering as {ChaincodeId}")]
    public static partial void StreamOpened(ILogger logger, string chaincodeId);

    [LoggerMessage(EventId = 201, Level = LogLevel.Information, Message = "Registered with the peer; state {State}")]
    public static partial void StateChanged(ILogger logger, string state);

    [LoggerMessage(EventId = 202, Level = LogLevel.Information, Message = "Peer stream closed")]
    public static partial void StreamClosed(ILogger logger);

    [LoggerMessage(EventId = 203, Level = LogLevel.Warning, Message = "Peer stream failed")]
    public static partial void StreamFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 204, Level = LogLevel.Warning,
        Message = "[{ChannelId}-{TxId}] Unexpected {Type} in state {State}; answering ERROR")]
    public static partial void UnexpectedMessage(ILogger logger, string channelId, string txId, ChaincodeMessage.Types.Type type, string state);

    [LoggerMessage(EventId = 205, Level = LogLevel.Warning,
        Message = "[{ChannelId}-{TxId}] {Type} matches no request in flight; dropped")]
    public static partial void OrphanReply(ILogger logger, string channelId, string txId, ChaincodeMessage.Types.Type type);

    [LoggerMessage(EventId = 206, Level = LogLevel.Debug, Message = "KEEPALIVE received and echoed")]
    public static partial void KeepAlive(ILogger logger);

    [LoggerMessage(EventId = 207, Level = LogLevel.Warning, Message = "Writing to the peer stream failed; the stream is closing")]
    public static partial void WriteFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 300, Level = LogLevel.Warning,
        Message = "[{ChannelId}-{TxId}] A transaction with this id is already running; answering ERROR")]
    public static partial void DuplicateTransaction(ILogger logger, string channelId, string txId);

    [LoggerMessage(EventId = 301, Level = LogLevel.Error, Message = "[{ChannelId}-{TxId}] Transaction failed; answering ERROR: {Reason}")]
    public static partial void TransactionFailed(ILogger logger, string channelId, string txId, string reason, Exception? exception);

    [LoggerMessage(EventId = 302, Level = LogLevel.Information,
        Message = "[{ChannelId}-{TxId}] {Function} answered status {Status}: {Message}")]
    public static partial void TransactionError(ILogger logger, string channelId, string txId, string function, int status, string message);

    [LoggerMessage(EventId = 303, Level = LogLevel.Warning, Message = "[{ChannelId}-{TxId}] Transaction refused while shutting down")]
    public static partial void RefusedWhileStopping(ILogger logger, string channelId, string txId);
}
