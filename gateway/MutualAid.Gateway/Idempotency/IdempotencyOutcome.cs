using MutualAid.Gateway.Api;

namespace MutualAid.Gateway.Idempotency;

/// <summary>What the store made of a write: the answer, whether it is a replay, or that the key was reused for another request.</summary>
/// <param name="Response">The answer to send (null when <paramref name="KeyReused"/>).</param>
/// <param name="Replayed">True when the answer is the one given to an earlier request with this key.</param>
/// <param name="KeyReused">True when the key was first used with a different request.</param>
public sealed record IdempotencyOutcome(ApiResponse? Response, bool Replayed, bool KeyReused);
