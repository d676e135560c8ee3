using Fabric.Protos.Common;
using Fabric.Protos.Peer;
using Google.Protobuf;

namespace MutualAid.DevNetwork.Endorsing;

/// <summary>
/// Builds the unsigned transaction envelope the gateway returns from Endorse: the proposal's header
/// unchanged, and one action holding the proposal payload without transient data, the signed
/// proposal response payload and the endorsements.
/// </summary>
public static class TransactionAssembler
{
    /// <summary>Assembles the envelope; its signature is left for the client.</summary>
    public static Envelope Assemble(UnpackedProposal proposal, ByteString responsePayload, IEnumerable<Fabric.Protos.Peer.Endorsement> endorsements)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        var endorsed = new ChaincodeEndorsedAction { ProposalResponsePayload = responsePayload };
        endorsed.Endorsements.AddRange(endorsements);
        var actionPayload = new ChaincodeActionPayload
        {
            ChaincodeProposalPayload = proposal.PayloadWithoutTransient,
            Action = endorsed,
        };
        var transaction = new Transaction();
        transaction.Actions.Add(new TransactionAction
        {
            Header = proposal.Header.SignatureHeader,
            Payload = actionPayload.ToByteString(),
        });
        var payload = new Payload { Header = proposal.Header, Data = transaction.ToByteString() };
        return new Envelope { Payload = payload.ToByteString() };
    }
}
