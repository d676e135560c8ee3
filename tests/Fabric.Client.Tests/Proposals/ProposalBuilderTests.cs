using System.Text;
using Fabric.Client.Tests.Support;
using Fabric.Msp.Transactions;
using Fabric.Msp.Verification;
using Fabric.Protos.Common;
using Fabric.Protos.Peer;

namespace Fabric.Client.Tests.Proposals;

internal sealed class ProposalBuilderTests : FakeGatewayFixture
{
    [Test]
    public void NewProposal_WithContractArgumentsAndTransient_DecodesToFabricLayout()
    {
        var contract = NewContract(contractName: "MyContract");
        var options = ProposalOptions.FromArguments("a", "b").WithTransient("secret", "s3").WithEndorsingOrganizations("Org2MSP");

        var proposal = contract.NewProposal("Fn", options);

        var decoded = DecodedProposal.From(proposal.Bytes);
        Assert.Multiple(() =>
        {
            Assert.That(decoded.Proposed.TransactionId, Is.EqualTo(proposal.TransactionId));
            Assert.That(decoded.Proposed.EndorsingOrganizations, Is.EqualTo(new[] { "Org2MSP" }));
            Assert.That(decoded.Proposed.Proposal.Signature.IsEmpty, Is.True);
            Assert.That(decoded.ChannelHeader.Type, Is.EqualTo((int)HeaderType.EndorserTransaction));
            Assert.That(decoded.ChannelHeader.ChannelId, Is.EqualTo(ChannelName));
            Assert.That(decoded.ChannelHeader.TxId, Is.EqualTo(proposal.TransactionId));
            Assert.That(decoded.ChannelHeader.Epoch, Is.Zero);
            Assert.That(decoded.ChannelHeader.Version, Is.Zero);
            Assert.That(decoded.ChannelHeader.TlsCertHash.IsEmpty, Is.True);
            Assert.That(decoded.ChannelHeader.Timestamp.Nanos % 1_000_000, Is.Zero, "millisecond precision");
            Assert.That(decoded.ChannelHeader.Timestamp.ToDateTimeOffset(), Is.EqualTo(DateTimeOffset.UtcNow).Within(TimeSpan.FromMinutes(1)));
            Assert.That(ChaincodeHeaderExtension.Parser.ParseFrom(decoded.ChannelHeader.Extension).ChaincodeId,
                Is.EqualTo(new ChaincodeID { Name = ChaincodeName }));
            Assert.That(decoded.SignatureHeader.Creator.ToByteArray(), Is.EqualTo(TestIdentity.Identity.Serialized.ToArray()));
            Assert.That(decoded.SignatureHeader.Nonce.Length, Is.EqualTo(24));
            Assert.That(TransactionId.Compute(decoded.SignatureHeader.Nonce.Span, decoded.SignatureHeader.Creator.Span),
                Is.EqualTo(proposal.TransactionId));
            Assert.That(decoded.Spec.Type, Is.EqualTo(ChaincodeSpec.Types.Type.Node));
            Assert.That(decoded.Spec.ChaincodeId, Is.EqualTo(new ChaincodeID { Name = ChaincodeName }));
            Assert.That(decoded.Spec.Input.Args.Select(a => a.ToStringUtf8()), Is.EqualTo(new[] { "MyContract:Fn", "a", "b" }));
            Assert.That(decoded.Spec.Input.IsInit, Is.False);
            Assert.That(decoded.Payload.TransientMap.ToDictionary(e => e.Key, e => e.Value.ToStringUtf8()),
                Is.EqualTo(new Dictionary<string, string> { ["secret"] = "s3" }));
        });
    }

    [Test]
    public void NewProposal_TwiceForSameInputs_UsesFreshNonceAndTransactionId()
    {
        var contract = NewContract();

        var first = contract.NewProposal("Fn");
        var second = contract.NewProposal("Fn");

        Assert.That(second.TransactionId, Is.Not.EqualTo(first.TransactionId));
    }

    [Test]
    public void NewProposal_WithoutContractName_UsesBareFunctionName()
    {
        var proposal = NewContract().NewProposal("Fn", new ProposalOptions().WithArguments(new byte[] { 0, 1, 255 }));

        var args = DecodedProposal.From(proposal.Bytes).Spec.Input.Args;

        Assert.That(args.Select(a => a.ToByteArray()), Is.EqualTo(new[] { Encoding.UTF8.GetBytes("Fn"), new byte[] { 0, 1, 255 } }));
    }

    [Test]
    public async Task EvaluateAsync_WithSigner_SendsProposalSignatureThatVerifies()
    {
        var proposal = NewContract().NewProposal("Fn", ProposalOptions.FromArguments("x").WithEndorsingOrganizations("Org1MSP"));

        await proposal.EvaluateAsync();

        Fake.Evaluations.TryPeek(out var request);
        Assert.Multiple(() =>
        {
            Assert.That(request!.TransactionId, Is.EqualTo(proposal.TransactionId));
            Assert.That(request.ChannelId, Is.EqualTo(ChannelName));
            Assert.That(request.TargetOrganizations, Is.EqualTo(new[] { "Org1MSP" }));
            Assert.That(proposal.Digest, Is.EqualTo(System.Security.Cryptography.SHA256.HashData(request.ProposedTransaction.ProposalBytes.Span)));
            Assert.That(
                () => SignatureVerifier.Shared.Verify(TestIdentity.Identity, request.ProposedTransaction.ProposalBytes.Span, request.ProposedTransaction.Signature.Span),
                Throws.Nothing);
        });
    }
}
