using Fabric.Protos.Common;
using Fabric.Protos.GatewayApi;
using Fabric.Protos.Peer;

namespace Fabric.Client.Tests.Support;

/// <summary>A proposal's bytes taken apart layer by layer.</summary>
internal sealed record DecodedProposal(
    ProposedTransaction Proposed, ChannelHeader ChannelHeader, SignatureHeader SignatureHeader, ChaincodeProposalPayload Payload, ChaincodeSpec Spec)
{
    public static DecodedProposal From(byte[] bytes)
    {
        var proposed = ProposedTransaction.Parser.ParseFrom(bytes);
        var proposal = Fabric.Protos.Peer.Proposal.Parser.ParseFrom(proposed.Proposal.ProposalBytes);
        var header = Header.Parser.ParseFrom(proposal.Header);
        var payload = ChaincodeProposalPayload.Parser.ParseFrom(proposal.Payload);
        return new DecodedProposal(
            proposed,
            ChannelHeader.Parser.ParseFrom(header.ChannelHeader),
            SignatureHeader.Parser.ParseFrom(header.SignatureHeader),
            payload,
            ChaincodeInvocationSpec.Parser.ParseFrom(payload.Input).ChaincodeSpec);
    }
}
