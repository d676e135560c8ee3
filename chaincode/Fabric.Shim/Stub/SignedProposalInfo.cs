using System.Buffers.Binary;
using System.Security.Cryptography;
using Fabric.Protos.Common;
using Fabric.Protos.Peer;
using Fabric.Shim.Errors;
using Google.Protobuf;
using Google.Protobuf.Collections;
using Google.Protobuf.WellKnownTypes;

namespace Fabric.Shim.Stub;

/// <summary>
/// What a stub reads from the client's signed proposal: creator, transient map, timestamp, and the
/// nonce and epoch the binding is computed from. The headers are decoded up front; the proposal payload
/// (which repeats the input) only when the transient map is asked for.
/// </summary>
internal sealed class SignedProposalInfo
{
    private readonly ByteString _payload;
    private MapField<string, ByteString>? _transientMap;

    private SignedProposalInfo(SignedProposal signedProposal, ChannelHeader channelHeader, SignatureHeader signatureHeader, ByteString payload)
    {
        SignedProposal = signedProposal;
        ChannelHeader = channelHeader;
        SignatureHeader = signatureHeader;
        _payload = payload;
    }

    public SignedProposal SignedProposal { get; }

    public ChannelHeader ChannelHeader { get; }

    public SignatureHeader SignatureHeader { get; }

    /// <summary>The transient map of the proposal payload.</summary>
    /// <exception cref="ProposalException">The payload does not decode.</exception>
    public MapField<string, ByteString> TransientMap => _transientMap ??= DecodeTransientMap();

    public Timestamp? Timestamp => ChannelHeader.Timestamp;

    /// <summary>Decodes <paramref name="signedProposal"/> the way the other shims do.</summary>
    /// <exception cref="ProposalException">It is missing, its payload is empty, or a part does not decode.</exception>
    public static SignedProposalInfo Decode(SignedProposal? signedProposal)
    {
        if (signedProposal is null || signedProposal.ProposalBytes.IsEmpty)
        {
            throw new ProposalException("the transaction carries no signed proposal");
        }

        try
        {
            var proposal = Proposal.Parser.ParseFrom(signedProposal.ProposalBytes);
            if (proposal.Payload.IsEmpty)
            {
                throw new ProposalException("Proposal payload is empty");
            }

            var header = Header.Parser.ParseFrom(proposal.Header);
            var channelHeader = ChannelHeader.Parser.ParseFrom(header.ChannelHeader);
            var signatureHeader = SignatureHeader.Parser.ParseFrom(header.SignatureHeader);
            return new SignedProposalInfo(signedProposal, channelHeader, signatureHeader, proposal.Payload);
        }
        catch (InvalidProtocolBufferException ex)
        {
            throw new ProposalException($"the signed proposal does not decode: {ex.Message}", ex);
        }
    }

    private MapField<string, ByteString> DecodeTransientMap()
    {
        try
        {
            return ChaincodeProposalPayload.Parser.ParseFrom(_payload).TransientMap;
        }
        catch (InvalidProtocolBufferException ex)
        {
            throw new ProposalException($"the proposal payload does not decode: {ex.Message}", ex);
        }
    }

    /// <summary>Hex SHA-256 of nonce ‖ creator ‖ epoch (8 bytes, little-endian).</summary>
    public string ComputeBinding()
    {
        var nonce = SignatureHeader.Nonce.Span;
        var creator = SignatureHeader.Creator.Span;
        var buffer = new byte[nonce.Length + creator.Length + sizeof(ulong)];
        nonce.CopyTo(buffer);
        creator.CopyTo(buffer.AsSpan(nonce.Length));
        BinaryPrimitives.WriteUInt64LittleEndian(buffer.AsSpan(nonce.Length + creator.Length), ChannelHeader.Epoch);
        return Convert.ToHexStringLower(SHA256.HashData(buffer));
    }
}
