namespace Fabric.Client.Benchmarks;

/// <summary>
/// The workload both clients run: <see cref="Submits"/> Puts of distinct keys (no read conflicts) and
/// then <see cref="Evaluates"/> Gets of those keys, each with <see cref="Concurrency"/> calls in flight,
/// after <see cref="Warmup"/> untimed calls of each kind.
/// </summary>
internal sealed record Workload(int Concurrency, int Warmup, int Submits, int Evaluates)
{
    /// <summary>Reads <c>--concurrency N --warmup N --submits N --evaluates N</c>; anything missing keeps its default.</summary>
    /// <exception cref="ArgumentException">An unknown option or a value that is not a positive integer.</exception>
    public static Workload Parse(IReadOnlyList<string> args)
    {
        var workload = new Workload(16, 200, 1500, 5000);
        for (var i = 0; i + 1 < args.Count; i += 2)
        {
            var value = int.TryParse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0
                ? n
                : throw new ArgumentException($"{args[i]} needs a positive integer, not {args[i + 1]}");
            workload = args[i] switch
            {
                "--concurrency" => workload with { Concurrency = value },
                "--warmup" => workload with { Warmup = value },
                "--submits" => workload with { Submits = value },
                "--evaluates" => workload with { Evaluates = value },
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
        }

        return workload;
    }
}
