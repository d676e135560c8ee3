using Grpc.Core;

namespace Fabric.Client.Errors;

/// <summary>
/// Endorsing a transaction proposal failed: the gateway could not collect the endorsements the policy needs (ABORTED with per-peer details when chaincode failed).
/// Carries the transaction id, the gRPC status and the per-node <see cref="ErrorDetail"/>s.
/// </summary>
public sealed class EndorseException : GatewayException
{
    /// <summary>Creates the exception.</summary>
    public EndorseException(
        string message,
        StatusCode statusCode,
        IReadOnlyList<ErrorDetail> details,
        string? transactionId,
        Exception? innerException = null)
        : base(message, statusCode, details, transactionId, innerException)
    {
    }
}
