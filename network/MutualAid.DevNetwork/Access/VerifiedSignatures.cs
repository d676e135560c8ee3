using System.Buffers;
using System.Collections.Concurrent;
using System.Runtime.InteropServices;
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
    private readonly ConcurrentDictionary<Digest, byte> _known = new();

    // Counted apart: ConcurrentDictionary.Count takes every lock of the table, on the hot path of every check.
    private int _count;

    public bool Contains(X509Identity identity, ReadOnlySpan<byte> message, ReadOnlySpan<byte> signature) =>
        _known.ContainsKey(Key(identity, message, signature));

    public void Add(X509Identity identity, ReadOnlySpan<byte> message, ReadOnlySpan<byte> signature)
    {
        if (Volatile.Read(ref _count) >= Capacity)
        {
            _known.Clear();
            Volatile.Write(ref _count, 0);
        }

        if (_known.TryAdd(Key(identity, message, signature), 0))
        {
            Interlocked.Increment(ref _count);
        }
    }

    /// <summary>SHA-256 of (identity ‖ SHA-256(message) ‖ signature), held as a value so a lookup allocates nothing.</summary>
    private static Digest Key(X509Identity identity, ReadOnlySpan<byte> message, ReadOnlySpan<byte> signature)
    {
        var serialized = identity.Serialized.Span;
        var length = serialized.Length + SHA256.HashSizeInBytes + signature.Length;
        var rented = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var input = rented.AsSpan(0, length);
            serialized.CopyTo(input);
            SHA256.HashData(message, input.Slice(serialized.Length, SHA256.HashSizeInBytes));
            signature.CopyTo(input[(serialized.Length + SHA256.HashSizeInBytes)..]);
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(input, hash);
            return MemoryMarshal.Read<Digest>(hash);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private readonly record struct Digest(ulong A, ulong B, ulong C, ulong D);
}
