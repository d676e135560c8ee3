using System.Text.Json.Nodes;

namespace MutualAid.DevNetwork.Tests.Interop;

/// <summary>
/// The official Node chaincode (fabric-shim 2.5.8) and Node gateway client (fabric-gateway 1.11.0)
/// against the development network, unchanged.
/// </summary>
[NonParallelizable]
[CancelAfter(120_000)]
public class NodeLibrariesInteropTests
{
    private DevNetworkFixture _network = null!;

    [OneTimeSetUp]
    public async Task StartNetwork() => _network = await DevNetworkFixture.StartAsync();

    [OneTimeTearDown]
    public async Task StopNetwork() => await _network.DisposeAsync();

    private NodeGatewayClient Insurer => _network.Client("InsurerMSP", "User1");

    [Test]
    public async Task SubmitTransaction_ThenEvaluate_ReturnsCommittedValue()
    {
        var results = await Insurer.RunAsync("interop",
            new { op = "submit", fn = "Put", args = new[] { "color", "blue" } },
            new { op = "evaluate", fn = "Get", args = new[] { "color" } });

        Assert.That(Ok(results[0]), Is.EqualTo("blue"));
        Assert.That(Ok(results[1]), Is.EqualTo("blue"));
    }

    [Test]
    public async Task SubmitAsync_GetStatus_ValidWithBlockNumber()
    {
        var results = await Insurer.RunAsync("interop", new { op = "submitAsync", fn = "Put", args = new[] { "size", "5" } });

        var status = results[0]!["ok"]!;
        Assert.That(status["successful"]!.GetValue<bool>(), Is.True);
        Assert.That(status["code"]!.GetValue<int>(), Is.Zero);
        Assert.That(status["blockNumber"]!.GetValue<int>(), Is.GreaterThan(0));
        Assert.That(status["result"]!.GetValue<string>(), Is.EqualTo("5"));
        Assert.That(_network.Host.Network.Channels["mutualaid"].Ledger.Transactions.Contains(status["transactionId"]!.GetValue<string>()), Is.True);
    }

    [Test]
    public async Task ChaincodeError_OnSubmitAndEvaluate_SurfacesWithDetails()
    {
        var results = await Insurer.RunAsync("interop",
            new { op = "submit", fn = "Fail", args = new[] { "boom" } },
            new { op = "evaluate", fn = "Fail", args = new[] { "bang" } });

        var endorse = results[0]!["error"]!;
        Assert.That(endorse["name"]!.GetValue<string>(), Is.EqualTo("EndorseError"));
        Assert.That(endorse["code"]!.GetValue<int>(), Is.EqualTo(10), "ABORTED");
        Assert.That(endorse["details"]![0]!["message"]!.GetValue<string>(), Is.EqualTo("chaincode response 500, boom"));
        Assert.That(endorse["details"]![0]!["mspId"]!.GetValue<string>(), Is.EqualTo("InsurerMSP"));
        var evaluate = results[1]!["error"]!;
        Assert.That(evaluate["code"]!.GetValue<int>(), Is.EqualTo(2), "UNKNOWN");
        Assert.That(evaluate["message"]!.GetValue<string>(), Does.Contain("chaincode response 500, bang"));
    }

    [Test]
    public async Task WhoAmI_ChaincodeSeesTheClientIdentity()
    {
        var results = await Insurer.RunAsync("interop", new { op = "evaluate", fn = "WhoAmI" });

        var identity = JsonNode.Parse(Ok(results[0]))!;
        Assert.That(identity["mspId"]!.GetValue<string>(), Is.EqualTo("InsurerMSP"));
        Assert.That(identity["id"]!.GetValue<string>(), Does.StartWith("x509::/C=US/ST=California/L=San Francisco/OU=client/CN=User1@insurer.example.com::"));
    }

    [Test]
    public async Task RangeAndHistory_ServedWithFabricSemantics()
    {
        var results = await Insurer.RunAsync("interop",
            new { op = "submit", fn = "Put", args = new[] { "range-b", "1" } },
            new { op = "submit", fn = "Put", args = new[] { "range-a", "2" } },
            new { op = "submit", fn = "Put", args = new[] { "range-a", "3" } },
            new { op = "submit", fn = "Delete", args = new[] { "range-a" } },
            new { op = "submit", fn = "Put", args = new[] { "range-c", "4" } },
            new { op = "evaluate", fn = "Range", args = new[] { "range-", "range-z" } },
            new { op = "evaluate", fn = "History", args = new[] { "range-a" } });

        Assert.That(Ok(results[5]), Is.EqualTo("[\"range-b\",\"range-c\"]"));
        var history = JsonNode.Parse(Ok(results[6]))!.AsArray();
        Assert.That(history.Select(h => h!["isDelete"]!.GetValue<bool>()), Is.EqualTo(new[] { true, false, false }), "newest first");
        Assert.That(history[1]!["value"]!.GetValue<string>(), Is.EqualTo("3"));
    }

