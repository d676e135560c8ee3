using Grpc.Core;

namespace Fabric.Client.Errors;

/// <summary>
/// Submitting an endorsed, signed transaction to ordering failed; the transaction may or may not have reached the orderer, so it must not be resubmitted blindly.
/// Carries the transaction id, the gRPC status and the per-node <see cref="ErrorDetail"/>s.
/// </summary>
public sealed class SubmitException : GatewayException
{
    /// <summary>Creates the exception.</summary>
    public SubmitException(
        string message,
        StatusCode statusCode,
        IReadOnlyList<ErrorDetail> details,
        string? transactionId,
        Exception? innerException = null)
        : base(message, statusCode, details, transactionId, innerException)
    {
    }
}
