namespace MutualAid.Gateway.Security;

/// <summary>A key just issued: its stored entry and the plain key, which is shown once and kept nowhere.</summary>
/// <param name="Entry">The stored entry (hash, key id, identity).</param>
/// <param name="Key">The plain key.</param>
public sealed record IssuedApiKey(ApiKeyEntry Entry, string Key);
