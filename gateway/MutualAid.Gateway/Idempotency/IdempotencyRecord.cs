using MutualAid.Gateway.Api;

namespace MutualAid.Gateway.Idempotency;

/// <summary>One remembered write: who sent which key, the fingerprint of the request, and the answer given.</summary>
/// <param name="Id">The caller's wallet identity and the key, joined by a line feed.</param>
/// <param name="Fingerprint">The SHA-256 of the call (function, argument, transient data).</param>
/// <param name="Response">The answer, replayed for every retry.</param>
/// <param name="At">When the answer was first given; the retention counts from here.</param>
public sealed record IdempotencyRecord(string Id, string Fingerprint, ApiResponse Response, DateTimeOffset At);
