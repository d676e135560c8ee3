using System.Globalization;
using System.Net;
using MutualAid.Gateway.Hosting;

namespace MutualAid.Gateway.Benchmarks;

/// <summary>
/// The measured runs, the same in every layout: contributions and claim reads through the gateway over HTTP/1.1 and
/// h2c and through Fabric.Client directly, reads also through the empty service, then a bare hop for each protocol.
/// Each measured run is split into rounds, each starting with another path and every other one backwards, so no path
/// gains from the ledger's growth or from a quieter moment. The paths are warmed, a round of each at a time, until a
/// round leaves the JIT quiet (tiered compilation otherwise goes on into the measured rounds); reads are many and short
/// (a few milliseconds each), so each round has enough of them that a passing disturbance does not decide the ratio.
/// </summary>
/// <param name="Setup">The pool, members and claim.</param>
/// <param name="Http">The callers' HTTP client.</param>
/// <param name="ViaHttp">The gateway over HTTP/1.1.</param>
/// <param name="ViaHttp2">The gateway over h2c.</param>
/// <param name="Direct">Fabric.Client, directly.</param>
/// <param name="Empty">The empty service.</param>
/// <param name="Processor">What the processor time column covers.</param>
internal sealed record Measurement(
    BenchSetup Setup, HttpClient Http, HttpCalls ViaHttp, HttpCalls ViaHttp2, DirectCalls Direct, EmptyService Empty, string Processor)
{
    public const int Concurrency = 32;
    public const int Contributions = 1_000;
    public const int Reads = 16_000;
    public const int Members = 32;
    private const int WarmupContributions = 200;
    private const int WarmupReads = 4_000;
    private const int Rounds = 8;
    private const int MaxWarmupRounds = 12;

    /// <summary>
    /// Measures <paramref name="gateway"/> of <see cref="BenchCaller.Organization"/> against Fabric.Client connected
    /// directly to <paramref name="peerAddress"/>, with the keys and wallet the deployment wrote under <paramref name="gatewayDirectory"/>.
    /// </summary>
    /// <exception cref="InvalidOperationException">A call failed.</exception>
    public static async Task RunAsync(BenchSetup setup, HttpClient http, GatewayApp gateway, string gatewayDirectory, string peerAddress,
        GatewaySettings settings, string processor)
    {
        var apiKey = BenchSetup.KeyOf(gatewayDirectory, BenchCaller.Organization, BenchCaller.Identity);
        var viaHttp = new HttpCalls(http, new Uri(gateway.Url), apiKey, HttpVersion.Version11);
        var viaHttp2 = new HttpCalls(http, new Uri(gateway.Http2Url!), apiKey, HttpVersion.Version20);
        var (direct, connection) = DirectCalls.Connect(Path.Combine(gatewayDirectory, BenchCaller.Organization, "wallet"), peerAddress, settings);
        using (connection)
        {
            await using var empty = await EmptyService.StartAsync(direct.Contract, http).ConfigureAwait(false);
            await new Measurement(setup, http, viaHttp, viaHttp2, direct, empty, processor).RunAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Warms up, measures and prints the table.</summary>
    /// <exception cref="InvalidOperationException">A call failed.</exception>
    public async Task RunAsync()
    {
        Console.WriteLine($"pool {Setup.PoolId}, {Setup.MemberIds.Count} members, claim {Setup.ClaimId}; {Concurrency} in flight, "
            + $"{Contributions} contributions and {Reads} claim reads per side, after warm-up rounds of {WarmupContributions} + {WarmupReads} per side");
        var reference = 0;
        Func<int, Task> Contribute(IChaincodeCalls calls) => i =>
            calls.RecordContributionAsync(Setup.MemberIds[i % Setup.MemberIds.Count], 1_000,
                $"{Setup.PoolId}-BENCH-{Interlocked.Increment(ref reference).ToString(CultureInfo.InvariantCulture)}");
        Func<int, Task> Read(IChaincodeCalls calls) => _ => calls.ReadClaimAsync(Setup.ClaimId);

        IChaincodeCalls[] paths = [ViaHttp, ViaHttp2, Direct];
        IChaincodeCalls[] readPaths = [.. paths, Empty];
        var contributionWarmup = await WarmUp.UntilQuietAsync(() => EachAsync(paths, WarmupContributions, Contribute), MaxWarmupRounds).ConfigureAwait(false);
        var readWarmup = await WarmUp.UntilQuietAsync(() => EachAsync(readPaths, WarmupReads, Read), MaxWarmupRounds).ConfigureAwait(false);
        Console.WriteLine($"warm-up until the JIT is quiet: {contributionWarmup.Rounds} contribution round(s) (last compiled {contributionWarmup.LastCompiled} methods), "
            + $"{readWarmup.Rounds} read round(s) (last compiled {readWarmup.LastCompiled})");

        var warmupAttempts = paths.ToDictionary(p => p, p => p.WriteAttempts);
        Console.WriteLine();
        Console.WriteLine($"{"operation",-22} {"path",-14} {"req/s",9} {"p50 ms",9} {"p99 ms",9} {"cpu us/req",11}   (cpu: {Processor})");
        await CompareAsync("RecordContribution", Contributions, Contribute, paths).ConfigureAwait(false);
        await CompareAsync("GetClaim", Reads, Read, readPaths).ConfigureAwait(false);

        // What any HTTP hop costs here before the gateway does anything: an anonymous liveness probe.
        foreach (var (label, calls) in new[] { ("HTTP/1", ViaHttp), ("h2c", ViaHttp2) })
        {
            var liveness = new Uri(calls.BaseAddress, "/healthz");
            Func<int, Task> probe = async _ =>
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, liveness) { Version = calls.Version, VersionPolicy = HttpVersionPolicy.RequestVersionExact };
                using var answer = await Http.SendAsync(request).ConfigureAwait(false);
                await answer.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
            };
            await LoadRun.RunAsync(Reads / 4, Concurrency, probe).ConfigureAwait(false);
            Print("bare hop " + label, "GET /healthz", await LoadRun.RunAsync(Reads, Concurrency, probe).ConfigureAwait(false));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"transactions per measured contribution (MVCC re-runs included): {string.Join(", ", paths.Select(p => $"{p.Name} {(p.WriteAttempts - warmupAttempts[p]) / (double)Contributions:F2}"))}"));
    }

    private static async Task EachAsync(IChaincodeCalls[] paths, int count, Func<IChaincodeCalls, Func<int, Task>> operation)
    {
        foreach (var calls in paths)
        {
            await LoadRun.RunAsync(count, Concurrency, operation(calls)).ConfigureAwait(false);
        }
    }

    private async Task CompareAsync(string name, int count, Func<IChaincodeCalls, Func<int, Task>> operation, IChaincodeCalls[] measured)
    {
        var results = new Dictionary<IChaincodeCalls, LoadResult>();
        for (var round = 0; round < Rounds; round++)
        {
            // Each round starts with another path, and every other round runs them backwards.
            var order = Enumerable.Range(0, measured.Length).Select(i => measured[(i + round) % measured.Length]);
            foreach (var calls in round % 2 == 0 ? order : order.Reverse())
            {
                var result = await LoadRun.RunAsync(count / Rounds, Concurrency, operation(calls)).ConfigureAwait(false);
                results[calls] = results.TryGetValue(calls, out var earlier) ? earlier.Merge(result) : result;
            }
        }

        foreach (var calls in measured)
        {
            Print(name, calls.Name, results[calls]);
        }

        var labels = new Dictionary<IChaincodeCalls, string> { [ViaHttp] = "HTTP/1", [ViaHttp2] = "h2c", [Empty] = "empty" };
        foreach (var calls in measured.Where(labels.ContainsKey))
        {
            var (label, over, under) = (labels[calls], results[calls], results[Direct]);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-22} {label + "/direct",-14} {over.PerSecond / under.PerSecond,8:F2}x {over.P50 / under.P50,8:F2}x {over.P99 / under.P99,8:F2}x {over.ProcessorMicroseconds - under.ProcessorMicroseconds,10:F0}+"));
        }
    }

    private static void Print(string operation, string path, LoadResult result) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{operation,-22} {path,-14} {result.PerSecond,9:F0} {result.P50,9:F2} {result.P99,9:F2} {result.ProcessorMicroseconds,11:F0}"));
}
