namespace MutualAid.Domain.Routing;

/// <summary>The outcome of a contract call, ready for the shim's response message.</summary>
/// <param name="Status">200, a 4xx for caller errors, 500 for faults.</param>
/// <param name="ErrorCode">The stable code of a failure; null on success.</param>
/// <param name="Message">The error message, starting with the code; empty on success, except for a replay (<see cref="ReplayedPrefix"/>).</param>
/// <param name="Payload">Canonical JSON of the result; empty on failure.</param>
public sealed record DomainResponse(int Status, string? ErrorCode, string Message, ReadOnlyMemory<byte> Payload)
{
    /// <summary>True for status 200.</summary>
    public bool IsSuccess => Status == 200;

    /// <summary>The message prefix of a replayed write: <c>REPLAYED: first committed in transaction {txid}</c>.</summary>
    public const string ReplayedPrefix = "REPLAYED";

    /// <summary>True when a write was not run again: the payload is the recorded response of its first success.</summary>
    public bool Replayed { get; init; }

    /// <summary>The success response of a retried write that returns the response first committed in <paramref name="firstTxId"/>.</summary>
    public static DomainResponse Replay(string firstTxId, ReadOnlyMemory<byte> payload)
        => new(200, null, $"{ReplayedPrefix}: first committed in transaction {firstTxId}", payload) { Replayed = true };

    /// <summary>A failure response for <paramref name="code"/> with <paramref name="status"/>.</summary>
    public static DomainResponse Failure(int status, string code, string message) => new(status, code, message, ReadOnlyMemory<byte>.Empty);
}
