using Fabric.Client.Errors;
using Fabric.Client.Tests.Support;
using Fabric.Protos.GatewayApi;
using Fabric.Protos.Peer;
using Grpc.Core;

namespace Fabric.Client.Tests.Flow;

internal sealed class StageErrorTests : FakeGatewayFixture
{
    [Test]
    public void SubmitAsync_EndorseAborted_ThrowsEndorseExceptionWithPeerDetails()
    {
        Fake.OnEndorse = (_, _) => throw GatewayErrors.Failure(
            StatusCode.Aborted,
            "failed to endorse transaction, see attached details for more info",
            GatewayErrors.Detail("peer0.org1.example.com:7051", "Org1MSP", "chaincode response 500, insufficient funds"),
            GatewayErrors.Detail("peer0.org2.example.com:9051", "Org2MSP", "chaincode response 500, insufficient funds"));

        var ex = Assert.ThrowsAsync<EndorseException>(() => NewContract().SubmitAsync("Pay"));

        Assert.Multiple(() =>
        {
            Assert.That(ex!.StatusCode, Is.EqualTo(StatusCode.Aborted));
            Assert.That(ex.TransactionId, Is.EqualTo(Fake.Endorsements.Single().TransactionId));
            Assert.That(ex.Details.Select(d => d.MspId), Is.EqualTo(new[] { "Org1MSP", "Org2MSP" }));
            Assert.That(ex.Details[0].Address, Is.EqualTo("peer0.org1.example.com:7051"));
            Assert.That(ex.IsTransient, Is.False);
            Assert.That(Fake.Submissions, Is.Empty);
        });
    }

    [Test]
    public void SubmitAsync_OrdererRejects_ThrowsSubmitExceptionWithTransactionId()
    {
        Fake.OnSubmit = (_, _) => throw GatewayErrors.Failure(
            StatusCode.Aborted,
            "received unsuccessful response from orderer: status=FORBIDDEN, info=implicit policy evaluation failed",
            GatewayErrors.Detail("orderer.example.com:7050", "OrdererMSP", "status=FORBIDDEN"));

        var ex = Assert.ThrowsAsync<SubmitException>(() => NewContract().SubmitAsync("Pay"));

        Assert.Multiple(() =>
        {
            Assert.That(ex!.TransactionId, Is.EqualTo(Fake.Submissions.Single().TransactionId));
            Assert.That(ex.Details.Single().MspId, Is.EqualTo("OrdererMSP"));
            Assert.That(Fake.CommitStatusRequests, Is.Empty);
        });
    }

    [Test]
    public void SubmitAsync_CommitStatusDenied_ThrowsCommitStatusException()
    {
        Fake.OnCommitStatus = (_, _) => throw GatewayErrors.Failure(StatusCode.PermissionDenied, "identity is not a reader");

        var ex = Assert.ThrowsAsync<CommitStatusException>(() => NewContract().SubmitAsync("Pay"));

        Assert.Multiple(() =>
        {
            Assert.That(ex!.StatusCode, Is.EqualTo(StatusCode.PermissionDenied));
            Assert.That(ex.TransactionId, Is.EqualTo(Fake.Submissions.Single().TransactionId));
            Assert.That(ex.IsTransient, Is.False);
            Assert.That(Fake.CommitStatusRequests, Has.Count.EqualTo(1));
        });
    }

    [Test]
    public void SubmitAsync_CommitStatusNeverAnswers_TimesOutWithDeadlineAfterRetries()
    {
        Fake.OnCommitStatus = async (_, context) =>
        {
            await Task.Delay(Timeout.Infinite, context.CancellationToken);
            return new CommitStatusResponse();
        };
        var options = new GatewayOptions { CommitStatusTimeout = TimeSpan.FromMilliseconds(150), Resilience = QuickResilience };

        var ex = Assert.ThrowsAsync<CommitStatusException>(() => NewContract(options).SubmitAsync("Pay"));

        Assert.Multiple(() =>
        {
            Assert.That(ex!.StatusCode, Is.EqualTo(StatusCode.DeadlineExceeded));
            Assert.That(ex.IsTransient, Is.True);
            Assert.That(Fake.CommitStatusRequests, Has.Count.EqualTo(3), "one wait plus two retries");
            Assert.That(Fake.Submissions, Has.Count.EqualTo(1));
        });
    }

    [Test]
    public void SubmitAsync_CommittedInvalid_ThrowsCommitExceptionWithValidationCode()
    {
        Fake.OnCommitStatus = (_, _) => Task.FromResult(new CommitStatusResponse { Result = TxValidationCode.EndorsementPolicyFailure, BlockNumber = 9 });

        var ex = Assert.ThrowsAsync<CommitException>(() => NewContract().SubmitAsync("Pay"));

        var transactionId = Fake.Submissions.Single().TransactionId;
        Assert.Multiple(() =>
        {
            Assert.That(ex!.Code, Is.EqualTo(TxValidationCode.EndorsementPolicyFailure));
            Assert.That(ex.BlockNumber, Is.EqualTo(9));
            Assert.That(ex.TransactionId, Is.EqualTo(transactionId));
            Assert.That(ex.Message, Is.EqualTo($"Transaction {transactionId} failed to commit with status code 10 (ENDORSEMENT_POLICY_FAILURE)"));
            Assert.That(ex.IsTransient, Is.False);
        });
    }

    [Test]
    public void SubmitAsync_MvccConflictWithoutOptIn_ThrowsTransientCommitExceptionAfterOneRun()
    {
        Fake.OnCommitStatus = (_, _) => Task.FromResult(new CommitStatusResponse { Result = TxValidationCode.MvccReadConflict, BlockNumber = 3 });

        var ex = Assert.ThrowsAsync<CommitException>(() => NewContract().SubmitAsync("Pay"));

        Assert.Multiple(() =>
        {
            Assert.That(ex!.Message, Does.EndWith("failed to commit with status code 11 (MVCC_READ_CONFLICT)"));
            Assert.That(ex.IsTransient, Is.True);
            Assert.That(Fake.Endorsements, Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task GetStatusAsync_CommittedInvalid_ReturnsUnsuccessfulStatus()
    {
        Fake.OnCommitStatus = (_, _) => Task.FromResult(new CommitStatusResponse { Result = TxValidationCode.MvccReadConflict, BlockNumber = 3 });

        var submitted = await NewContract().StartSubmitAsync("Pay");

        var status = await submitted.GetStatusAsync();

        Assert.That(status.Successful, Is.False);
    }

    [Test]
    public void EvaluateAsync_CallerCancels_ThrowsOperationCanceled()
    {
        Fake.OnEvaluate = async (_, context) =>
        {
            await Task.Delay(Timeout.Infinite, context.CancellationToken);
            return new EvaluateResponse();
        };
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        Assert.That(async () => await NewContract().EvaluateAsync("Slow", cancellationToken: cancel.Token), Throws.InstanceOf<OperationCanceledException>());
    }
}
