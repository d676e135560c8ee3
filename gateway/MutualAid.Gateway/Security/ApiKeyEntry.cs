using System.Text.Json.Serialization;

namespace MutualAid.Gateway.Security;

/// <summary>
/// One API key as stored: a short public id, its SHA-256 (hex), never the key, the wallet identity it maps to,
/// and when it was revoked, if it was.
/// </summary>
/// <param name="Sha256">Lower-case hex SHA-256 of the UTF-8 key.</param>
/// <param name="MspId">The organization of the identity.</param>
/// <param name="Identity">The wallet label.</param>
/// <param name="CreatedAt">When the key was issued.</param>
/// <param name="KeyId">The key's public id (<c>key_…</c>), shown by <c>keys list</c> and used to revoke it.</param>
/// <param name="RevokedAt">When the key was revoked; null while it is valid.</param>
public sealed record ApiKeyEntry(string Sha256, string MspId, string Identity, DateTimeOffset CreatedAt, string KeyId, DateTimeOffset? RevokedAt = null)
{
    /// <summary>True while the key authenticates.</summary>
    [JsonIgnore]
    public bool IsActive => RevokedAt is null;
}
