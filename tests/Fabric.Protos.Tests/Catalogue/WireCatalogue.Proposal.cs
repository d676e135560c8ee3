using Fabric.Protos.Common;
using Fabric.Protos.Msp;
using Fabric.Protos.Peer;
using Google.Protobuf;

namespace Fabric.Protos.Tests.Catalogue;

// Proposals, from ChaincodeID up to SignedProposal, and proposal responses.
public sealed partial class WireCatalogue
{
    private static SerializedIdentity Identity(string mspId, string pem) =>
        new() { Mspid = mspId, IdBytes = Utf8(pem) };

    private static Endorsement EndorsementBy(string mspId, string signature) => new()
    {
        Endorser = Identity(mspId, $"-----BEGIN CERTIFICATE-----\n{mspId}-peer\n-----END CERTIFICATE-----\n").ToByteString(),
        Signature = Utf8(signature),
    };

    private void AddProposals()
    {
        const WireFamily family = WireFamily.Proposal;
        var chaincodeId = Add(family, "ChaincodeID", new ChaincodeID
        {
            Path = "github.com/mutualaid/chaincode",
            Name = "mutualaid",
            Version = "1.2",
        });
        var input = Add(family, "ChaincodeInput", new ChaincodeInput
        {
            Args = { Utf8("Claims:SubmitClaim"), Utf8("claim-7"), Utf8("25000") },
            // Keys in sorted order: the Node bindings write map entries sorted by key.
            Decorations = { ["alpha"] = Utf8("decoration-a"), ["beta"] = Utf8("decoration-b") },
            IsInit = true,
        });
        var spec = Add(family, "ChaincodeSpec", new ChaincodeSpec
        {
            Type = ChaincodeSpec.Types.Type.Node,
            ChaincodeId = chaincodeId,
            Input = input,
            Timeout = 30,
        });
        var invocation = Add(family, "ChaincodeInvocationSpec", new ChaincodeInvocationSpec { ChaincodeSpec = spec });
        var proposalPayload = Add(family, "ChaincodeProposalPayload", new ChaincodeProposalPayload
        {
            Input = invocation.ToByteString(),
            TransientMap =
            {
                ["medical"] = Utf8("{\"diagnosis\":\"confidential\"}"),
                ["salt"] = Utf8("salt-7"),
            },
        });
        Add(family, "ChaincodeProposalPayload.WithoutTransientMap", new ChaincodeProposalPayload
        {
            Input = invocation.ToByteString(),
        });
        var extension = Add(family, "ChaincodeHeaderExtension", new ChaincodeHeaderExtension { ChaincodeId = chaincodeId });
        var channelHeader = Add(family, "ChannelHeader", new ChannelHeader
        {
            Type = (int)HeaderType.EndorserTransaction,
            Version = 2,
            Timestamp = At(1767225600, 123000000),
            ChannelId = ChannelId,
            TxId = TxId,
            Epoch = 7,
            Extension = extension.ToByteString(),
            TlsCertHash = Utf8("tls-cert-hash"),
        });
        var creator = Add(family, "SerializedIdentity", Identity(
            "InsurerMSP", "-----BEGIN CERTIFICATE-----\nInsurerMSP-client\n-----END CERTIFICATE-----\n"));
        var signatureHeader = Add(family, "SignatureHeader", new SignatureHeader
        {
            Creator = creator.ToByteString(),
            Nonce = Utf8("nonce-of-24-bytes-exact!"),
        });
        var header = Add(family, "Header", new Header
        {
            ChannelHeader = channelHeader.ToByteString(),
            SignatureHeader = signatureHeader.ToByteString(),
        });
        var proposal = Add(family, "Proposal", new Proposal
        {
            Header = header.ToByteString(),
            Payload = proposalPayload.ToByteString(),
            Extension = Utf8("proposal-extension"),
        });
        Add(family, "SignedProposal", new SignedProposal
        {
            ProposalBytes = proposal.ToByteString(),
            Signature = Utf8("client-signature"),
        });
        Add(family, "Response", new Response
        {
            Status = 200,
            Message = "claim accepted",
            Payload = Utf8("{\"claimId\":\"claim-7\"}"),
        });
        Add(family, "ChaincodeEvent", new ChaincodeEvent
        {
            ChaincodeId = "mutualaid",
            TxId = TxId,
            EventName = "ClaimSubmitted",
            Payload = Utf8("{\"claimId\":\"claim-7\",\"amount\":25000}"),
        });
    }

    private void AddProposalResponses()
    {
        const WireFamily family = WireFamily.Proposal;
        var policyEnvelope = Add(WireFamily.Policy, "SignaturePolicyEnvelope", PolicyEnvelope());
        var action = Add(family, "ChaincodeAction", new ChaincodeAction
        {
            Results = Entry<IMessage>("TxReadWriteSet").ToByteString(),
            Events = Entry<IMessage>("ChaincodeEvent").ToByteString(),
            Response = Entry<Response>("Response"),
            ChaincodeId = Entry<ChaincodeID>("ChaincodeID"),
        });
        var responsePayload = Add(family, "ProposalResponsePayload", new ProposalResponsePayload
        {
            ProposalHash = Utf8("sha256-of-proposal"),
            Extension = action.ToByteString(),
        });
        var endorsement = Add(family, "Endorsement", EndorsementBy("InsurerMSP", "insurer-endorsement"));
        var interest = Add(family, "ChaincodeInterest", new ChaincodeInterest
        {
            Chaincodes =
            {
                new ChaincodeCall
                {
                    Name = "mutualaid",
                    CollectionNames = { "medical", "payouts" },
                    NoPrivateReads = true,
                    NoPublicWrites = true,
                    KeyPolicies = { policyEnvelope },
                    DisregardNamespacePolicy = true,
                },
            },
        });
        Add(family, "ProposalResponse", new ProposalResponse
        {
            Version = 1,
            Timestamp = At(1767225601, 5000),
            Response = Entry<Response>("Response"),
            Payload = responsePayload.ToByteString(),
            Endorsement = endorsement,
            Interest = interest,
        });
    }
}
