using System.Text;
using System.Text.Json.Nodes;
using Fabric.Client.Errors;
using Fabric.Protos.Peer;
using Google.Protobuf;
using Grpc.Core;

namespace Fabric.Client.Tests.DevNetwork;

/// <summary>Fabric.Client's whole transaction path against the development network and the official Node chaincode.</summary>
[NonParallelizable]
[CancelAfter(30_000)]
internal sealed class ContractEndToEndTests
{
    private static TestNetwork Network => DevNetworkSetUp.Network;

    private static CancellationToken Cancellation => TestContext.CurrentContext.CancellationToken;

    private static Contract Interop(string mspId = "InsurerMSP", string user = "User1") =>
        Network.Connect(mspId, user).GetNetwork(TestNetwork.ChannelName).GetContract(TestNetwork.ChaincodeName);

    [Test]
    public async Task SubmitTransaction_ThenEvaluate_ReturnsCommittedValue()
    {
        var contract = Interop();

        var submitted = await contract.SubmitTransactionAsync("Put", "e2e-color", "blue");
        var evaluated = await contract.EvaluateTransactionAsync("Get", "e2e-color");

        Assert.That(Encoding.UTF8.GetString(submitted), Is.EqualTo("blue"));
        Assert.That(Encoding.UTF8.GetString(evaluated), Is.EqualTo("blue"));
    }

    [Test]
    public async Task SubmitAsync_Valid_ReturnsBlockNumberAndOneAttempt()
    {
        var result = await Interop().SubmitAsync("Put", ProposalOptions.FromArguments("e2e-size", "5"), cancellationToken: Cancellation);

        var location = Network.Ledger.Transactions;
        Assert.Multiple(() =>
        {
            Assert.That(result.Attempts, Is.EqualTo(1));
            Assert.That(result.BlockNumber, Is.GreaterThan(0));
            Assert.That(Encoding.UTF8.GetString(result.Result), Is.EqualTo("5"));
            Assert.That(location.Contains(result.TransactionId), Is.True);
            Assert.That(Network.Ledger.State.Get(TestNetwork.ChaincodeName, "e2e-size")?.Value, Is.EqualTo("5"u8.ToArray()));
        });
    }

    [Test]
    public async Task SubmitAsync_WithTransientData_CommitsWithoutTheTransientInTheBlock()
    {
        var secret = "transient-" + Guid.NewGuid().ToString("N");
        var contract = Interop();

        var result = await contract.SubmitAsync(
            "Put", ProposalOptions.FromArguments("e2e-transient", "public").WithTransient("secret", secret), cancellationToken: Cancellation);
        var whoAmI = JsonNode.Parse(await contract.EvaluateAsync(
            "WhoAmI", new ProposalOptions().WithTransient("secret", secret), Cancellation))!;

        var block = Network.Ledger.GetBlock(result.BlockNumber).ToByteArray();
        Assert.Multiple(() =>
        {
            Assert.That(Encoding.UTF8.GetString(result.Result), Is.EqualTo("public"));
            Assert.That(block.AsSpan().IndexOf(Encoding.UTF8.GetBytes(secret)), Is.EqualTo(-1), "transient data never reaches the ledger");
            Assert.That(block.AsSpan().IndexOf(Encoding.UTF8.GetBytes(result.TransactionId)), Is.Not.EqualTo(-1));
            Assert.That(whoAmI["mspId"]!.GetValue<string>(), Is.EqualTo("InsurerMSP"));
            Assert.That(whoAmI["id"]!.GetValue<string>(), Does.StartWith("x509::/C=US/ST=California/L=San Francisco/OU=client/CN=User1@insurer.example.com::"));
        });
    }

    [Test]
    public void SubmitAsync_ChaincodeThrows_EndorseExceptionWithPeerDetails()
    {
        var contract = Interop();

        var error = Assert.ThrowsAsync<EndorseException>(() => contract.SubmitAsync("Fail", ProposalOptions.FromArguments("boom"), cancellationToken: Cancellation));

        Assert.Multiple(() =>
        {
            Assert.That(error.StatusCode, Is.EqualTo(StatusCode.Aborted));
            Assert.That(error.TransactionId, Is.Not.Empty);
            Assert.That(error.IsTransient, Is.False);
            Assert.That(error.Details, Is.Not.Empty);
            Assert.That(error.Details.Select(d => d.Message), Is.All.EqualTo("chaincode response 500, boom"));
            Assert.That(error.Details.Select(d => d.MspId), Does.Contain("InsurerMSP"));
            Assert.That(error.Details.Select(d => d.Address), Is.All.Not.Empty);
        });
    }

