using Grpc.Core;

namespace Fabric.Client.Errors;

/// <summary>
/// A gateway call that failed with a gRPC status: the status code, the gateway's message and, when the
/// gateway attached them, one <see cref="ErrorDetail"/> per failing peer or orderer. Thrown as such for
/// event streams; each transaction stage throws its own subclass.
/// </summary>
public class GatewayException : FabricClientException
{
    /// <summary>Creates the exception.</summary>
    public GatewayException(
        string message,
        StatusCode statusCode,
        IReadOnlyList<ErrorDetail> details,
        string? transactionId = null,
        Exception? innerException = null)
        : base(message, transactionId, innerException)
    {
        ArgumentNullException.ThrowIfNull(details);
        StatusCode = statusCode;
        Details = details;
    }

    /// <summary>The gRPC status code of the failed call.</summary>
    public StatusCode StatusCode { get; }

    /// <summary>The per-node failures the gateway reported; empty when it reported none.</summary>
    public IReadOnlyList<ErrorDetail> Details { get; }

    /// <summary>True when the call failed with UNAVAILABLE, DEADLINE_EXCEEDED or RESOURCE_EXHAUSTED.</summary>
    public override bool IsTransient => IsTransientStatus(StatusCode);

    /// <summary>True when the call was refused locally because the endpoint's circuit breaker is open.</summary>
    public bool IsCircuitOpen => InnerException is Polly.CircuitBreaker.BrokenCircuitException;

    /// <summary>True for the status codes a retry can help with.</summary>
    public static bool IsTransientStatus(StatusCode code) =>
        code is StatusCode.Unavailable or StatusCode.DeadlineExceeded or StatusCode.ResourceExhausted;
}
