using System.Globalization;
using Fabric.Client;
using Fabric.Client.Connections;
using Fabric.Client.Resilience;
using MutualAid.Gateway.Benchmarks;
using MutualAid.Gateway.Hosting;
using MutualAid.Gateway.Invocation;

// dotnet run -c Release --project benchmarks/MutualAid.Gateway.Benchmarks
// Starts the embedded deployment on free ports in a temporary data directory, sets up a pool, members and a claim
// over HTTP, then measures recording contributions and reading the claim through the gateway and through
// Fabric.Client directly, as the same identity, at the same concurrency. Each measured run is split into rounds in the
// order gateway, direct, direct, gateway, ..., so neither side gains from the ledger's growth or from a quieter moment.
// Reads are many and short (a few milliseconds each), so they get a long warm-up (the JIT's optimized code, the
// connection pools) and enough requests per round that a passing disturbance does not decide the ratio.
const int Concurrency = 32;
const int Contributions = 1_000;
const int Reads = 16_000;
const int WarmupContributions = 200;
const int WarmupReads = 4_000;
const int Members = 32;
const int Rounds = 8;

var settings = new GatewaySettings
{
    DataDirectory = Directory.CreateTempSubdirectory("mutualaid-gateway-bench-").FullName,
    Urls = "http://127.0.0.1:0",
    Embedded = new EmbeddedSettings { FreePeerPorts = true },
    Telemetry = new TelemetrySettings { Console = false },
};
try
{
    await using var deployment = await EmbeddedDeployment.StartAsync(settings, _ => { }, CancellationToken.None);
    using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(120) };
    var setup = await BenchSetup.CreateAsync(deployment, http, Members - 1);
    Console.WriteLine($"pool {setup.PoolId}, {setup.MemberIds.Count} members, claim {setup.ClaimId}; {Concurrency} in flight, "
        + $"{Contributions} contributions and {Reads} claim reads per side after {WarmupContributions} + {WarmupReads} warm-up");

    var gateway = deployment.GatewayOf(BenchCaller.Organization);
    var viaHttp = new HttpCalls(http, new Uri(gateway.Url), BenchSetup.KeyOf(deployment, BenchCaller.Organization, BenchCaller.Identity));

    // The gateway's own connection settings: one h2c channel to the organization's peer, the same pipelines and re-runs.
    var wallet = Wallet.Load(Path.Combine(deployment.GatewayDirectory, BenchCaller.Organization, "wallet"), BenchCaller.Organization);
    var identity = wallet.Identities.First(i => i.Label.StartsWith(BenchCaller.Identity + "@", StringComparison.Ordinal));
    var peer = deployment.Network.Network.Peers.First(p => p.MspId == BenchCaller.Organization);
    using var channel = GrpcChannels.ForPlaintext("http://" + peer.Address);
    var resilience = new FabricResilienceOptions
    {
        ResubmitOnConflict = new RetrySettings(settings.MaxConflictRetries, TimeSpan.FromMilliseconds(20), TimeSpan.FromMilliseconds(400)),
    };
    var contract = Gateway.Connect(channel, identity.Signing, new GatewayOptions { Resilience = resilience, Pipelines = new FabricPipelines(resilience) })
        .GetNetwork(settings.Channel).GetContract(settings.Chaincode);
    var direct = new DirectCalls(contract, settings.MaxConflictRetries);

    var reference = 0;
    Func<int, Task> Contribute(IChaincodeCalls calls) => i =>
        calls.RecordContributionAsync(setup.MemberIds[i % setup.MemberIds.Count], 1_000,
            $"{setup.PoolId}-BENCH-{Interlocked.Increment(ref reference).ToString(CultureInfo.InvariantCulture)}");
    Func<int, Task> Read(IChaincodeCalls calls) => _ => calls.ReadClaimAsync(setup.ClaimId);

    foreach (var calls in new IChaincodeCalls[] { viaHttp, direct })
    {
        await LoadRun.RunAsync(WarmupContributions, Concurrency, Contribute(calls));
        await LoadRun.RunAsync(WarmupReads, Concurrency, Read(calls));
    }

    var warmupAttempts = (viaHttp.WriteAttempts, direct.WriteAttempts);
    Console.WriteLine();
    Console.WriteLine($"{"operation",-22} {"path",-14} {"req/s",9} {"p50 ms",9} {"p99 ms",9} {"cpu us/req",11}");
    foreach (var (name, count, operation) in new (string, int, Func<IChaincodeCalls, Func<int, Task>>)[]
             {
                 ("RecordContribution", Contributions, Contribute),
                 ("GetClaim", Reads, Read),
             })
    {
        LoadResult? overHttp = null, overDirect = null;
        for (var round = 0; round < Rounds; round++)
        {
            foreach (var calls in round % 2 == 0 ? new IChaincodeCalls[] { viaHttp, direct } : [direct, viaHttp])
            {
                var result = await LoadRun.RunAsync(count / Rounds, Concurrency, operation(calls));
                if (calls == viaHttp)
                {
                    overHttp = overHttp?.Merge(result) ?? result;
                }
                else
                {
                    overDirect = overDirect?.Merge(result) ?? result;
                }
            }
        }

        Print(name, viaHttp.Name, overHttp!);
        Print(name, direct.Name, overDirect!);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-22} {"service/direct",-14} {overHttp!.PerSecond / overDirect!.PerSecond,8:F2}x {overHttp.P50 / overDirect.P50,8:F2}x {overHttp.P99 / overDirect.P99,8:F2}x {overHttp.ProcessorMicroseconds - overDirect.ProcessorMicroseconds,10:F0}+"));
    }

    // What any HTTP hop costs here before the gateway does anything: an anonymous liveness probe, client and server
    // in this process. The service's overhead per read is this plus authentication and its own work.
    var liveness = new Uri(new Uri(gateway.Url), "/healthz");
    Func<int, Task> probe = async _ =>
    {
        using var answer = await http.GetAsync(liveness).ConfigureAwait(false);
        await answer.Content.ReadAsStringAsync().ConfigureAwait(false);
    };
    await LoadRun.RunAsync(Reads / 4, Concurrency, probe);
    Print("bare HTTP hop", "GET /healthz", await LoadRun.RunAsync(Reads, Concurrency, probe));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"transactions per measured contribution (MVCC re-runs included): gateway HTTP {(viaHttp.WriteAttempts - warmupAttempts.Item1) / (double)Contributions:F2}, "
        + $"Fabric.Client {(direct.WriteAttempts - warmupAttempts.Item2) / (double)Contributions:F2}"));
    return 0;
}
finally
{
    Directory.Delete(settings.DataDirectory, recursive: true);
}

static void Print(string operation, string path, LoadResult result) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{operation,-22} {path,-14} {result.PerSecond,9:F0} {result.P50,9:F2} {result.P99,9:F2} {result.ProcessorMicroseconds,11:F0}"));

