using Fabric.Msp.Signing;
using Fabric.Msp.Transactions;
using Fabric.Protos.Common;
using Fabric.Protos.Peer;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;

namespace MutualAid.Chaincode.Tests.EndToEnd.TimeAttacks;

/// <summary>
/// Correctly signed proposals for the <c>mutualaid</c> chaincode, built field by field as a gateway client builds them,
/// but with whatever channel-header timestamp the test gives: also none, or one outside the protobuf range, which no
/// client library writes and no Fabric peer refuses.
/// </summary>
internal static class RawProposals
{
    public static async Task<SignedProposal> CreateAsync(SigningIdentity signer, Timestamp? timestamp, params string[] args)
    {
        ArgumentNullException.ThrowIfNull(signer);
        var context = TransactionContext.New(signer.Identity);
        var chaincodeId = new ChaincodeID { Name = MutualAidNetwork.ChaincodeName };
        var channelHeader = new ChannelHeader
        {
            Type = (int)HeaderType.EndorserTransaction,
            ChannelId = MutualAidNetwork.ChannelName,
            TxId = context.TransactionId,
            Timestamp = timestamp,
            Extension = new ChaincodeHeaderExtension { ChaincodeId = chaincodeId }.ToByteString(),
        };
        var input = new ChaincodeInput();
        input.Args.AddRange(args.Select(ByteString.CopyFromUtf8));
        var invocation = new ChaincodeInvocationSpec
        {
            ChaincodeSpec = new ChaincodeSpec { Type = ChaincodeSpec.Types.Type.Node, ChaincodeId = chaincodeId, Input = input },
        };
        var signatureHeader = new SignatureHeader { Creator = ByteString.CopyFrom(context.Creator.Span), Nonce = ByteString.CopyFrom(context.Nonce.Span) };
        var proposal = new Proposal
        {
            Header = new Header { ChannelHeader = channelHeader.ToByteString(), SignatureHeader = signatureHeader.ToByteString() }.ToByteString(),
            Payload = new ChaincodeProposalPayload { Input = invocation.ToByteString() }.ToByteString(),
        };
        var bytes = proposal.ToByteString();
        var signature = await signer.SignAsync(bytes.Memory);
        return new SignedProposal { ProposalBytes = bytes, Signature = ByteString.CopyFrom(signature) };
    }
}
