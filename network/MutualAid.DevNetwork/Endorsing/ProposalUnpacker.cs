using System.Security.Cryptography;
using Fabric.Msp.Transactions;
using Fabric.Protos.Common;
using Fabric.Protos.Peer;
using Google.Protobuf;
using MutualAid.DevNetwork.Access;

namespace MutualAid.DevNetwork.Endorsing;

/// <summary>
/// Takes a signed proposal apart and runs the endorser's checks in Fabric's order: structure, header
/// type and epoch, nonce and creator, the transaction id, the creator's identity and signature.
/// Channel access and duplicate ids are checked by the caller, which knows the channel.
/// </summary>
public static class ProposalUnpacker
{
    /// <summary>Unpacks and checks <paramref name="signedProposal"/>.</summary>
    /// <exception cref="ProposalRejectedException">The first check that fails.</exception>
    public static UnpackedProposal Unpack(SignedProposal? signedProposal, Membership membership)
    {
        ArgumentNullException.ThrowIfNull(membership);
        if (signedProposal is null || signedProposal.ProposalBytes.IsEmpty)
        {
            throw new ProposalRejectedException("failed to unpack transaction proposal: empty proposal");
        }

        if (signedProposal.Signature.IsEmpty)
        {
            throw new ProposalRejectedException("failed to unpack transaction proposal: the proposal is not signed");
        }

        var proposal = Parse(signedProposal.ProposalBytes, Proposal.Parser, "proposal");
        var header = Parse(proposal.Header, Header.Parser, "header");
        var channelHeader = Parse(header.ChannelHeader, ChannelHeader.Parser, "channel header");
        var signatureHeader = Parse(header.SignatureHeader, SignatureHeader.Parser, "signature header");
        if (channelHeader.Type != (int)HeaderType.EndorserTransaction)
        {
            throw new ProposalRejectedException($"invalid header type {channelHeader.Type}");
        }

        if (channelHeader.Epoch != 0)
        {
            throw new ProposalRejectedException($"epoch is {channelHeader.Epoch}, not 0");
        }

        if (signatureHeader.Nonce.IsEmpty || signatureHeader.Creator.IsEmpty)
        {
            throw new ProposalRejectedException("nonce or creator is missing from the signature header");
        }

        var expectedTxId = TransactionId.Compute(signatureHeader.Nonce.Span, signatureHeader.Creator.Span);
        if (channelHeader.TxId != expectedTxId)
        {
            throw new ProposalRejectedException($"incorrectly computed txid: got {channelHeader.TxId}, expected {expectedTxId}");
        }

        if (!membership.TryResolve(signatureHeader.Creator, out var creator, out var role, out var identityError))
        {
            throw new ProposalRejectedException($"access denied: channel [{channelHeader.ChannelId}] creator org unknown or invalid: {identityError}", isAccessDenied: true);
        }

        if (!membership.Verify(creator, signedProposal.ProposalBytes.Span, signedProposal.Signature.Span))
        {
            throw new ProposalRejectedException("the creator's signature over the proposal is not valid", isAccessDenied: true);
        }

        var payload = Parse(proposal.Payload, ChaincodeProposalPayload.Parser, "proposal payload");
        var invocation = Parse(payload.Input, ChaincodeInvocationSpec.Parser, "invocation spec");
        var chaincodeName = invocation.ChaincodeSpec?.ChaincodeId?.Name;
        if (string.IsNullOrEmpty(chaincodeName) || invocation.ChaincodeSpec!.Input is null)
        {
            throw new ProposalRejectedException("the invocation spec names no chaincode or carries no input");
        }

        var withoutTransient = new ChaincodeProposalPayload { Input = payload.Input }.ToByteString();
        return new UnpackedProposal
        {
            SignedProposal = signedProposal,
            Header = header,
            ChannelHeader = channelHeader,
            SignatureHeader = signatureHeader,
            Creator = creator,
            CreatorRole = role,
            ChaincodeName = chaincodeName,
            Input = invocation.ChaincodeSpec.Input,
            TransientMap = payload.TransientMap,
            PayloadWithoutTransient = withoutTransient,
            ProposalHash = ByteString.CopyFrom(Hash(header.ChannelHeader, header.SignatureHeader, withoutTransient)),
        };
    }

    /// <summary>SHA-256(channel header bytes ‖ signature header bytes ‖ payload without transient data).</summary>
    public static byte[] Hash(ByteString channelHeader, ByteString signatureHeader, ByteString payloadWithoutTransient)
    {
        ArgumentNullException.ThrowIfNull(channelHeader);
        ArgumentNullException.ThrowIfNull(signatureHeader);
        ArgumentNullException.ThrowIfNull(payloadWithoutTransient);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(channelHeader.Span);
        hash.AppendData(signatureHeader.Span);
        hash.AppendData(payloadWithoutTransient.Span);
        return hash.GetHashAndReset();
    }

    private static T Parse<T>(ByteString bytes, MessageParser<T> parser, string what)
        where T : IMessage<T>
    {
        try
        {
            return parser.ParseFrom(bytes);
        }
        catch (InvalidProtocolBufferException error)
        {
            throw new ProposalRejectedException($"failed to unpack transaction proposal: the {what} does not decode: {error.Message}");
        }
    }
}