    [Test]
    public void EvaluateAsync_ChaincodeThrows_EvaluateExceptionWithMessage()
    {
        var contract = Interop();

        var error = Assert.ThrowsAsync<EvaluateException>(() => contract.EvaluateAsync("Fail", ProposalOptions.FromArguments("bang"), Cancellation));

        Assert.Multiple(() =>
        {
            Assert.That(error.StatusCode, Is.EqualTo(StatusCode.Unknown));
            Assert.That(error.Message, Does.Contain("chaincode response 500, bang"));
            Assert.That(error.IsTransient, Is.False);
        });
    }

    [Test]
    public async Task Regulator_EvaluateSucceedsButSubmitRefusedByOrdering()
    {
        var regulator = Interop("RegulatorMSP", "Auditor");

        var whoAmI = JsonNode.Parse(await regulator.EvaluateAsync("WhoAmI", cancellationToken: Cancellation))!;
        var error = Assert.ThrowsAsync<SubmitException>(() => regulator.SubmitAsync("Put", ProposalOptions.FromArguments("e2e-regulated", "no"), cancellationToken: Cancellation));

        Assert.Multiple(() =>
        {
            Assert.That(whoAmI["mspId"]!.GetValue<string>(), Is.EqualTo("RegulatorMSP"));
            Assert.That(error.Message, Does.Contain("FORBIDDEN"));
            Assert.That(error.Details.Select(d => d.MspId), Does.Contain("OrdererMSP"));
            Assert.That(error.TransactionId, Is.Not.Empty);
            Assert.That(Network.Ledger.Transactions.Contains(error.TransactionId!), Is.False);
            Assert.That(Network.Ledger.State.Get(TestNetwork.ChaincodeName, "e2e-regulated"), Is.Null);
        });
    }

    [Test]
    public async Task ConcurrentIncrements_WithRetryOnMvccConflict_AllCommit()
    {
        const int Count = 6;
        var contract = Interop();
        var options = new SubmitOptions { RetryOnMvccConflict = 10 };

        var results = await Task.WhenAll(Enumerable.Range(0, Count).Select(_ =>
            contract.SubmitAsync("Increment", ProposalOptions.FromArguments("e2e-counter-retry"), options, Cancellation)));

        Assert.Multiple(() =>
        {
            Assert.That(results.Select(r => Encoding.UTF8.GetString(r.Result)).Order(StringComparer.Ordinal),
                Is.EqualTo(Enumerable.Range(1, Count).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))),
                "each increment saw the previous one");
            Assert.That(results.Select(r => r.Attempts).Max(), Is.GreaterThan(1), "some ran again after a read conflict");
            Assert.That(Network.Ledger.State.Get(TestNetwork.ChaincodeName, "e2e-counter-retry")?.Value, Is.EqualTo("6"u8.ToArray()));
        });
    }

    [Test]
    public async Task ConcurrentIncrements_WithoutRetry_LosersThrowMvccReadConflict()
    {
        const int Count = 6;
        var contract = Interop();

        var runs = Enumerable.Range(0, Count)
            .Select(_ => contract.SubmitAsync("Increment", ProposalOptions.FromArguments("e2e-counter"), cancellationToken: Cancellation))
            .ToList();
        await Task.WhenAll(runs).ContinueWith(_ => { }, TaskScheduler.Default);

        var failures = runs.Where(r => r.IsFaulted).Select(r => r.Exception!.InnerException).ToList();
        var committed = runs.Count(r => r.IsCompletedSuccessfully);
        Assert.Multiple(() =>
        {
            Assert.That(committed, Is.GreaterThanOrEqualTo(1));
            Assert.That(failures, Is.Not.Empty, "six concurrent increments of one key cannot all commit");
            Assert.That(failures, Is.All.InstanceOf<CommitException>());
            Assert.That(failures.OfType<CommitException>().Select(f => f.Code), Is.All.EqualTo(TxValidationCode.MvccReadConflict));
            Assert.That(failures.OfType<CommitException>().Select(f => f.IsTransient), Is.All.True);
            Assert.That(Network.Ledger.State.Get(TestNetwork.ChaincodeName, "e2e-counter")?.Value,
                Is.EqualTo(Encoding.UTF8.GetBytes(committed.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        });
    }
}
