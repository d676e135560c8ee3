using System.Text.Json.Nodes;
using AssetTransferBasic;
using Fabric.Shim.Contracts;
using Fabric.Shim.Server;
using MutualAid.DevNetwork.Hosting;

namespace MutualAid.DevNetwork.Tests.Interop;

/// <summary>The C# asset-transfer sample on Fabric.Shim, served as chaincode-as-a-service and driven by the official Node client.</summary>
[NonParallelizable]
[CancelAfter(60_000)]
public class CSharpSampleInteropTests
{
    private ChaincodeServer _chaincode = null!;
    private DevNetworkHost _host = null!;
    private string _directory = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _directory = Directory.CreateTempSubdirectory("devnet-basic-").FullName;
        var port = NodeChaincodeServer.FreePort();
        _chaincode = new ChaincodeServer(
            new ContractChaincode(new AssetTransferContract()),
            new ChaincodeServerOptions { Address = $"127.0.0.1:{port}", ChaincodeId = "basic:1.0" });
        await _chaincode.StartAsync();
        var config = TestNetworks.OnFreePorts();
        _host = await DevNetworkHost.StartAsync(config, _directory, new Dictionary<string, string> { ["basic"] = $"127.0.0.1:{port}" });
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        await _host.DisposeAsync();
        await _chaincode.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    [Test]
    public async Task AssetTransfer_FullFlow_BehavesLikeFabricSample()
    {
        var organization = _host.Config.Organizations[0];
        var client = new NodeGatewayClient(_host.Network.Peers[0].Address, organization.MspId,
            Path.Combine(_host.OrganizationsDirectory, "peerOrganizations", organization.Domain, "users", $"User1@{organization.Domain}"));

        var results = await client.RunAsync("basic",
            new { op = "submit", fn = "InitLedger" },
            new { op = "evaluate", fn = "ReadAsset", args = new[] { "asset1" } },
            new { op = "submit", fn = "TransferAsset", args = new[] { "asset1", "Christopher" } },
            new { op = "submit", fn = "CreateAsset", args = new[] { "asset1", "red", "1", "Me", "1" } },
            new { op = "evaluate", fn = "GetAllAssets" },
            new { op = "evaluate", fn = "AssetExists", args = new[] { "asset99" } });

        var asset = JsonNode.Parse(results[1]!["ok"]!.GetValue<string>())!;
        Assert.That(asset["Color"]!.GetValue<string>(), Is.EqualTo("blue"));
        Assert.That(results[2]!["ok"]!.GetValue<string>(), Is.EqualTo("Tomoko"), "TransferAsset returns the old owner");
        Assert.That(results[3]!["error"]!["details"]![0]!["message"]!.GetValue<string>(), Does.Contain("The asset asset1 already exists"));
        var all = JsonNode.Parse(results[4]!["ok"]!.GetValue<string>())!.AsArray();
        Assert.That(all, Has.Count.EqualTo(6));
        Assert.That(all[0]!["Owner"]!.GetValue<string>(), Is.EqualTo("Christopher"));
        Assert.That(results[5]!["ok"]!.GetValue<string>(), Is.EqualTo("false"));
    }
}
