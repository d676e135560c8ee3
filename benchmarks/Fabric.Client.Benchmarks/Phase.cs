using System.Diagnostics;

namespace Fabric.Client.Benchmarks;

/// <summary>The outcome of one timed phase: wall time, failures and the latency of every successful call.</summary>
internal sealed record Phase(TimeSpan Elapsed, int Failures, IReadOnlyList<double> LatenciesMs)
{
    /// <summary>Successful calls per second over the whole phase.</summary>
    public double PerSecond => LatenciesMs.Count / Elapsed.TotalSeconds;

    /// <summary>The latency below which <paramref name="percent"/>% of the calls finished (nearest rank).</summary>
    public double Percentile(double percent)
    {
        if (LatenciesMs.Count == 0)
        {
            return double.NaN;
        }

        var sorted = LatenciesMs.Order().ToArray();
        var rank = (int)Math.Ceiling(percent / 100 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }

    /// <summary>Runs <paramref name="count"/> calls with <paramref name="concurrency"/> in flight and times each.</summary>
    public static async Task<Phase> RunAsync(int count, int concurrency, Func<int, Task> call)
    {
        var latencies = new double[count];
        var succeeded = new bool[count];
        var next = -1;
        var total = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            for (var i = Interlocked.Increment(ref next); i < count; i = Interlocked.Increment(ref next))
            {
                var started = Stopwatch.GetTimestamp();
                try
                {
                    await call(i).ConfigureAwait(false);
                    latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                    succeeded[i] = true;
                }
                catch (Errors.FabricClientException)
                {
                    // Counted below; a benchmark reports failures rather than stopping at the first.
                }
            }
        }))).ConfigureAwait(false);
        total.Stop();
        var ok = latencies.Where((_, i) => succeeded[i]).ToList();
        return new Phase(total.Elapsed, count - ok.Count, ok);
    }
}
