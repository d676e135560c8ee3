using Grpc.Core;

namespace Fabric.Client.Errors;

/// <summary>
/// Asking for a submitted transaction's commit status failed (the transport failed or the wait timed out); the transaction itself may still commit, and asking again is safe.
/// Carries the transaction id, the gRPC status and the per-node <see cref="ErrorDetail"/>s.
/// </summary>
public sealed class CommitStatusException : GatewayException
{
    /// <summary>Creates the exception.</summary>
    public CommitStatusException(
        string message,
        StatusCode statusCode,
        IReadOnlyList<ErrorDetail> details,
        string? transactionId,
        Exception? innerException = null)
        : base(message, statusCode, details, transactionId, innerException)
    {
    }
}
