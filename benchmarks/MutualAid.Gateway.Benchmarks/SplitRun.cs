using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using MutualAid.Gateway.Hosting;
using MutualAid.Gateway.Security;

namespace MutualAid.Gateway.Benchmarks;

/// <summary>
/// The layout of a deployment: the network (peers, orderer, chaincode) in one process pinned to CPU 0, as a peer has
/// machines of its own; the callers and the organization's gateway in another pinned to CPU 1, as the gateway runs on
/// the organization's application servers beside the apps that would otherwise call Fabric directly. Both paths then
/// get the same network and the same application processor, and the ratio says what the gateway costs the network's
/// throughput. Processor time is counted for each process: the application's (app cpu) and the network's (net cpu).
/// </summary>
internal static class SplitRun
{
    /// <summary>The option that starts one of the two processes.</summary>
    public const string RoleOption = "--role";

    /// <summary>The network process.</summary>
    public const string NetworkRole = "network";

    /// <summary>The callers' and gateway's process.</summary>
    public const string AppRole = "app";

    private const string ReadyPrefix = "ready ";

    /// <summary>Starts both processes pinned with <c>taskset</c>, waits for the measurement, and stops the network.</summary>
    public static async Task<int> RunAsync()
    {
        if (Environment.ProcessorCount < 2)
        {
            Console.Error.WriteLine("the split layout needs two processors");
            return 2;
        }

        var data = Directory.CreateTempSubdirectory("mutualaid-gateway-bench-split-").FullName;
        Process? network = null;
        try
        {
            network = Start(0, [RoleOption, NetworkRole, data], redirect: true);
            string? line;
            while ((line = await network.StandardOutput.ReadLineAsync().ConfigureAwait(false)) is not null && !line.StartsWith(ReadyPrefix, StringComparison.Ordinal))
            {
                Console.WriteLine(line);
            }

            if (line is null)
            {
                Console.Error.WriteLine("the network process ended before it was ready");
                return 1;
            }

            var ready = JsonSerializer.Deserialize<NetworkReady>(line[ReadyPrefix.Length..])!;
            using var app = Start(1, [RoleOption, AppRole, data, ready.Peer, JsonSerializer.Serialize(ready.Gateways), ready.ProcessId.ToString(CultureInfo.InvariantCulture)],
                redirect: false);
            await app.WaitForExitAsync().ConfigureAwait(false);
            return app.ExitCode;
        }
        finally
        {
            if (network is not null)
            {
                network.StandardInput.Close();
                if (!network.WaitForExit(TimeSpan.FromSeconds(30)))
                {
                    network.Kill(entireProcessTree: true);
                }

                network.Dispose();
            }

            Directory.Delete(data, recursive: true);
        }
    }

    /// <summary>The network process: the embedded deployment, until standard input closes.</summary>
    public static async Task<int> ServeNetworkAsync(string data)
    {
        var settings = BenchSettings.Create(data);
        await using var deployment = await EmbeddedDeployment.StartAsync(settings, _ => { }, CancellationToken.None).ConfigureAwait(false);
        var peer = deployment.Network.Network.Peers.First(p => p.MspId == BenchCaller.Organization);
        var ready = new NetworkReady(peer.Address, deployment.Gateways.ToDictionary(g => g.Organization, g => g.Url), Environment.ProcessId);
        Console.WriteLine(ReadyPrefix + JsonSerializer.Serialize(ready));
        await Console.In.ReadToEndAsync().ConfigureAwait(false);
        return 0;
    }

    /// <summary>
    /// The application process: sets up through the network process's gateways, then starts the organization's own
    /// gateway here, on the network's wallet and keys and a state directory of its own, and measures it.
    /// </summary>
    public static async Task<int> MeasureAsync(string data, string peerAddress, string gatewaysJson, int networkProcessId)
    {
        var gateways = JsonSerializer.Deserialize<Dictionary<string, string>>(gatewaysJson)!;
        var settings = BenchSettings.Create(data);
        var gatewayDirectory = Path.Combine(data, "gateway");
        using var http = BenchSettings.NewHttpClient();
        var setup = await BenchSetup.CreateAsync(m => gateways[m], gatewayDirectory, http, Measurement.Members - 1).ConfigureAwait(false);

        var endpoint = new OrganizationEndpoint(BenchCaller.Organization, settings.Urls, "http://" + peerAddress, null, null,
            Path.Combine(gatewayDirectory, BenchCaller.Organization, "wallet"), Path.Combine(gatewayDirectory, ApiKeyProvisioner.KeyFileName),
            Path.Combine(data, "application-gateway"), settings.Http2Url);
        await using var gateway = await GatewayApp.StartAsync(endpoint, settings, _ => { }, CancellationToken.None).ConfigureAwait(false);
        Console.WriteLine("split: the network and chaincode in a process on CPU 0; the callers and the gateway in this process on CPU 1");
        await Measurement.RunAsync(setup, http, gateway, gatewayDirectory, peerAddress, settings,
            [ProcessorClock.ThisProcess("app cpu"), ProcessorClock.OfProcess("net cpu", networkProcessId)]).ConfigureAwait(false);
        return 0;
    }

    /// <summary>This program again, with <paramref name="arguments"/>, pinned to <paramref name="processor"/>.</summary>
    private static Process Start(int processor, string[] arguments, bool redirect)
    {
        var start = new ProcessStartInfo("taskset") { RedirectStandardOutput = redirect, RedirectStandardInput = redirect };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(processor.ToString(CultureInfo.InvariantCulture));
        start.ArgumentList.Add(Environment.ProcessPath!);
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
        {
            start.ArgumentList.Add(typeof(SplitRun).Assembly.Location);
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start) ?? throw new InvalidOperationException("taskset did not start");
    }

    /// <summary>What the network process reports once it serves.</summary>
    /// <param name="Peer">The address of the measured organization's peer.</param>
    /// <param name="Gateways">Each organization's gateway URL, for the setup.</param>
    /// <param name="ProcessId">The network process, whose processor time is counted too.</param>
    private sealed record NetworkReady(string Peer, Dictionary<string, string> Gateways, int ProcessId);
}
