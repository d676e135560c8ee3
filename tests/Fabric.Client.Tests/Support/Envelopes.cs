using Fabric.Protos.Common;
using Fabric.Protos.Peer;
using Google.Protobuf;

namespace Fabric.Client.Tests.Support;

/// <summary>Builds the unsigned transaction envelope a gateway returns from Endorse, as Fabric lays it out.</summary>
internal static class Envelopes
{
    public static Envelope Endorsed(SignedProposal signed, byte[] result)
    {
        var proposal = Protos.Peer.Proposal.Parser.ParseFrom(signed.ProposalBytes);
        var header = Header.Parser.ParseFrom(proposal.Header);
        var payload = ChaincodeProposalPayload.Parser.ParseFrom(proposal.Payload);
        var action = new ChaincodeAction
        {
            Response = new Response { Status = 200, Payload = ByteString.CopyFrom(result) },
            ChaincodeId = new ChaincodeID { Name = "cc", Version = "1.0" },
        };
        var responsePayload = new ProposalResponsePayload
        {
            ProposalHash = ByteString.CopyFrom(new byte[32]),
            Extension = action.ToByteString(),
        };
        var actionPayload = new ChaincodeActionPayload
        {
            ChaincodeProposalPayload = new ChaincodeProposalPayload { Input = payload.Input }.ToByteString(),
            Action = new ChaincodeEndorsedAction { ProposalResponsePayload = responsePayload.ToByteString() },
        };
        var transaction = new Protos.Peer.Transaction();
        transaction.Actions.Add(new TransactionAction { Header = header.SignatureHeader, Payload = actionPayload.ToByteString() });
        return new Envelope { Payload = new Payload { Header = header, Data = transaction.ToByteString() }.ToByteString() };
    }
}
