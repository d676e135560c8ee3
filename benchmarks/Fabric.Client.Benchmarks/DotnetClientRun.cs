using Grpc.Net.Client;

namespace Fabric.Client.Benchmarks;

/// <summary>The workload through Fabric.Client, over one shared HTTP/2 channel to the insurer's peer.</summary>
internal static class DotnetClientRun
{
    public static async Task<(Phase Submit, Phase Evaluate)> RunAsync(BenchNetwork network, Workload workload, string keyPrefix)
    {
        using var channel = GrpcChannel.ForAddress("http://" + network.PeerAddress);
        var contract = Gateway.Connect(channel, network.User).GetNetwork(BenchNetwork.ChannelName).GetContract(BenchNetwork.ChaincodeName);
        Func<int, Task> Put(string prefix) => i => contract.SubmitAsync("Put", ProposalOptions.FromArguments($"{prefix}{i}", $"value-{i}"));
        Func<int, Task> Get(string prefix) => i => contract.EvaluateAsync("Get", ProposalOptions.FromArguments($"{prefix}{i % workload.Submits}"));

        await Phase.RunAsync(workload.Warmup, workload.Concurrency, Put(keyPrefix + "warmup-")).ConfigureAwait(false);
        await Phase.RunAsync(workload.Warmup, workload.Concurrency, Get(keyPrefix + "warmup-")).ConfigureAwait(false);
        var submit = await Phase.RunAsync(workload.Submits, workload.Concurrency, Put(keyPrefix)).ConfigureAwait(false);
        var evaluate = await Phase.RunAsync(workload.Evaluates, workload.Concurrency, Get(keyPrefix)).ConfigureAwait(false);
        return (submit, evaluate);
    }
}
