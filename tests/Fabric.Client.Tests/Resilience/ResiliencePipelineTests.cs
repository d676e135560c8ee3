using Fabric.Client.Errors;
using Fabric.Client.Resilience;
using Fabric.Client.Tests.Support;
using Fabric.Protos.GatewayApi;
using Fabric.Protos.Peer;
using Grpc.Core;

namespace Fabric.Client.Tests.Resilience;

internal sealed class ResiliencePipelineTests : FakeGatewayFixture
{
    [Test]
    public async Task EvaluateAsync_UnavailableTwice_RetriesAndSucceeds()
    {
        var calls = 0;
        Fake.OnEvaluate = (_, _) => Interlocked.Increment(ref calls) <= 2
            ? throw GatewayErrors.Failure(StatusCode.Unavailable, "failed to evaluate transaction")
            : Task.FromResult(new EvaluateResponse { Result = new Response { Status = 200, Payload = Google.Protobuf.ByteString.CopyFromUtf8("ok") } });

        var result = await NewContract().EvaluateAsync("Get");

        Assert.Multiple(() =>
        {
            Assert.That(result, Is.EqualTo("ok"u8.ToArray()));
            Assert.That(Fake.Evaluations, Has.Count.EqualTo(3));
            Assert.That(Fake.Evaluations.Select(e => e.TransactionId).Distinct().Count(), Is.EqualTo(1), "the same proposal is evaluated again");
        });
    }

    [Test]
    public void EvaluateAsync_DeadlineEveryTime_GivesUpAfterMaxRetries()
    {
        Fake.OnEvaluate = async (_, context) =>
        {
            await Task.Delay(Timeout.Infinite, context.CancellationToken);
            return new EvaluateResponse();
        };
        var options = new GatewayOptions { EvaluateTimeout = TimeSpan.FromMilliseconds(50), Resilience = QuickResilience };

        var ex = Assert.ThrowsAsync<EvaluateException>(() => NewContract(options).EvaluateAsync("Slow"));

        Assert.Multiple(() =>
        {
            Assert.That(ex!.StatusCode, Is.EqualTo(StatusCode.DeadlineExceeded));
            Assert.That(Fake.Evaluations, Has.Count.EqualTo(4));
        });
    }