    [Test]
    public async Task ChaincodeEvents_FromStartBlock_ReplaysCommittedEvents()
    {
        var submitted = await Insurer.RunAsync("interop",
            new { op = "submitAsync", fn = "Put", args = new[] { "event-1", "one" } },
            new { op = "submitAsync", fn = "Put", args = new[] { "event-2", "two" } });
        var firstBlock = submitted[0]!["ok"]!["blockNumber"]!.GetValue<int>();

        var results = await Insurer.RunAsync("interop", new { op = "events", chaincode = "interop", startBlock = firstBlock, count = 2 });

        var events = results[0]!["ok"]!.AsArray();
        Assert.That(events.Select(e => e!["eventName"]!.GetValue<string>()), Is.EqualTo(new[] { "Put", "Put" }));
        Assert.That(events[0]!["transactionId"]!.GetValue<string>(), Is.EqualTo(submitted[0]!["ok"]!["transactionId"]!.GetValue<string>()));
        Assert.That(events[1]!["payload"]!.GetValue<string>(), Is.EqualTo("{\"key\":\"event-2\",\"value\":\"two\"}"));
        Assert.That(events[0]!["chaincodeName"]!.GetValue<string>(), Is.EqualTo("interop"));
    }

    [Test]
    public async Task BlockEvents_ThroughDeliver_StartAtGenesis()
    {
        var results = await Insurer.RunAsync("interop",
            new { op = "submit", fn = "Put", args = new[] { "block", "1" } },
            new { op = "blocks", startBlock = 0, count = 2 });

        var blocks = results[1]!["ok"]!.AsArray();
        Assert.That(blocks.Select(b => b!["number"]!.GetValue<int>()), Is.EqualTo(new[] { 0, 1 }));
        Assert.That(blocks[0]!["transactions"]!.GetValue<int>(), Is.EqualTo(1), "the genesis block holds the config transaction");
    }

    [Test]
    public async Task ConcurrentIncrements_SameKey_LosersMarkedMvccReadConflict()
    {
        var results = await Insurer.RunAsync("interop", new { op = "concurrent", fn = "Increment", args = new[] { "counter" }, count = 6 });

        var outcomes = results[0]!["ok"]!.AsArray();
        var failures = outcomes.Where(o => o!["error"] is not null).Select(o => o!["error"]!).ToList();
        Assert.That(outcomes.Count(o => o!["ok"] is not null), Is.GreaterThanOrEqualTo(1));
        Assert.That(failures, Is.Not.Empty, "six concurrent increments of one key cannot all commit");
        Assert.That(failures.Select(f => f["name"]!.GetValue<string>()), Is.All.EqualTo("CommitError"));
        Assert.That(failures.Select(f => f["code"]!.GetValue<int>()), Is.All.EqualTo(11), "MVCC_READ_CONFLICT");
    }

    [Test]
    public async Task Regulator_CanReadButItsWriteIsRefusedByOrdering()
    {
        var regulator = _network.Client("RegulatorMSP", "Auditor");

        var results = await regulator.RunAsync("interop",
            new { op = "evaluate", fn = "WhoAmI" },
            new { op = "submit", fn = "Put", args = new[] { "regulated", "no" } });

        Assert.That(results[0]!["ok"], Is.Not.Null, "regulators read");
        var error = results[1]!["error"]!;
        Assert.That(error["name"]!.GetValue<string>(), Is.EqualTo("SubmitError"));
        Assert.That(error["message"]!.GetValue<string>(), Does.Contain("FORBIDDEN"));
        Assert.That(_network.Host.Network.Channels["mutualaid"].Ledger.State.Get("interop", "regulated"), Is.Null);
    }

    [Test]
    public async Task ForgedSignature_IsRefused()
    {
        var forger = _network.Client("InsurerMSP", "User1", forge: true);

        var results = await forger.RunAsync("interop",
            new { op = "evaluate", fn = "WhoAmI" },
            new { op = "submit", fn = "Put", args = new[] { "forged", "yes" } });

        Assert.That(results[0]!["error"]!["code"]!.GetValue<int>(), Is.EqualTo(9), "FAILED_PRECONDITION");
        Assert.That(results[1]!["error"]!["name"]!.GetValue<string>(), Is.EqualTo("EndorseError"));
        Assert.That(results[1]!["error"]!["details"]![0]!["message"]!.GetValue<string>(), Does.Contain("signature"));
    }

    private static string Ok(JsonNode? result) =>
        result?["ok"]?.GetValue<string>() ?? throw new AssertionException($"step failed: {result?.ToJsonString()}");
}
