using System.Diagnostics;
using Fabric.Protos.GatewayApi;
using Fabric.Protos.Peer;
using Google.Protobuf;
using Grpc.Core;
using Grpc.Net.Client;
using MutualAid.DevNetwork.Hosting;
using MutualAid.DevNetwork.Tests.Chaincode;
using MutualAid.DevNetwork.Tests.Gateway;
using MutualAid.DevNetwork.Tests.Interop;
using MessageType = Fabric.Protos.Peer.ChaincodeMessage.Types.Type;

namespace MutualAid.DevNetwork.Tests.Lifecycle;

/// <summary>A package built by the project's packaging script, installed as Fabric would, with the package id checked.</summary>
[NonParallelizable]
[CancelAfter(60_000)]
public class PackageInstallTests
{
    [Test]
    public async Task InstalledPackage_ChaincodeMustRegisterWithPackageId()
    {
        var directory = Directory.CreateTempSubdirectory("devnet-package-").FullName;
        var port = NodeChaincodeServer.FreePort();
        var packageId = await PackageAsync("kv_1.0", $"127.0.0.1:{port}", directory);
        var body = new ScriptedChaincode.Body((_, _) => Task.FromResult(new ChaincodeMessage
        {
            Type = MessageType.Completed,
            Payload = new Response { Status = 200, Payload = ByteString.CopyFromUtf8("installed") }.ToByteString(),
        }));
        var config = TestNetworks.OnFreePorts();
        var host = await DevNetworkHost.StartAsync(config, Path.Combine(directory, "data"),
            new Dictionary<string, string> { ["kv"] = Path.Combine(directory, "kv_1.0.tar.gz") });
        try
        {
            using var channel = GrpcChannel.ForAddress("http://" + host.Network.Peers[0].Address);
            var gateway = new Fabric.Protos.GatewayApi.Gateway.GatewayClient(channel);
            var user = Fabric.Msp.DevCa.DevCryptoMaterial.LoadUser(host.OrganizationsDirectory, ConsortiumSpec.From(config).PeerOrganizations[0], "User1");

            RpcException? refused;
            await using (await ScriptedChaincode.StartAsync("kv_1.0:0000", body, port))
            {
                var (wrong, _) = await TestProposals.CreateAsync(user, "kv", ["get", "k"]);
                refused = Assert.ThrowsAsync<RpcException>(async () => await gateway.EvaluateAsync(new EvaluateRequest { ChannelId = "mutualaid", ProposedTransaction = wrong }));
            }

            await using var right = await ScriptedChaincode.StartAsync(packageId, body, port);
            var (proposal, _) = await TestProposals.CreateAsync(user, "kv", ["get", "k"]);
            var response = await gateway.EvaluateAsync(new EvaluateRequest { ChannelId = "mutualaid", ProposedTransaction = proposal });

            Assert.That(packageId, Does.Match("^kv_1\\.0:[0-9a-f]{64}$"));
            Assert.That(refused!.StatusCode, Is.EqualTo(StatusCode.Aborted));
            Assert.That(response.Result.Payload.ToStringUtf8(), Is.EqualTo("installed"));
        }
        finally
        {
            await host.DisposeAsync();
            Directory.Delete(directory, recursive: true);
        }
    }

    private static async Task<string> PackageAsync(string label, string address, string directory)
    {
        var script = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "chaincode", "scripts", "package-ccaas.sh");
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { script, label, address, directory })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.That(process.ExitCode, Is.Zero, await process.StandardError.ReadToEndAsync());
        return output.Trim().Split('\n')[^1];
    }
}
