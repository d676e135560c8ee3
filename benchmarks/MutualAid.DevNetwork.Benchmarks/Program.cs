using System.Diagnostics;
using System.Globalization;
using AssetTransferBasic;
using Fabric.Client;
using Fabric.Msp.DevCa;
using Fabric.Shim.Contracts;
using Fabric.Shim.Server;
using Grpc.Net.Client;
using MutualAid.DevNetwork.Configuration;
using MutualAid.DevNetwork.Hosting;

// Usage: MutualAid.DevNetwork.Benchmarks [seconds=15] [concurrency=64]
var seconds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 15;
var concurrency = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 64;
var directory = Directory.CreateTempSubdirectory("devnet-bench-").FullName;
try
{
    var chaincodePort = Ports.Free();
    await using var chaincode = new ChaincodeServer(new ContractChaincode(new AssetTransferContract()),
        new ChaincodeServerOptions { Address = $"127.0.0.1:{chaincodePort}", ChaincodeId = "basic:1.0" });
    await chaincode.StartAsync();

    var defaults = DefaultNetwork.Create();
    var config = defaults with { Organizations = [.. defaults.Organizations.Select(o => o with { Peers = [.. o.Peers.Select(p => p with { Port = Ports.Free() })] })] };
    var started = Stopwatch.StartNew();
    await using var host = await DevNetworkHost.StartAsync(config, directory, new Dictionary<string, string> { ["basic"] = $"127.0.0.1:{chaincodePort}" });
    var startup = started.Elapsed;

    var user = DevCryptoMaterial.LoadUser(host.OrganizationsDirectory, ConsortiumSpec.From(config).PeerOrganizations[0], "User1");
    var (signs, verifies) = CryptoFloor.Measure(user, TimeSpan.FromSeconds(3));
    var floor = 1 / (3 / signs + 5 / verifies);

    using var channel = GrpcChannel.ForAddress("http://" + host.Network.Peers[0].Address);
    var contract = Gateway.Connect(channel, user).GetNetwork("mutualaid").GetContract("basic");
    await contract.SubmitTransactionAsync("InitLedger");
    var load = await UpdateLoad.RunAsync(contract, concurrency, TimeSpan.FromSeconds(seconds));

    Console.WriteLine($"cores: {Environment.ProcessorCount}");
    Console.WriteLine($"crypto floor: {signs:F0} signs/s, {verifies:F0} verifies/s on all cores -> {floor:F0} tx/s at 3 signs + 5 verifies per transaction");
    Console.WriteLine($"UpdateAsset, two-organization endorsement, {concurrency} in flight, {seconds} s:");
    Console.WriteLine($"  committed: {load.Committed} ({load.Committed / load.Elapsed.TotalSeconds:F0} tx/s), failed: {load.Failed}");
    Console.WriteLine($"  latency p50 {load.Percentile(50):F1} ms, p99 {load.Percentile(99):F1} ms");
    Console.WriteLine($"  ratio to crypto floor: {load.Committed / load.Elapsed.TotalSeconds / floor:F2}x (target 0.3x)");
    Console.WriteLine($"  processor: {load.ProcessorTime.TotalMilliseconds / load.Committed:F2} ms per transaction (network, chaincode and client together), {load.ProcessorTime / load.Elapsed / Environment.ProcessorCount:P0} of all cores");
    Console.WriteLine($"  allocated: {load.AllocatedBytes / 1024.0 / Math.Max(1, load.Committed):F1} KB per transaction; collections gen0 {load.Collections.Gen0}, gen1 {load.Collections.Gen1}, gen2 {load.Collections.Gen2}");
    Console.WriteLine($"start-up in process (fresh data directory, crypto generated): {startup.TotalMilliseconds:F0} ms");
}
finally
{
    Directory.Delete(directory, recursive: true);
}

await StandaloneProcess.ReportAsync();
return 0;
