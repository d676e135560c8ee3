using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace MutualAid.Gateway.Security;

/// <summary>
/// The API key file (<c>api-keys.json</c>): SHA-256 hashes of keys mapped to wallet identities. Plain keys are
/// never stored here nor logged. A gateway looks up only the keys of its own organization.
/// </summary>
public sealed class ApiKeyStore
{
    /// <summary>The prefix of every issued key, so a leaked key is recognisable.</summary>
    public const string KeyPrefix = "ma_";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    private readonly Dictionary<string, ApiKeyEntry> _byHash;

    private ApiKeyStore(IEnumerable<ApiKeyEntry> entries)
    {
        Entries = [.. entries];
        _byHash = Entries.ToDictionary(e => e.Sha256, StringComparer.Ordinal);
    }

    /// <summary>Every entry.</summary>
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
        return new ApiKeyStore(file.Keys);
    }

    /// <summary>A store of <paramref name="entries"/>.</summary>
    public static ApiKeyStore From(IEnumerable<ApiKeyEntry> entries) => new(entries);

    /// <summary>Writes the store to <paramref name="path"/> atomically.</summary>
    public void Save(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(new KeyFile(Entries), Json));
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>The entry of <paramref name="presentedKey"/>, or null for an unknown key.</summary>
    public ApiKeyEntry? Find(string presentedKey) =>
        string.IsNullOrEmpty(presentedKey) ? null : _byHash.GetValueOrDefault(Hash(presentedKey));

    /// <summary>A new random key (256 bits, URL-safe base64 with <see cref="KeyPrefix"/>).</summary>
    public static string NewKey() => KeyPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>The stored form of <paramref name="key"/>: lower-case hex SHA-256 of its UTF-8 bytes.</summary>
    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private sealed record KeyFile(IReadOnlyList<ApiKeyEntry> Keys);
}
