using System.Diagnostics;
using System.Globalization;
using Fabric.Shim.Benchmarks;

// Usage: Fabric.Shim.Benchmarks [transactions] [window]
var transactions = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 20_000;
var window = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 32;

Console.WriteLine($"Fabric.Shim benchmark: {transactions} transactions (ReadAsset/UpdateAsset alternating), {window} in flight, {Environment.ProcessorCount} cores");
var workload = Workloads.BuildTransactions(transactions);
var warmup = Workloads.BuildTransactions(2_000);

await using var echo = await EchoServer.StartAsync();
var peerMessages = await Workloads.ShimAsync(warmup, window);
await Workloads.EchoAsync(echo.Port, peerMessages, window, warmup[0]);

var (shimWall, shimCpu, messages) = await MeasureAsync(() => Workloads.ShimAsync(workload, window));
var (echoWall, echoCpu, _) = await MeasureAsync(async () =>
{
    await Workloads.EchoAsync(echo.Port, messages, window, workload[0]);
    return messages;
});

Console.WriteLine();
Console.WriteLine($"{"run",-34} {"wall s",8} {"tx/s",10} {"CPU ms/tx",10} {"msgs/s",10}");
Print("shim (ReadAsset/UpdateAsset)", shimWall, shimCpu);
Print($"bare echo ({messages} round trips)", echoWall, echoCpu);
Console.WriteLine();
Console.WriteLine($"peer->chaincode messages per run: {messages} ({(double)messages / transactions:F1} per transaction; the echo sends the same count)");
Console.WriteLine($"ratio shim/echo: wall {shimWall.TotalSeconds / echoWall.TotalSeconds:F2}x, CPU {shimCpu.TotalMilliseconds / echoCpu.TotalMilliseconds:F2}x (target <= 2x)");

void Print(string name, TimeSpan wall, TimeSpan cpu) =>
    Console.WriteLine($"{name,-34} {wall.TotalSeconds,8:F2} {transactions / wall.TotalSeconds,10:F0} {cpu.TotalMilliseconds / transactions,10:F3} {messages / wall.TotalSeconds,10:F0}");

static async Task<(TimeSpan Wall, TimeSpan Cpu, int Messages)> MeasureAsync(Func<Task<int>> run)
{
    GC.Collect();
    GC.WaitForPendingFinalizers();
    var process = Process.GetCurrentProcess();
    process.Refresh();
    var cpuBefore = process.TotalProcessorTime;
    var clock = Stopwatch.StartNew();
    var messages = await run();
    clock.Stop();
    process.Refresh();
    return (clock.Elapsed, process.TotalProcessorTime - cpuBefore, messages);
}
