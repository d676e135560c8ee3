namespace MutualAid.Gateway.Security;

/// <summary>One API key as stored: its SHA-256 (hex), never the key, and the wallet identity it maps to.</summary>
/// <param name="Sha256">Lower-case hex SHA-256 of the UTF-8 key.</param>
/// <param name="MspId">The organization of the identity.</param>
/// <param name="Identity">The wallet label.</param>
/// <param name="CreatedAt">When the key was issued.</param>
public sealed record ApiKeyEntry(string Sha256, string MspId, string Identity, DateTimeOffset CreatedAt);
