using Fabric.Msp.Validation;
using Fabric.Msp.Verification;
using Fabric.Protos.Common;
using Google.Protobuf;

namespace MutualAid.Gateway.Audit;

/// <summary>
/// The orderer's signature of a block: the SIGNATURES metadata entry is a <c>Metadata{value, signatures}</c>; each
/// signature is over <c>value ‖ signature_header ‖ DER header</c> by the signature header's creator, who must be an
/// identity of the orderer organization (the trust anchor).
/// </summary>
public static class OrdererSignatureCheck
{
    /// <summary>Null when the block carries at least one signature and every one verifies, otherwise why not.</summary>
    /// <remarks>A genesis block (number 0) without signatures passes: Fabric's orderer does not sign the genesis block.</remarks>
    public static string? Failure(Block block, MspDefinition orderer, SignatureVerifier verifier)
    {
        ArgumentNullException.ThrowIfNull(block);
        ArgumentNullException.ThrowIfNull(orderer);
        var entries = block.Metadata?.Metadata;
        var index = (int)BlockMetadataIndex.Signatures;
        Metadata metadata;
        try
        {
            metadata = entries is not null && entries.Count > index ? Metadata.Parser.ParseFrom(entries[index]) : new Metadata();
        }
        catch (InvalidProtocolBufferException ex)
        {
            return "the SIGNATURES metadata is not a Metadata message: " + ex.Message;
        }

        if (metadata.Signatures.Count == 0)
        {
            return block.Header.Number == 0 ? null : "the block carries no orderer signature";
        }

        var headerBytes = ByteString.CopyFrom(BlockHashes.HeaderBytes(block.Header));
        foreach (var signature in metadata.Signatures)
        {
            SignatureHeader header;
            try
            {
                header = SignatureHeader.Parser.ParseFrom(signature.SignatureHeader);
            }
            catch (InvalidProtocolBufferException ex)
            {
                return "a signature header cannot be read: " + ex.Message;
            }

            var signed = SignatureCheck.Concat(metadata.Value, signature.SignatureHeader, headerBytes);
            if (SignatureCheck.Failure(verifier, header.Creator.Span, signed, signature.Signature.Span, orderer) is { } failure)
            {
                return failure;
            }
        }

        return null;
    }
}
