namespace MutualAid.Domain.Routing;

/// <summary>The outcome of a contract call, ready for the shim's response message.</summary>
/// <param name="Status">200, a 4xx for caller errors, 500 for faults.</param>
/// <param name="ErrorCode">The stable code of a failure; null on success.</param>
/// <param name="Message">The error message, starting with the code; empty on success.</param>
/// <param name="Payload">Canonical JSON of the result; empty on failure.</param>
public sealed record DomainResponse(int Status, string? ErrorCode, string Message, ReadOnlyMemory<byte> Payload)
{
    /// <summary>True for status 200.</summary>
    public bool IsSuccess => Status == 200;

    /// <summary>A failure response for <paramref name="code"/> with <paramref name="status"/>.</summary>
    public static DomainResponse Failure(int status, string code, string message) => new(status, code, message, ReadOnlyMemory<byte>.Empty);
}
