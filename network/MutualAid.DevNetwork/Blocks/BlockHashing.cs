using System.Formats.Asn1;
using System.Security.Cryptography;

namespace MutualAid.DevNetwork.Blocks;

/// <summary>
/// The two hashes that chain Fabric blocks: the data hash over a block's envelopes, and the header
/// hash that the next block carries as its previous hash.
/// </summary>
public static class BlockHashing
{
    /// <summary>
    /// SHA-256 of the plain concatenation of the serialized envelopes (Fabric's data hash is not a
    /// Merkle tree, whatever older comments say).
    /// </summary>
    public static byte[] DataHash(IEnumerable<ReadOnlyMemory<byte>> envelopes)
    {
        ArgumentNullException.ThrowIfNull(envelopes);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var envelope in envelopes)
        {
            hash.AppendData(envelope.Span);
        }

        return hash.GetHashAndReset();
    }

    /// <summary>
    /// SHA-256 of the DER encoding of SEQUENCE { INTEGER number, OCTET STRING previousHash,
    /// OCTET STRING dataHash }.
    /// </summary>
    public static byte[] HeaderHash(ulong number, ReadOnlySpan<byte> previousHash, ReadOnlySpan<byte> dataHash)
        => SHA256.HashData(HeaderBytes(number, previousHash, dataHash));

    /// <summary>The DER bytes that <see cref="HeaderHash"/> hashes.</summary>
    public static byte[] HeaderBytes(ulong number, ReadOnlySpan<byte> previousHash, ReadOnlySpan<byte> dataHash)
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            writer.WriteInteger(number);
            writer.WriteOctetString(previousHash);
            writer.WriteOctetString(dataHash);
        }

        return writer.Encode();
    }
}
