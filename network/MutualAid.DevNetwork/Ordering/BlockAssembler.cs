using Fabric.Msp.Signing;
using Fabric.Msp.Transactions;
using Fabric.Protos.Common;
using Google.Protobuf;
using MutualAid.DevNetwork.Blocks;

namespace MutualAid.DevNetwork.Ordering;

/// <summary>
/// Builds blocks as Fabric's orderer writes them: header chained to the previous block's header
/// hash, data hash over the envelopes, five metadata entries, and the orderer's signature over
/// (metadata value ‖ signature header ‖ DER header bytes) in SIGNATURES.
/// </summary>
public sealed class BlockAssembler(SigningIdentity orderer)
{
    /// <summary>Creates and signs block <paramref name="number"/> holding <paramref name="envelopes"/>.</summary>
    public async Task<Block> AssembleAsync(ulong number, ReadOnlyMemory<byte> previousHash, IReadOnlyList<ByteString> envelopes)
    {
        ArgumentNullException.ThrowIfNull(envelopes);
        var header = new BlockHeader
        {
            Number = number,
            PreviousHash = ByteString.CopyFrom(previousHash.Span),
            DataHash = ByteString.CopyFrom(BlockHashing.DataHash(envelopes.Select(e => e.Memory))),
        };
        var block = new Block { Header = header, Data = new BlockData(), Metadata = new BlockMetadata() };
        block.Data.Data.AddRange(envelopes);
        for (var i = 0; i <= (int)BlockMetadataIndex.CommitHash; i++)
        {
            block.Metadata.Metadata.Add(ByteString.Empty);
        }

        var value = new OrdererBlockMetadata { LastConfig = new LastConfig { Index = 0 } }.ToByteString();
        var signatureHeader = new SignatureHeader
        {
            Creator = ByteString.CopyFrom(orderer.Identity.Serialized.Span),
            Nonce = ByteString.CopyFrom(TransactionId.NewNonce()),
        }.ToByteString();
        var headerBytes = BlockHashing.HeaderBytes(number, header.PreviousHash.Span, header.DataHash.Span);
        var signed = new byte[value.Length + signatureHeader.Length + headerBytes.Length];
        value.Span.CopyTo(signed);
        signatureHeader.Span.CopyTo(signed.AsSpan(value.Length));
        headerBytes.CopyTo(signed.AsSpan(value.Length + signatureHeader.Length));
        var signature = await orderer.SignAsync(signed).ConfigureAwait(false);

        var signatures = new Metadata { Value = value };
        signatures.Signatures.Add(new MetadataSignature { SignatureHeader = signatureHeader, Signature = ByteString.CopyFrom(signature) });
        block.Metadata.Metadata[(int)BlockMetadataIndex.Signatures] = signatures.ToByteString();
        block.Metadata.Metadata[(int)BlockMetadataIndex.LastConfig] = new Metadata { Value = new LastConfig { Index = 0 }.ToByteString() }.ToByteString();
        return block;
    }

    /// <summary>The hash the next block must carry as its previous hash.</summary>
    public static byte[] HeaderHash(Block block)
    {
        ArgumentNullException.ThrowIfNull(block);
        return BlockHashing.HeaderHash(block.Header.Number, block.Header.PreviousHash.Span, block.Header.DataHash.Span);
    }
}
