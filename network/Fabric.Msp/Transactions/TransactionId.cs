using System.Security.Cryptography;

namespace Fabric.Msp.Transactions;

/// <summary>
/// Fabric transaction ids: <c>lowercase hex(SHA-256(nonce ‖ creator))</c>, where creator is the serialized
/// <c>msp.SerializedIdentity</c> placed in the signature header, and the nonce is 24 random bytes.
/// </summary>
public static class TransactionId
{
    /// <summary>The nonce length Fabric's clients use.</summary>
    public const int NonceLength = 24;

    /// <summary>Returns <see cref="NonceLength"/> cryptographically random bytes.</summary>
    public static byte[] NewNonce() => RandomNumberGenerator.GetBytes(NonceLength);

    /// <summary>Computes the transaction id for <paramref name="nonce"/> and <paramref name="creator"/>.</summary>
    public static string Compute(ReadOnlySpan<byte> nonce, ReadOnlySpan<byte> creator)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(nonce);
        hash.AppendData(creator);
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        hash.GetHashAndReset(digest);
        return Convert.ToHexStringLower(digest);
    }
}
