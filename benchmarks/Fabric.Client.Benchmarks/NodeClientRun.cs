using System.Text.Json;
using System.Text.Json.Nodes;
using NodeInterop.Support;

namespace Fabric.Client.Benchmarks;

/// <summary>The same workload through the official Node client (<c>gateway/bench.js</c>, @hyperledger/fabric-gateway 1.11.0).</summary>
internal static class NodeClientRun
{
    /// <exception cref="InvalidOperationException">The Node script failed or timed out.</exception>
    public static async Task<(Phase Submit, Phase Evaluate)> RunAsync(BenchNetwork network, Workload workload, string keyPrefix)
    {
        var spec = new
        {
            endpoint = network.PeerAddress,
            mspId = BenchNetwork.MspId,
            certPath = Directory.GetFiles(Path.Combine(network.UserDirectory, "msp", "signcerts")).Single(),
            keyPath = Directory.GetFiles(Path.Combine(network.UserDirectory, "msp", "keystore")).Single(),
            channel = BenchNetwork.ChannelName,
            chaincode = BenchNetwork.ChaincodeName,
            concurrency = workload.Concurrency,
            warmup = workload.Warmup,
            submits = workload.Submits,
            evaluates = workload.Evaluates,
            keyPrefix,
        };
        var output = JsonNode.Parse(await NodeScript.RunAsync("gateway/bench.js", JsonSerializer.Serialize(spec)).ConfigureAwait(false))!;
        return (Read(output["submit"]!), Read(output["evaluate"]!));
    }

    private static Phase Read(JsonNode phase) => new(
        TimeSpan.FromMilliseconds(phase["elapsedMs"]!.GetValue<double>()),
        phase["failures"]!.GetValue<int>(),
        phase["latenciesMs"]!.AsArray().Select(l => l!.GetValue<double>()).ToList());
}
