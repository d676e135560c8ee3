using MutualAid.Gateway.Hosting;

namespace MutualAid.Gateway.Benchmarks;

/// <summary>
/// Everything in this one process, as the embedded default runs: the callers, the three gateways, the development
/// network and the chaincode share the machine's processors, so every microsecond the gateway spends on a request is
/// taken from the network's.
/// </summary>
internal static class ColocatedRun
{
    /// <summary>Starts the embedded deployment in a temporary data directory, sets up and measures.</summary>
    public static async Task<int> RunAsync()
    {
        var settings = BenchSettings.Create(Directory.CreateTempSubdirectory("mutualaid-gateway-bench-").FullName);
        try
        {
            await using var deployment = await EmbeddedDeployment.StartAsync(settings, _ => { }, CancellationToken.None).ConfigureAwait(false);
            using var http = BenchSettings.NewHttpClient();
            var setup = await BenchSetup.CreateAsync(m => deployment.GatewayOf(m).Url, deployment.GatewayDirectory, http, Measurement.Members - 1)
                .ConfigureAwait(false);
            var peer = deployment.Network.Network.Peers.First(p => p.MspId == BenchCaller.Organization);
            Console.WriteLine($"co-located: callers, gateways, network and chaincode in one process on {Environment.ProcessorCount} processors");
            await Measurement.RunAsync(setup, http, deployment.GatewayOf(BenchCaller.Organization), deployment.GatewayDirectory, peer.Address,
                settings, [ProcessorClock.ThisProcess("cpu")]).ConfigureAwait(false);
            return 0;
        }
        finally
        {
            Directory.Delete(settings.DataDirectory, recursive: true);
        }
    }
}