    [Test]
    public void SubmitAsync_SubmitUnavailable_IsNeverRetried()
    {
        Fake.OnSubmit = (_, _) => throw GatewayErrors.Failure(StatusCode.Unavailable, "no orderers could successfully process transaction");

        var ex = Assert.ThrowsAsync<SubmitException>(() => NewContract().SubmitAsync("Pay", submitOptions: new SubmitOptions { RetryOnMvccConflict = 3 }));

        Assert.Multiple(() =>
        {
            Assert.That(ex!.IsTransient, Is.True);
            Assert.That(Fake.Submissions, Has.Count.EqualTo(1));
            Assert.That(Fake.Endorsements, Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task SubmitAsync_CommitStatusUnavailableOnce_RetriesTheWait()
    {
        var calls = 0;
        Fake.OnCommitStatus = (_, _) => Interlocked.Increment(ref calls) == 1
            ? throw GatewayErrors.Failure(StatusCode.Unavailable, "peer restarting")
            : Task.FromResult(new CommitStatusResponse { Result = TxValidationCode.Valid, BlockNumber = 4 });

        var result = await NewContract().SubmitAsync("Pay");

        Assert.Multiple(() =>
        {
            Assert.That(result.BlockNumber, Is.EqualTo(4));
            Assert.That(Fake.CommitStatusRequests, Has.Count.EqualTo(2));
            Assert.That(Fake.Submissions, Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task SubmitAsync_MvccConflictWithOptIn_RunsAgainAsNewTransaction()
    {
        var calls = 0;
        Fake.OnCommitStatus = (_, _) => Task.FromResult(new CommitStatusResponse
        {
            Result = Interlocked.Increment(ref calls) <= 2 ? TxValidationCode.MvccReadConflict : TxValidationCode.Valid,
            BlockNumber = 5,
        });

        var result = await NewContract().SubmitAsync("Increment", submitOptions: new SubmitOptions { RetryOnMvccConflict = 3 });

        var transactionIds = Fake.Endorsements.Select(e => e.TransactionId).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(result.Attempts, Is.EqualTo(3));
            Assert.That(transactionIds, Is.Unique.And.Count.EqualTo(3));
            Assert.That(Fake.Submissions.Select(s => s.TransactionId), Is.EqualTo(transactionIds));
            Assert.That(result.TransactionId, Is.EqualTo(transactionIds[^1]));
        });
    }

    [Test]
    public void SubmitAsync_MvccConflictBeyondLimit_ThrowsCommitExceptionOfLastRun()
    {
        Fake.OnCommitStatus = (_, _) => Task.FromResult(new CommitStatusResponse { Result = TxValidationCode.MvccReadConflict, BlockNumber = 5 });

        var ex = Assert.ThrowsAsync<CommitException>(() => NewContract().SubmitAsync("Increment", submitOptions: new SubmitOptions { RetryOnMvccConflict = 1 }));

        Assert.Multiple(() =>
        {
            Assert.That(Fake.Endorsements, Has.Count.EqualTo(2));
            Assert.That(ex!.TransactionId, Is.EqualTo(Fake.Endorsements.Last().TransactionId));
        });
    }

    [Test]
    public void EvaluateAsync_EndpointKeepsFailing_CircuitOpensAndCallsFailFast()
    {
        Fake.OnEvaluate = (_, _) => throw GatewayErrors.Failure(StatusCode.Unavailable, "down");
        var resilience = new FabricResilienceOptions
        {
            Evaluate = new RetrySettings(0, TimeSpan.Zero, TimeSpan.Zero),
            CircuitBreaker = new CircuitBreakerSettings(true, 0.5, 2, TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(30)),
        };
        var contract = NewContract(new GatewayOptions { Resilience = resilience });

        Assert.ThrowsAsync<EvaluateException>(() => contract.EvaluateAsync("Get"));
        Assert.ThrowsAsync<EvaluateException>(() => contract.EvaluateAsync("Get"));
        var ex = Assert.ThrowsAsync<EvaluateException>(() => contract.EvaluateAsync("Get"));

        Assert.Multiple(() =>
        {
            Assert.That(ex!.IsCircuitOpen, Is.True);
            Assert.That(ex.StatusCode, Is.EqualTo(StatusCode.Unavailable));
            Assert.That(Fake.Evaluations, Has.Count.EqualTo(2), "the third call never reached the endpoint");
        });
    }

    [Test]
    public void EvaluateAsync_SharedPipelines_CircuitOpenedByOneGatewayStopsAnother()
    {
        Fake.OnEvaluate = (_, _) => throw GatewayErrors.Failure(StatusCode.Unavailable, "down");
        var pipelines = new FabricPipelines(new FabricResilienceOptions
        {
            Evaluate = new RetrySettings(0, TimeSpan.Zero, TimeSpan.Zero),
            CircuitBreaker = new CircuitBreakerSettings(true, 0.5, 2, TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(30)),
        });
        var first = NewGateway(new GatewayOptions { Pipelines = pipelines }).GetNetwork(ChannelName).GetContract(ChaincodeName);
        var second = NewGateway(new GatewayOptions { Pipelines = pipelines }).GetNetwork(ChannelName).GetContract(ChaincodeName);

        Assert.ThrowsAsync<EvaluateException>(() => first.EvaluateAsync("Get"));
        Assert.ThrowsAsync<EvaluateException>(() => first.EvaluateAsync("Get"));
        var ex = Assert.ThrowsAsync<EvaluateException>(() => second.EvaluateAsync("Get"));

        Assert.That(ex!.IsCircuitOpen, Is.True);
    }

    [Test]
    public void EvaluateAsync_ChaincodeErrors_DoNotOpenCircuit()
    {
        Fake.OnEvaluate = (_, _) => throw GatewayErrors.Failure(StatusCode.Unknown, "chaincode response 500");
        var resilience = new FabricResilienceOptions
        {
            CircuitBreaker = new CircuitBreakerSettings(true, 0.5, 2, TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(30)),
        };
        var contract = NewContract(new GatewayOptions { Resilience = resilience });

        for (var i = 0; i < 4; i++)
        {
            Assert.ThrowsAsync<EvaluateException>(() => contract.EvaluateAsync("Get"));
        }

        Assert.That(Fake.Evaluations, Has.Count.EqualTo(4));
    }

    [Test]
    public void Get_UserRegisteredBuilder_TakesPrecedenceOverDefault()
    {
        var pipelines = new FabricPipelines();
        var custom = false;
        pipelines.Registry.TryAddBuilder(PipelineNames.Evaluate, (builder, _) => custom = true);

        pipelines.Get(PipelineNames.Evaluate);

        Assert.That(custom, Is.True);
    }
}
