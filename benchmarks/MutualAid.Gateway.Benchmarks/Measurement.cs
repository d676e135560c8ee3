using System.Globalization;
using System.Net;
using MutualAid.Gateway.Hosting;

namespace MutualAid.Gateway.Benchmarks;

/// <summary>
/// The measured runs, the same in every layout: contributions and claim reads through the gateway over HTTP/1.1 and
/// h2c and through Fabric.Client directly, reads also through the empty service, then a bare hop for each protocol.
/// Each measured run is split into rounds, each starting with another path and every other one backwards, so no path
/// gains from the ledger's growth or from a quieter moment. The paths are warmed, a round of each at a time, until a
/// round leaves the JIT quiet (tiered compilation otherwise goes on into the measured rounds). The network's speed on
/// this machine drifts by a fifth within seconds, so reads, which are short, alternate in many rounds of well under a
/// second: a slow spell then falls on every path alike, and the spread of the rounds' own ratios shows how far it went.
/// </summary>
/// <param name="Setup">The pool, members and claim.</param>
/// <param name="Http">The callers' HTTP client.</param>
/// <param name="ViaHttp">The gateway over HTTP/1.1.</param>
/// <param name="ViaHttp2">The gateway over h2c.</param>
/// <param name="Direct">Fabric.Client, directly.</param>
/// <param name="Empty">The empty service.</param>
/// <param name="Clocks">The processes whose processor time is counted: the first one is this process.</param>
internal sealed record Measurement(
    BenchSetup Setup, HttpClient Http, HttpCalls ViaHttp, HttpCalls ViaHttp2, DirectCalls Direct, EmptyService Empty, IReadOnlyList<ProcessorClock> Clocks)
{
    public const int Concurrency = 32;
    public const int Contributions = 1_000;
    public const int Reads = 32_000;
    public const int Members = 32;
    private const int WarmupContributions = 200;
    private const int WarmupReads = 4_000;
    /// <summary>Rounds of contributions: each lasts a few blocks.</summary>
    private const int ContributionRounds = 8;

    /// <summary>Rounds of reads: short (well under a second each), so the paths alternate faster than the machine's speed drifts.</summary>
    private const int ReadRounds = 32;
    private const int MaxWarmupRounds = 12;

    /// <summary>
    /// Measures <paramref name="gateway"/> of <see cref="BenchCaller.Organization"/> against Fabric.Client connected
    /// directly to <paramref name="peerAddress"/>, with the keys and wallet the deployment wrote under <paramref name="gatewayDirectory"/>,
    /// counting the processor time of <paramref name="clocks"/>.
    /// </summary>
    /// <exception cref="InvalidOperationException">A call failed.</exception>
    public static async Task RunAsync(BenchSetup setup, HttpClient http, GatewayApp gateway, string gatewayDirectory, string peerAddress,
        GatewaySettings settings, IReadOnlyList<ProcessorClock> clocks)
    {
        var apiKey = BenchSetup.KeyOf(gatewayDirectory, BenchCaller.Organization, BenchCaller.Identity);
        var viaHttp = new HttpCalls(http, new Uri(gateway.Url), apiKey, HttpVersion.Version11);
        var viaHttp2 = new HttpCalls(http, new Uri(gateway.Http2Url!), apiKey, HttpVersion.Version20);
        var (direct, connection) = DirectCalls.Connect(Path.Combine(gatewayDirectory, BenchCaller.Organization, "wallet"), peerAddress, settings);
        using (connection)
        {
            await using var empty = await EmptyService.StartAsync(direct.Contract, http).ConfigureAwait(false);
            await new Measurement(setup, http, viaHttp, viaHttp2, direct, empty, clocks).RunAsync().ConfigureAwait(false);
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
        Console.WriteLine($"{"operation",-22} {"path",-14} {"req/s",9} {"p50 ms",9} {"p99 ms",9}"
            + string.Concat(Clocks.Select(c => $" {c.Label + " us/req",13}")) + $" {"alloc KB/req",13}");
        Console.WriteLine("  ratio rows: the measured run's req/s, p50 and p99 over direct's, what a request cost more, "
            + "and the rounds' req/s each over direct's in the same round");
        await CompareAsync("RecordContribution", Contributions, ContributionRounds, Contribute, paths).ConfigureAwait(false);
        await CompareAsync("GetClaim", Reads, ReadRounds, Read, readPaths).ConfigureAwait(false);

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
            await LoadRun.RunAsync(Reads / 4, Concurrency, probe, Clocks).ConfigureAwait(false);
            Print("bare hop " + label, "GET /healthz", await LoadRun.RunAsync(Reads, Concurrency, probe, Clocks).ConfigureAwait(false));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"transactions per measured contribution (MVCC re-runs included): {string.Join(", ", paths.Select(p => $"{p.Name} {(p.WriteAttempts - warmupAttempts[p]) / (double)Contributions:F2}"))}"));
    }

    private async Task EachAsync(IChaincodeCalls[] paths, int count, Func<IChaincodeCalls, Func<int, Task>> operation)
    {
        foreach (var calls in paths)
        {
            await LoadRun.RunAsync(count, Concurrency, operation(calls), Clocks).ConfigureAwait(false);
        }
    }

    private async Task CompareAsync(string name, int count, int roundCount, Func<IChaincodeCalls, Func<int, Task>> operation, IChaincodeCalls[] measured)
    {
        var rounds = measured.ToDictionary(calls => calls, _ => new List<LoadResult>());
        for (var round = 0; round < roundCount; round++)
        {
            // Each round starts with another path, and every other round runs them backwards.
            var order = Enumerable.Range(0, measured.Length).Select(i => measured[(i + round) % measured.Length]);
            foreach (var calls in round % 2 == 0 ? order : order.Reverse())
            {
                rounds[calls].Add(await LoadRun.RunAsync(count / roundCount, Concurrency, operation(calls), Clocks).ConfigureAwait(false));
            }
        }

        var results = rounds.ToDictionary(r => r.Key, r => r.Value.Aggregate((a, b) => a.Merge(b)));
        foreach (var calls in measured)
        {
            Print(name, calls.Name, results[calls]);
        }

        var labels = new Dictionary<IChaincodeCalls, string> { [ViaHttp] = "HTTP/1", [ViaHttp2] = "h2c", [Empty] = "empty" };
        foreach (var calls in measured.Where(labels.ContainsKey))
        {
            var (over, under) = (results[calls], results[Direct]);
            // A round's paths run within seconds of each other, so a slow spell of the machine moves one round's ratio, not every round's.
            var perRound = rounds[calls].Zip(rounds[Direct], (a, b) => a.PerSecond / b.PerSecond).Order().ToArray();
            var median = (perRound[(perRound.Length - 1) / 2] + perRound[perRound.Length / 2]) / 2;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-22} {labels[calls] + "/direct",-14} {over.PerSecond / under.PerSecond,8:F2}x {over.P50 / under.P50,8:F2}x {over.P99 / under.P99,8:F2}x")
                + string.Concat(Clocks.Select((_, i) => string.Create(CultureInfo.InvariantCulture,
                    $" {over.ProcessorMicroseconds(i) - under.ProcessorMicroseconds(i),12:F0}+")))
                + string.Create(CultureInfo.InvariantCulture,
                    $" {over.AllocatedKilobytes - under.AllocatedKilobytes,12:F1}+   {perRound.Length} rounds: median {median:F2}x, {perRound[0]:F2}x-{perRound[^1]:F2}x"));
        }
    }

    private void Print(string operation, string path, LoadResult result) => Console.WriteLine(
        string.Create(CultureInfo.InvariantCulture, $"{operation,-22} {path,-14} {result.PerSecond,9:F0} {result.P50,9:F2} {result.P99,9:F2}")
        + string.Concat(Clocks.Select((_, i) => string.Create(CultureInfo.InvariantCulture, $" {result.ProcessorMicroseconds(i),13:F0}")))
        + string.Create(CultureInfo.InvariantCulture, $" {result.AllocatedKilobytes,13:F1}"));
}
