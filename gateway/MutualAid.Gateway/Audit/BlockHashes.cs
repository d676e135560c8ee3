using System.Formats.Asn1;
using System.Security.Cryptography;
using Fabric.Protos.Common;

namespace MutualAid.Gateway.Audit;

/// <summary>
/// The two hashes that chain Fabric blocks, computed independently of the network: the data hash (SHA-256 of the
/// concatenated envelopes) and the header hash (SHA-256 of the DER header), which the next block carries as its
/// previous hash.
/// </summary>
public static class BlockHashes
{
    /// <summary>SHA-256 of the plain concatenation of the block's envelopes.</summary>
    public static byte[] DataHash(Block block)
    {
        ArgumentNullException.ThrowIfNull(block);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var envelope in block.Data?.Data ?? [])
        {
            hash.AppendData(envelope.Span);
        }

        return hash.GetHashAndReset();
    }

    /// <summary>The DER encoding of SEQUENCE { INTEGER number, OCTET STRING previous_hash, OCTET STRING data_hash }.</summary>
    public static byte[] HeaderBytes(BlockHeader header)
    {
        ArgumentNullException.ThrowIfNull(header);
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            writer.WriteInteger(header.Number);
            writer.WriteOctetString(header.PreviousHash.Span);
            writer.WriteOctetString(header.DataHash.Span);
        }

        return writer.Encode();
    }

    /// <summary>SHA-256 of <see cref="HeaderBytes"/>: the hash the next block must carry as its previous hash.</summary>
    public static byte[] HeaderHash(BlockHeader header) => SHA256.HashData(HeaderBytes(header));
}
