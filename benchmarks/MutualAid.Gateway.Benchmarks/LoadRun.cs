using System.Diagnostics;

namespace MutualAid.Gateway.Benchmarks;

/// <summary>Runs a fixed number of operations with a fixed number in flight and measures each one.</summary>
internal static class LoadRun
{
    /// <summary>
    /// Runs <paramref name="operation"/> for indexes 0..count-1, at most <paramref name="concurrency"/> at once, reading
    /// each of <paramref name="clocks"/> and this process's allocations before and after.
    /// </summary>
    /// <exception cref="InvalidOperationException">An operation failed (the first failure is the inner exception).</exception>
    public static async Task<LoadResult> RunAsync(int count, int concurrency, Func<int, Task> operation, IReadOnlyList<ProcessorClock> clocks)
    {
        var latencies = new double[count];
        var next = -1;
        var processorBefore = clocks.Select(c => c.Read()).ToArray();
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        var total = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                var start = Stopwatch.GetTimestamp();
                await operation(i).ConfigureAwait(false);
                latencies[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            }
        })).ToArray();
        try
        {
            await Task.WhenAll(workers).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            throw new InvalidOperationException("an operation of the load run failed", ex);
        }

        total.Stop();
        var allocated = GC.GetTotalAllocatedBytes() - allocatedBefore;
        return new LoadResult(count, total.Elapsed, latencies, [.. clocks.Select((c, i) => c.Read() - processorBefore[i])], allocated);
    }
}

/// <summary>The outcome of one load run: throughput and latency percentiles (nearest rank).</summary>
/// <param name="Count">Operations completed.</param>
/// <param name="Elapsed">Wall-clock time of the run.</param>
/// <param name="LatenciesMs">Each operation's latency in milliseconds.</param>
/// <param name="Processor">Processor time each clock of the run counted during it, in the clocks' order.</param>
/// <param name="AllocatedBytes">Bytes this process allocated during the run.</param>
internal sealed record LoadResult(int Count, TimeSpan Elapsed, IReadOnlyList<double> LatenciesMs, IReadOnlyList<TimeSpan> Processor, long AllocatedBytes)
{
    /// <summary>This run and <paramref name="other"/> as one (counts, times, allocations and latencies added up).</summary>
    public LoadResult Merge(LoadResult other) =>
        new(Count + other.Count, Elapsed + other.Elapsed, [.. LatenciesMs, .. other.LatenciesMs],
            [.. Processor.Zip(other.Processor, (a, b) => a + b)], AllocatedBytes + other.AllocatedBytes);

    /// <summary>Processor microseconds per operation by the clock at <paramref name="clock"/>.</summary>
    public double ProcessorMicroseconds(int clock) => Processor[clock].TotalMicroseconds / Count;

    /// <summary>Kilobytes this process allocated per operation.</summary>
    public double AllocatedKilobytes => AllocatedBytes / 1024.0 / Count;

    /// <summary>Operations per second over the run.</summary>
    public double PerSecond => Count / Elapsed.TotalSeconds;

    /// <summary>The median latency in milliseconds.</summary>
    public double P50 => Percentile(0.50);

    /// <summary>The 99th percentile latency in milliseconds.</summary>
    public double P99 => Percentile(0.99);

    private double Percentile(double fraction)
    {
        var sorted = LatenciesMs.Order().ToArray();
        var rank = (int)Math.Ceiling(fraction * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }
}
