using System.Diagnostics;
using System.Globalization;
using Fabric.Client;
using Fabric.Client.Errors;

/// <summary>Keeps a fixed number of UpdateAsset transactions in flight, each on its own asset, and records latencies.</summary>
internal sealed class UpdateLoad
{
    private readonly List<double> _latencies = [];

    public int Committed { get; private set; }

    public int Failed { get; private set; }

    public TimeSpan Elapsed { get; private set; }

    /// <summary>Processor time the whole process (network, chaincode and client) used during the run.</summary>
    public TimeSpan ProcessorTime { get; private set; }

    /// <summary>Bytes allocated on the managed heap, by every thread, during the run.</summary>
    public long AllocatedBytes { get; private set; }

    /// <summary>Garbage collections of generations 0, 1 and 2 during the run.</summary>
    public (int Gen0, int Gen1, int Gen2) Collections { get; private set; }

    public static async Task<UpdateLoad> RunAsync(Contract contract, int concurrency, TimeSpan duration)
    {
        var load = new UpdateLoad();
        for (var i = 0; i < concurrency; i++)
        {
            await contract.SubmitTransactionAsync("CreateAsset", $"bench{i}", "blue", "1", "Bench", "100");
        }

        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        var (gen0, gen1, gen2) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(async i =>
        {
            var size = 2;
            while (clock.Elapsed < duration)
            {
                var started = clock.Elapsed;
                try
                {
                    await contract.SubmitTransactionAsync("UpdateAsset", $"bench{i}", "blue", (size++).ToString(CultureInfo.InvariantCulture), "Bench", "100");
                    lock (load._latencies)
                    {
                        load._latencies.Add((clock.Elapsed - started).TotalMilliseconds);
                        load.Committed++;
                    }
                }
                catch (FabricClientException)
                {
                    lock (load._latencies)
                    {
                        load.Failed++;
                    }
                }
            }
        });
        await Task.WhenAll(workers);
        load.Elapsed = clock.Elapsed;
        load.ProcessorTime = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        load.AllocatedBytes = GC.GetTotalAllocatedBytes() - allocatedBefore;
        load.Collections = (GC.CollectionCount(0) - gen0, GC.CollectionCount(1) - gen1, GC.CollectionCount(2) - gen2);
        return load;
    }

    public double Percentile(int percentile)
    {
        if (_latencies.Count == 0)
        {
            return double.NaN;
        }

        var sorted = _latencies.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, sorted.Count * percentile / 100)];
    }
}
