namespace MutualAid.Domain.Model;

/// <summary>
/// The outcome of the first successful write that carried a request id, kept under
/// <c>request~{mspId, requestId}</c> so that a retry of the same request returns it instead of running again.
/// </summary>
public sealed record RequestRecord
{
    /// <summary>The organization of the caller; request ids are scoped to it.</summary>
    public required string MspId { get; init; }

    public required string RequestId { get; init; }

    /// <summary>The contract function of the first call.</summary>
    public required string Function { get; init; }

    /// <summary>Lower-case hex SHA-256 of the function, the arguments (without the request id) and the transient map.</summary>
    public required string RequestHash { get; init; }

    /// <summary>The transaction that committed the first call.</summary>
    public required string TxId { get; init; }

    public required DateTimeOffset CommittedAt { get; init; }

    /// <summary>The response payload of the first call (canonical JSON), returned byte for byte on a retry.</summary>
    public required string Response { get; init; }
}
