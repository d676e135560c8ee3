using System.Globalization;
using System.Net;
using Fabric.Client;
using Fabric.Client.Connections;
using Fabric.Client.Resilience;
using MutualAid.Gateway.Benchmarks;
using MutualAid.Gateway.Hosting;
using MutualAid.Gateway.Invocation;

// dotnet run -c Release --project benchmarks/MutualAid.Gateway.Benchmarks
// Starts the embedded deployment on free ports in a temporary data directory, sets up a pool, members and a claim
// over HTTP, then measures recording contributions and reading the claim through the gateway (over HTTP/1.1, and over
// HTTP/2 on its h2c URL) and through Fabric.Client directly, as the same identity, at the same concurrency. Each
// measured run is split into rounds, each starting with another path and every other one backwards, so no path gains
// from the ledger's growth or from a quieter moment. The paths are warmed, a round of each at a time, until a round
// leaves the JIT quiet (tiered compilation otherwise goes on into the measured rounds); reads are many and short (a few
// milliseconds each), so each round has enough of them that a passing disturbance does not decide the ratio.
const int Concurrency = 32;
const int Contributions = 1_000;
const int Reads = 16_000;
const int WarmupContributions = 200;
const int WarmupReads = 4_000;
const int Members = 32;
const int Rounds = 8;
const int MaxWarmupRounds = 12;

var settings = new GatewaySettings
{
    DataDirectory = Directory.CreateTempSubdirectory("mutualaid-gateway-bench-").FullName,
    Urls = "http://127.0.0.1:0",
    Http2Url = "http://127.0.0.1:0",
    Embedded = new EmbeddedSettings { FreePeerPorts = true },
    Telemetry = new TelemetrySettings { Console = false },
};
try
{
    await using var deployment = await EmbeddedDeployment.StartAsync(settings, _ => { }, CancellationToken.None);
    using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(120) };
    var setup = await BenchSetup.CreateAsync(deployment, http, Members - 1);
    Console.WriteLine($"pool {setup.PoolId}, {setup.MemberIds.Count} members, claim {setup.ClaimId}; {Concurrency} in flight, "
        + $"{Contributions} contributions and {Reads} claim reads per side, after warm-up rounds of {WarmupContributions} + {WarmupReads} per side");

    var gateway = deployment.GatewayOf(BenchCaller.Organization);
    var apiKey = BenchSetup.KeyOf(deployment, BenchCaller.Organization, BenchCaller.Identity);
    var viaHttp = new HttpCalls(http, new Uri(gateway.Url), apiKey, HttpVersion.Version11);
    var viaHttp2 = new HttpCalls(http, new Uri(gateway.Http2Url!), apiKey, HttpVersion.Version20);

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

    IChaincodeCalls[] paths = [viaHttp, viaHttp2, direct];
    var contributionWarmup = await WarmUp.UntilQuietAsync(async () =>
    {
        foreach (var calls in paths)
        {
            await LoadRun.RunAsync(WarmupContributions, Concurrency, Contribute(calls));
        }
    }, MaxWarmupRounds);
    var readWarmup = await WarmUp.UntilQuietAsync(async () =>
    {
        foreach (var calls in paths)
        {
            await LoadRun.RunAsync(WarmupReads, Concurrency, Read(calls));
        }
    }, MaxWarmupRounds);
    Console.WriteLine($"warm-up until the JIT is quiet: {contributionWarmup.Rounds} contribution round(s) (last compiled {contributionWarmup.LastCompiled} methods), "
        + $"{readWarmup.Rounds} read round(s) (last compiled {readWarmup.LastCompiled})");

    var warmupAttempts = paths.ToDictionary(p => p, p => p.WriteAttempts);
    Console.WriteLine();
    Console.WriteLine($"{"operation",-22} {"path",-14} {"req/s",9} {"p50 ms",9} {"p99 ms",9} {"cpu us/req",11}");
    foreach (var (name, count, operation) in new (string, int, Func<IChaincodeCalls, Func<int, Task>>)[]
             {
                 ("RecordContribution", Contributions, Contribute),
                 ("GetClaim", Reads, Read),
             })
    {
        var results = new Dictionary<IChaincodeCalls, LoadResult>();
        for (var round = 0; round < Rounds; round++)
        {
            // Each round starts with another path, and every other round runs them backwards.
            var order = Enumerable.Range(0, paths.Length).Select(i => paths[(i + round) % paths.Length]);
            foreach (var calls in round % 2 == 0 ? order : order.Reverse())
            {
                var result = await LoadRun.RunAsync(count / Rounds, Concurrency, operation(calls));
                results[calls] = results.TryGetValue(calls, out var earlier) ? earlier.Merge(result) : result;
            }
        }

        foreach (var calls in paths)
        {
            Print(name, calls.Name, results[calls]);
        }

        foreach (var (protocol, service) in new[] { ("HTTP/1", viaHttp), ("h2c", viaHttp2) })
        {
            var (over, under) = (results[service], results[direct]);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-22} {protocol + "/direct",-14} {over.PerSecond / under.PerSecond,8:F2}x {over.P50 / under.P50,8:F2}x {over.P99 / under.P99,8:F2}x {over.ProcessorMicroseconds - under.ProcessorMicroseconds,10:F0}+"));
        }
    }

    // What any HTTP hop costs here before the gateway does anything: an anonymous liveness probe, client and server
    // in this process. The service's overhead per read is this plus authentication and its own work.
    foreach (var (label, baseUrl, version) in new[] { ("HTTP/1", gateway.Url, HttpVersion.Version11), ("h2c", gateway.Http2Url!, HttpVersion.Version20) })
    {
        var liveness = new Uri(new Uri(baseUrl), "/healthz");
        Func<int, Task> probe = async _ =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, liveness) { Version = version, VersionPolicy = HttpVersionPolicy.RequestVersionExact };
            using var answer = await http.SendAsync(request).ConfigureAwait(false);
            await answer.Content.ReadAsStringAsync().ConfigureAwait(false);
        };
        await LoadRun.RunAsync(Reads / 4, Concurrency, probe);
        Print("bare hop " + label, "GET /healthz", await LoadRun.RunAsync(Reads, Concurrency, probe));
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"transactions per measured contribution (MVCC re-runs included): {string.Join(", ", paths.Select(p => $"{p.Name} {(p.WriteAttempts - warmupAttempts[p]) / (double)Contributions:F2}"))}"));
    return 0;
}
finally
{
    Directory.Delete(settings.DataDirectory, recursive: true);
}

static void Print(string operation, string path, LoadResult result) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{operation,-22} {path,-14} {result.PerSecond,9:F0} {result.P50,9:F2} {result.P99,9:F2} {result.ProcessorMicroseconds,11:F0}"));

