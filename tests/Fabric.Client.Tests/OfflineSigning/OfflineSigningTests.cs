using Fabric.Client.Tests.Support;
using Fabric.Msp.Verification;
using Fabric.Protos.GatewayApi;

namespace Fabric.Client.Tests.OfflineSigning;

internal sealed class OfflineSigningTests : FakeGatewayFixture
{
    [Test]
    public async Task OfflineRoundTrip_SignedWithEcdsaSigner_MatchesOnlineFlow()
    {
        var gateway = NewGateway(offline: true);
        var contract = gateway.GetNetwork(ChannelName).GetContract(ChaincodeName);
        var signer = TestIdentity.Signer;

        var unsigned = contract.NewProposal("Create", ProposalOptions.FromArguments("id9").WithTransient("k", "v"));
        var proposal = gateway.NewSignedProposal(unsigned.Bytes, signer.SignDigest(unsigned.Digest));
        var endorsed = await proposal.EndorseAsync();
        var transaction = gateway.NewSignedTransaction(endorsed.Bytes, signer.SignDigest(endorsed.Digest));
        var submitted = await transaction.SubmitAsync();
        var commit = gateway.NewSignedCommit(submitted.Bytes, signer.SignDigest(submitted.Digest));
        var status = await commit.GetStatusAsync();

        var endorse = Fake.Endorsements.Single();
        var submit = Fake.Submissions.Single();
        var commitRequest = Fake.CommitStatusRequests.Single();
        var verifier = SignatureVerifier.Shared;
        Assert.Multiple(() =>
        {
            Assert.That(new[] { proposal.TransactionId, transaction.TransactionId, commit.TransactionId, status.TransactionId },
                Is.All.EqualTo(unsigned.TransactionId));
            Assert.That(status.Successful, Is.True);
            Assert.That(transaction.Result, Is.EqualTo("result"u8.ToArray()));
            Assert.That(endorse.ProposedTransaction.ProposalBytes.ToByteArray(),
                Is.EqualTo(ProposedTransaction.Parser.ParseFrom(unsigned.Bytes).Proposal.ProposalBytes.ToByteArray()));
            Assert.That(verifier.IsValid(TestIdentity.Identity, endorse.ProposedTransaction.ProposalBytes.Span, endorse.ProposedTransaction.Signature.Span), Is.True);
            Assert.That(verifier.IsValid(TestIdentity.Identity, submit.PreparedTransaction.Payload.Span, submit.PreparedTransaction.Signature.Span), Is.True);
            Assert.That(verifier.IsValid(TestIdentity.Identity, commitRequest.Request.Span, commitRequest.Signature.Span), Is.True);
            Assert.That(submit.ChannelId, Is.EqualTo(ChannelName));
        });
    }

    [Test]
    public async Task NewProposal_FromBytes_KeepsTransactionIdDigestAndChannel()
    {
        var gateway = NewGateway(offline: true);
        var original = gateway.GetNetwork(ChannelName).GetContract(ChaincodeName).NewProposal("Fn");

        var rebuilt = gateway.NewProposal(original.Bytes);
        var signed = gateway.NewSignedProposal(original.Bytes, TestIdentity.Signer.SignDigest(original.Digest));
        await signed.EvaluateAsync();

        Assert.Multiple(() =>
        {
            Assert.That(rebuilt.TransactionId, Is.EqualTo(original.TransactionId));
            Assert.That(rebuilt.Digest, Is.EqualTo(original.Digest));
            Assert.That(rebuilt.ChannelName, Is.EqualTo(ChannelName));
            Assert.That(rebuilt.IsSigned, Is.False);
            Assert.That(signed.IsSigned, Is.True);
            Assert.That(Fake.Evaluations.Single().TransactionId, Is.EqualTo(original.TransactionId));
        });
    }

    [Test]
    public void EvaluateAsync_UnsignedWithoutSigner_ThrowsInvalidOperation()
    {
        var proposal = NewGateway(offline: true).GetNetwork(ChannelName).GetContract(ChaincodeName).NewProposal("Fn");

        Assert.That(() => proposal.EvaluateAsync(), Throws.InvalidOperationException);
        Assert.That(Fake.Evaluations, Is.Empty);
    }

    [Test]
    public void NewSignedTransaction_GarbageBytes_ThrowsFormatException()
    {
        var gateway = NewGateway(offline: true);

        Assert.That(() => gateway.NewSignedTransaction([1, 2, 3], [4]), Throws.InstanceOf<FormatException>());
    }
}
