using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Fabric.Msp.Transactions;

/// <summary>
/// The proposal binding a chaincode reads with <c>GetBinding()</c>:
/// <c>hex(SHA-256(nonce ‖ creator ‖ epoch as 8-byte little-endian))</c>.
/// </summary>
public static class ProposalBinding
{
    /// <summary>Computes the binding for the signature header's nonce and creator and the channel header's epoch.</summary>
    public static string Compute(ReadOnlySpan<byte> nonce, ReadOnlySpan<byte> creator, ulong epoch)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(nonce);
        hash.AppendData(creator);
        Span<byte> epochBytes = stackalloc byte[sizeof(ulong)];
        BinaryPrimitives.WriteUInt64LittleEndian(epochBytes, epoch);
        hash.AppendData(epochBytes);
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        hash.GetHashAndReset(digest);
        return Convert.ToHexStringLower(digest);
    }
}
