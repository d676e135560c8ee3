using System.Globalization;
using System.Runtime.InteropServices;
using Fabric.Client.Benchmarks;

// Fabric.Client beside the official Node client (@hyperledger/fabric-gateway 1.11.0): the same workload,
// the same concurrency, the same in-process development network and the same Node chaincode.
// Usage: dotnet run -c Release --project benchmarks/Fabric.Client.Benchmarks -- [--concurrency 16] [--warmup 200] [--submits 1500] [--evaluates 5000]
var workload = Workload.Parse(args);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $".NET {Environment.Version}, {RuntimeInformation.OSDescription}, {Environment.ProcessorCount} logical processors"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"workload: {workload.Submits} submits (Put, distinct keys) then {workload.Evaluates} evaluates (Get), {workload.Concurrency} in flight, after {workload.Warmup} warm-up calls of each"));
Console.WriteLine("network: development network in this process (Insurer, NGO, Regulator; endorsement by Insurer and NGO peers), Node interop chaincode (fabric-shim 2.5.8)");

await using var network = await BenchNetwork.StartAsync();
var dotnet = await DotnetClientRun.RunAsync(network, workload, "bench-dotnet-");
var node = await NodeClientRun.RunAsync(network, workload, "bench-node-");

Console.WriteLine();
Console.WriteLine($"{"",-28}{"Fabric.Client",16}{"Node client",16}{".NET / Node",14}");
Row("submit throughput (tx/s)", dotnet.Submit.PerSecond, node.Submit.PerSecond);
Row("submit p50 latency (ms)", dotnet.Submit.Percentile(50), node.Submit.Percentile(50));
Row("submit p99 latency (ms)", dotnet.Submit.Percentile(99), node.Submit.Percentile(99));
Row("submit failures", dotnet.Submit.Failures, node.Submit.Failures);
Row("evaluate throughput (/s)", dotnet.Evaluate.PerSecond, node.Evaluate.PerSecond);
Row("evaluate p50 latency (ms)", dotnet.Evaluate.Percentile(50), node.Evaluate.Percentile(50));
Row("evaluate p99 latency (ms)", dotnet.Evaluate.Percentile(99), node.Evaluate.Percentile(99));
Row("evaluate failures", dotnet.Evaluate.Failures, node.Evaluate.Failures);

static void Row(string name, double dotnet, double node)
{
    var ratio = node == 0 ? "-" : (dotnet / node).ToString("0.00", CultureInfo.InvariantCulture);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-28}{dotnet,16:N1}{node,16:N1}{ratio,14}"));
}
