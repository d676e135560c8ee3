using System.Text;
using System.Text.Json.Nodes;

namespace Fabric.Client.Tests.DevNetwork;

/// <summary>
/// The same transactions sent once through Fabric.Client (keys <c>dotnet-*</c>) and once through the official
/// Node client (keys <c>node-*</c>) leave the same ledger: values, history lengths and delete markers.
/// </summary>
[NonParallelizable]
[CancelAfter(30_000)]
internal sealed class LedgerParityTests
{
    private const string DotnetPrefix = "dotnet-";
    private const string NodePrefix = "node-";
    private static readonly string[] Keys = ["a", "b", "c"];

    /// <summary>Put a=1, Put b=2, Increment c twice, Delete a.</summary>
    private static readonly (string Function, string[] Arguments)[] Sequence =
    [
        ("Put", ["a", "1"]),
        ("Put", ["b", "2"]),
        ("Increment", ["c"]),
        ("Increment", ["c"]),
        ("Delete", ["a"]),
    ];

    private static TestNetwork Network => DevNetworkSetUp.Network;

    [Test]
    public async Task SameSequence_DotnetAndNodeClients_LeaveIdenticalLedgerEffects()
    {
        var contract = Network.Connect("InsurerMSP").GetNetwork(TestNetwork.ChannelName).GetContract(TestNetwork.ChaincodeName);
        var node = Network.NodeClient("InsurerMSP");
        var dotnetResults = new List<string>();
        foreach (var (function, arguments) in Sequence)
        {
            dotnetResults.Add(Encoding.UTF8.GetString(await contract.SubmitTransactionAsync(function, Prefixed(DotnetPrefix, arguments))));
        }

        var nodeResults = await node.RunAsync(TestNetwork.ChaincodeName, [.. Sequence.Select(s => new { op = "submit", fn = s.Function, args = Prefixed(NodePrefix, s.Arguments) })]);

        // Both prefixes read back through both clients: Range, then History and Get of every key.
        var dotnetReads = new Dictionary<string, string>();
        var nodeSteps = new List<object>();
        foreach (var prefix in new[] { DotnetPrefix, NodePrefix })
        {
            dotnetReads[prefix + "range"] = Encoding.UTF8.GetString(await contract.EvaluateTransactionAsync("Range", prefix, prefix + "~"));
            nodeSteps.Add(new { op = "evaluate", fn = "Range", args = new[] { prefix, prefix + "~" } });
            foreach (var key in Keys)
            {
                dotnetReads[prefix + "history-" + key] = Encoding.UTF8.GetString(await contract.EvaluateTransactionAsync("History", prefix + key));
                dotnetReads[prefix + "get-" + key] = Encoding.UTF8.GetString(await contract.EvaluateTransactionAsync("Get", prefix + key));
                nodeSteps.Add(new { op = "evaluate", fn = "History", args = new[] { prefix + key } });
                nodeSteps.Add(new { op = "evaluate", fn = "Get", args = new[] { prefix + key } });
            }
        }

        var nodeReads = (await node.RunAsync(TestNetwork.ChaincodeName, [.. nodeSteps])).Select(NodeClientDriver.Ok).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(nodeResults.Select(NodeClientDriver.Ok), Is.EqualTo(dotnetResults), "transaction results");
            Assert.That(dotnetResults, Is.EqualTo(new[] { "1", "2", "1", "2", "" }));
            Assert.That(nodeReads, Is.EqualTo(dotnetReads.Values), "the two clients read the same bytes");
            Assert.That(StripRange(dotnetReads[DotnetPrefix + "range"], DotnetPrefix), Is.EqualTo(new[] { "b", "c" }));
            Assert.That(StripRange(dotnetReads[NodePrefix + "range"], NodePrefix), Is.EqualTo(StripRange(dotnetReads[DotnetPrefix + "range"], DotnetPrefix)));
            foreach (var key in Keys)
            {
                Assert.That(History(dotnetReads[NodePrefix + "history-" + key]), Is.EqualTo(History(dotnetReads[DotnetPrefix + "history-" + key])), $"history of {key}");
                Assert.That(dotnetReads[NodePrefix + "get-" + key], Is.EqualTo(dotnetReads[DotnetPrefix + "get-" + key]), $"value of {key}");
                AssertLedgerMatches(key);
            }

            Assert.That(History(dotnetReads[DotnetPrefix + "history-a"]), Is.EqualTo(new[] { ("", true), ("1", false) }), "newest first, with the delete marker");
        });
    }

    /// <summary>The committed world state and history index agree key by key, once the prefix is stripped.</summary>
    private static void AssertLedgerMatches(string key)
    {
        var ledger = Network.Ledger;
        var dotnetValue = ledger.State.Get(TestNetwork.ChaincodeName, DotnetPrefix + key)?.Value;
        var nodeValue = ledger.State.Get(TestNetwork.ChaincodeName, NodePrefix + key)?.Value;
        Assert.That(nodeValue, Is.EqualTo(dotnetValue), $"state of {key}");
        var dotnetHistory = ledger.History.For(TestNetwork.ChaincodeName, DotnetPrefix + key).Select(h => (Encoding.UTF8.GetString(h.Value), h.IsDelete));
        var nodeHistory = ledger.History.For(TestNetwork.ChaincodeName, NodePrefix + key).Select(h => (Encoding.UTF8.GetString(h.Value), h.IsDelete));
        Assert.That(nodeHistory, Is.EqualTo(dotnetHistory), $"history index of {key}");
    }

    private static string[] Prefixed(string prefix, string[] arguments) =>
        [prefix + arguments[0], .. arguments.Skip(1)];

    private static List<string> StripRange(string json, string prefix) =>
        JsonNode.Parse(json)!.AsArray().Select(k => k!.GetValue<string>()[prefix.Length..]).ToList();

    private static List<(string Value, bool IsDelete)> History(string json) =>
        JsonNode.Parse(json)!.AsArray().Select(h => (h!["value"]!.GetValue<string>(), h["isDelete"]!.GetValue<bool>())).ToList();
}
