using Fabric.Client.Tests.Support;
using Fabric.Msp.Verification;
using Fabric.Protos.Common;
using Fabric.Protos.GatewayApi;

namespace Fabric.Client.Tests.Flow;

internal sealed class SubmitTests : FakeGatewayFixture
{
    [Test]
    public async Task SubmitAsync_AllStagesSucceed_ReturnsResultBlockAndOneAttempt()
    {
        Fake.Result = "created"u8.ToArray();

        var result = await NewContract().SubmitAsync("Create", ProposalOptions.FromArguments("id1"));

        Assert.Multiple(() =>
        {
            Assert.That(result.Result, Is.EqualTo("created"u8.ToArray()));
            Assert.That(result.BlockNumber, Is.EqualTo(7));
            Assert.That(result.Attempts, Is.EqualTo(1));
            Assert.That(Fake.Endorsements.Single().TransactionId, Is.EqualTo(result.TransactionId));
            Assert.That(Fake.Submissions.Single().TransactionId, Is.EqualTo(result.TransactionId));
        });
    }

    [Test]
    public async Task SubmitAsync_Always_SignsEnvelopePayloadExactlyAsEndorsed()
    {
        Envelope? endorsed = null;
        Fake.OnEndorse = (request, _) =>
        {
            endorsed = Envelopes.Endorsed(request.ProposedTransaction, [1, 2, 3]);
            return Task.FromResult(new EndorseResponse { PreparedTransaction = endorsed });
        };

        await NewContract().SubmitTransactionAsync("Create");

        var submitted = Fake.Submissions.Single();
        Assert.Multiple(() =>
        {
            Assert.That(submitted.PreparedTransaction.Payload, Is.EqualTo(endorsed!.Payload));
            Assert.That(submitted.ChannelId, Is.EqualTo(ChannelName));
            Assert.That(
                SignatureVerifier.Shared.IsValid(TestIdentity.Identity, submitted.PreparedTransaction.Payload.Span, submitted.PreparedTransaction.Signature.Span),
                Is.True);
        });
    }

    [Test]
    public async Task SubmitAsync_Always_SendsCommitStatusRequestSignedByCreator()
    {
        var result = await NewContract().SubmitAsync("Create");

        var signed = Fake.CommitStatusRequests.Single();
        var request = CommitStatusRequest.Parser.ParseFrom(signed.Request);
        Assert.Multiple(() =>
        {
            Assert.That(request.TransactionId, Is.EqualTo(result.TransactionId));
            Assert.That(request.ChannelId, Is.EqualTo(ChannelName));
            Assert.That(request.Identity.ToByteArray(), Is.EqualTo(TestIdentity.Identity.Serialized.ToArray()));
            Assert.That(SignatureVerifier.Shared.IsValid(TestIdentity.Identity, signed.Request.Span, signed.Signature.Span), Is.True);
        });
    }

    [Test]
    public async Task StepByStep_EachStepOnItsOwn_CarriesTransactionIdThrough()
    {
        var contract = NewContract();

        var proposal = contract.NewProposal("Create", ProposalOptions.FromArguments("id2"));
        var transaction = await proposal.EndorseAsync();
        var submitted = await transaction.SubmitAsync();
        var status = await submitted.GetStatusAsync();

        Assert.Multiple(() =>
        {
            Assert.That(transaction.TransactionId, Is.EqualTo(proposal.TransactionId));
            Assert.That(transaction.ChannelName, Is.EqualTo(ChannelName));
            Assert.That(transaction.Result, Is.EqualTo("result"u8.ToArray()));
            Assert.That(submitted.TransactionId, Is.EqualTo(proposal.TransactionId));
            Assert.That(submitted.Result, Is.EqualTo("result"u8.ToArray()));
            Assert.That(status, Is.EqualTo(new TransactionStatus(proposal.TransactionId, Protos.Peer.TxValidationCode.Valid, 7)));
            Assert.That(status.Successful, Is.True);
        });
    }
}
