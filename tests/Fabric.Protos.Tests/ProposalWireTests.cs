using Fabric.Protos.Common;
using Fabric.Protos.Msp;
using Fabric.Protos.Peer;
using Fabric.Protos.Tests.Catalogue;
using Fabric.Protos.Tests.Interop;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;

namespace Fabric.Protos.Tests;

/// <summary>Proposals and proposal responses against the official Node bindings.</summary>
public sealed class ProposalWireTests
{
    [Test]
    public async Task SignedProposal_EncodedByNode_DecodesEveryField()
    {
        var bytes = await NodeWire.EncodedByNodeAsync("SignedProposal");

        var signed = SignedProposal.Parser.ParseFrom(bytes);
        var proposal = Proposal.Parser.ParseFrom(signed.ProposalBytes);
        var header = Header.Parser.ParseFrom(proposal.Header);
        var channelHeader = ChannelHeader.Parser.ParseFrom(header.ChannelHeader);
        var extension = ChaincodeHeaderExtension.Parser.ParseFrom(channelHeader.Extension);
        var signatureHeader = SignatureHeader.Parser.ParseFrom(header.SignatureHeader);
        var creator = SerializedIdentity.Parser.ParseFrom(signatureHeader.Creator);
        var payload = ChaincodeProposalPayload.Parser.ParseFrom(proposal.Payload);
        var spec = ChaincodeInvocationSpec.Parser.ParseFrom(payload.Input).ChaincodeSpec;

        Assert.Multiple(() =>
        {
            Assert.That(signed.Signature.ToStringUtf8(), Is.EqualTo("client-signature"));
            Assert.That(proposal.Extension.ToStringUtf8(), Is.EqualTo("proposal-extension"));
            Assert.That(channelHeader.Type, Is.EqualTo((int)HeaderType.EndorserTransaction));
            Assert.That(channelHeader.Version, Is.EqualTo(2));
            Assert.That(channelHeader.Timestamp, Is.EqualTo(new Timestamp { Seconds = 1767225600, Nanos = 123000000 }));
            Assert.That(channelHeader.ChannelId, Is.EqualTo("mutualaid-channel"));
            Assert.That(channelHeader.TxId, Has.Length.EqualTo(64));
            Assert.That(channelHeader.Epoch, Is.EqualTo(7UL));
            Assert.That(channelHeader.TlsCertHash.ToStringUtf8(), Is.EqualTo("tls-cert-hash"));
            Assert.That(extension.ChaincodeId.Name, Is.EqualTo("mutualaid"));
            Assert.That(creator.Mspid, Is.EqualTo("InsurerMSP"));
            Assert.That(creator.IdBytes.ToStringUtf8(), Does.StartWith("-----BEGIN CERTIFICATE-----"));
            Assert.That(signatureHeader.Nonce.Length, Is.EqualTo(24));
            Assert.That(payload.TransientMap.Keys, Is.EqualTo(new[] { "medical", "salt" }));
            Assert.That(payload.TransientMap["salt"].ToStringUtf8(), Is.EqualTo("salt-7"));
            Assert.That(spec.Type, Is.EqualTo(ChaincodeSpec.Types.Type.Node));
            Assert.That(spec.ChaincodeId, Is.EqualTo(new ChaincodeID { Path = "github.com/mutualaid/chaincode", Name = "mutualaid", Version = "1.2" }));
            Assert.That(spec.Input.Args.Select(a => a.ToStringUtf8()), Is.EqualTo(new[] { "Claims:SubmitClaim", "claim-7", "25000" }));
            Assert.That(spec.Input.Decorations["beta"].ToStringUtf8(), Is.EqualTo("decoration-b"));
            Assert.That(spec.Input.IsInit, Is.True);
            Assert.That(spec.Timeout, Is.EqualTo(30));
        });
    }

    [Test]
    public async Task ProposalResponse_EncodedByNode_DecodesEveryField()
    {
        var bytes = await NodeWire.EncodedByNodeAsync("ProposalResponse");

        var response = ProposalResponse.Parser.ParseFrom(bytes);
        var payload = ProposalResponsePayload.Parser.ParseFrom(response.Payload);
        var action = ChaincodeAction.Parser.ParseFrom(payload.Extension);
        var chaincodeEvent = ChaincodeEvent.Parser.ParseFrom(action.Events);
        var call = response.Interest.Chaincodes.Single();

        Assert.Multiple(() =>
        {
            Assert.That(response.Version, Is.EqualTo(1));
            Assert.That(response.Timestamp.Nanos, Is.EqualTo(5000));
            Assert.That(response.Response.Status, Is.EqualTo(200));
            Assert.That(response.Response.Message, Is.EqualTo("claim accepted"));
            Assert.That(response.Response.Payload.ToStringUtf8(), Is.EqualTo("{\"claimId\":\"claim-7\"}"));
            Assert.That(SerializedIdentity.Parser.ParseFrom(response.Endorsement.Endorser).Mspid, Is.EqualTo("InsurerMSP"));
            Assert.That(response.Endorsement.Signature.ToStringUtf8(), Is.EqualTo("insurer-endorsement"));
            Assert.That(payload.ProposalHash.ToStringUtf8(), Is.EqualTo("sha256-of-proposal"));
            Assert.That(action.Results, Is.EqualTo(WireCatalogue.Get<IMessage>("TxReadWriteSet").ToByteString()));
            Assert.That(action.Response, Is.EqualTo(response.Response));
            Assert.That(action.ChaincodeId.Version, Is.EqualTo("1.2"));
            Assert.That(chaincodeEvent.EventName, Is.EqualTo("ClaimSubmitted"));
            Assert.That(chaincodeEvent.ChaincodeId, Is.EqualTo("mutualaid"));
            Assert.That(call.Name, Is.EqualTo("mutualaid"));
            Assert.That(call.CollectionNames, Is.EqualTo(new[] { "medical", "payouts" }));
            Assert.That(call.NoPrivateReads && call.NoPublicWrites && call.DisregardNamespacePolicy, Is.True);
            Assert.That(call.KeyPolicies.Single().Identities, Has.Count.EqualTo(3));
        });
    }
}
