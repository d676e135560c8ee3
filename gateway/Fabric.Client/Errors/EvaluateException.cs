using Grpc.Core;

namespace Fabric.Client.Errors;

/// <summary>
/// Evaluating a transaction (running the proposal on a peer without ordering it) failed.
/// Carries the transaction id, the gRPC status and the per-node <see cref="ErrorDetail"/>s.
/// </summary>
public sealed class EvaluateException : GatewayException
{
    /// <summary>Creates the exception.</summary>
    public EvaluateException(
        string message,
        StatusCode statusCode,
        IReadOnlyList<ErrorDetail> details,
        string? transactionId,
        Exception? innerException = null)
        : base(message, statusCode, details, transactionId, innerException)
    {
    }
}
