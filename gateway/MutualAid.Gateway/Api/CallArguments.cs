using System.Security.Cryptography;
using System.Text;

namespace MutualAid.Gateway.Api;

/// <summary>One chaincode call assembled from a request: the function, its JSON argument, and its transient data.</summary>
/// <param name="Function">The chaincode function.</param>
/// <param name="Json">The single JSON argument.</param>
/// <param name="Transient">Transient data (private details), by key.</param>
public sealed record CallArguments(string Function, string Json, IReadOnlyDictionary<string, byte[]> Transient)
{
    /// <summary>The SHA-256 (hex) of everything the call carries: equal requests, equal hash.</summary>
    public string Fingerprint()
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(Function + "\n" + Json + "\n"));
        foreach (var (key, value) in Transient.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(key + "\n"));
            hash.AppendData(SHA256.HashData(value));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
