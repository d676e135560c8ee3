using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace MutualAid.Gateway.Security;

/// <summary>
/// The API key file (<c>api-keys.json</c>): SHA-256 hashes of keys, each with a short public key id, mapped to
/// wallet identities. Plain keys are never stored here nor logged, so a leaked file holds no usable key. Revoked
/// entries stay (for <c>keys list</c>) but no longer authenticate. A gateway looks up only its organization's keys.
/// </summary>
public sealed class ApiKeyStore
{
    /// <summary>The prefix of every issued key, so a leaked key is recognisable.</summary>
    public const string KeyPrefix = "ma_";

    /// <summary>The prefix of every key id.</summary>
    public const string KeyIdPrefix = "key_";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    private readonly Dictionary<string, ApiKeyEntry> _byHash;

    private ApiKeyStore(IEnumerable<ApiKeyEntry> entries)
    {
        // Files written before key ids existed get an id derived from the hash, stable across loads.
        Entries = [.. entries.Select(e => string.IsNullOrEmpty(e.KeyId) ? e with { KeyId = KeyIdPrefix + e.Sha256[..12] } : e)];
        _byHash = new Dictionary<string, ApiKeyEntry>(StringComparer.Ordinal);
        foreach (var entry in Entries.Where(e => e.IsActive))
        {
            _byHash[entry.Sha256] = entry;
        }
    }

    /// <summary>Every entry, revoked ones included.</summary>
    public IReadOnlyList<ApiKeyEntry> Entries { get; }

    /// <summary>Loads <paramref name="path"/>; an absent file is an empty store.</summary>
    /// <exception cref="JsonException">The file is not an API key file.</exception>
    public static ApiKeyStore Load(string path)
    {
        if (!File.Exists(path))
        {
            return new ApiKeyStore([]);
        }

        var file = JsonSerializer.Deserialize<KeyFile>(File.ReadAllText(path), Json) ?? new KeyFile([]);
        return new ApiKeyStore(file.Keys ?? []);
    }

    /// <summary>A store of <paramref name="entries"/>.</summary>
    public static ApiKeyStore From(IEnumerable<ApiKeyEntry> entries) => new(entries);

    /// <summary>Writes the store to <paramref name="path"/> atomically (a temporary file renamed over it).</summary>
    public void Save(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(new KeyFile(Entries), Json));
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>The active entry of <paramref name="presentedKey"/>, or null for an unknown or revoked key.</summary>
    public ApiKeyEntry? Find(string presentedKey) =>
        string.IsNullOrEmpty(presentedKey) ? null : _byHash.GetValueOrDefault(Hash(presentedKey));

    /// <summary>A new random key (256 bits, URL-safe base64 with <see cref="KeyPrefix"/>).</summary>
    public static string NewKey() => KeyPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>A new random key id (<see cref="KeyIdPrefix"/> and 12 hex digits); it says nothing about the key.</summary>
    public static string NewKeyId() => KeyIdPrefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));

    /// <summary>A new entry for <paramref name="key"/>, issued to <paramref name="identity"/> of <paramref name="mspId"/> at <paramref name="now"/>.</summary>
    public static ApiKeyEntry NewEntry(string key, string mspId, string identity, DateTimeOffset now) =>
        new(Hash(key), mspId, identity, now, NewKeyId());

    /// <summary>The stored form of <paramref name="key"/>: lower-case hex SHA-256 of its UTF-8 bytes.</summary>
    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private sealed record KeyFile(IReadOnlyList<ApiKeyEntry>? Keys);
}
