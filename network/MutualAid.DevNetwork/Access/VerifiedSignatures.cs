using System.Collections.Concurrent;
using System.Security.Cryptography;
using Fabric.Msp.Identities;

namespace MutualAid.DevNetwork.Access;

/// <summary>
/// Signatures already known to be valid: verified once, or made by a peer of this process. The same
/// bytes reach several checks (the orderer's broadcast filter and the committer verify the same
/// creator signature; the committer verifies endorsements the gateway's peers just made), and an
/// exact repeat of (identity, message, signature) needs no second elliptic-curve check.
/// </summary>
internal sealed class VerifiedSignatures
{
    private const int Capacity = 100_000;
    private readonly ConcurrentDictionary<string, byte> _known = new(StringComparer.Ordinal);

    public bool Contains(X509Identity identity, ReadOnlySpan<byte> message, ReadOnlySpan<byte> signature) =>
        _known.ContainsKey(Key(identity, message, signature));

    public void Add(X509Identity identity, ReadOnlySpan<byte> message, ReadOnlySpan<byte> signature)
    {
        if (_known.Count >= Capacity)
        {
            _known.Clear();
        }

        _known.TryAdd(Key(identity, message, signature), 0);
    }

    private static string Key(X509Identity identity, ReadOnlySpan<byte> message, ReadOnlySpan<byte> signature)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(identity.Serialized.Span);
        hash.AppendData(SHA256.HashData(message));
        hash.AppendData(signature);
        return Convert.ToBase64String(hash.GetHashAndReset());
    }
}
