using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Fabric.Shim.Server;
using MutualAid.Chaincode;
using MutualAid.DevNetwork.Configuration;
using MutualAid.DevNetwork.Hosting;
using MutualAid.Gateway.Hosting;
using MutualAid.Gateway.Tests.Support;

namespace MutualAid.Gateway.Tests.Health;

/// <summary>
/// The probes when Fabric fails: <c>/readyz</c> answers 503 naming the check that failed (the peer, when nothing
/// listens at its address; the chaincode, when the peer answers but its chaincode server has stopped), while
/// <c>/healthz</c> stays 200.
/// </summary>
public sealed class ReadinessFailureTests
{
    [Test, CancelAfter(60_000)]
    public async Task Readyz_PeerUnreachable_Returns503NamingPeer(CancellationToken cancellationToken)
    {
        var wallet = Path.Combine(GatewayFixture.Deployment.GatewayDirectory, "NgoMSP", "wallet");
        await using var gateway = await StandaloneGateway.StartAsync("NgoMSP", "http://127.0.0.1:" + ClosedPort(), wallet, cancellationToken);

        var (readyStatus, ready) = await GetAsync(gateway.BaseAddress, "/readyz", cancellationToken);
        var (liveStatus, _) = await GetAsync(gateway.BaseAddress, "/healthz", cancellationToken);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(readyStatus, Is.EqualTo(503));
            Assert.That(ready["status"]!.GetValue<string>(), Is.EqualTo("not ready"));
            Assert.That(ready["check"]!.GetValue<string>(), Is.EqualTo("peer"));
            Assert.That(ready["code"]!.GetValue<string>(), Is.EqualTo("FABRIC_UNAVAILABLE"));
            Assert.That(liveStatus, Is.EqualTo(200));
        }
    }

    [Test, CancelAfter(120_000)]
    public async Task Readyz_ChaincodeStopped_Returns503NamingChaincode(CancellationToken cancellationToken)
    {
        var data = Directory.CreateTempSubdirectory("mutualaid-readiness-").FullName;
        using var chaincode = new MutualAidChaincode();
        var server = new ChaincodeServer(chaincode, new ChaincodeServerOptions { Address = "127.0.0.1:0", ChaincodeId = EmbeddedDeployment.ChaincodeName + ":1.0" });
        try
        {
            await server.StartAsync(cancellationToken);
            await using var network = await DevNetworkHost.StartAsync(WithChaincodeAt(server.Port), data, new Dictionary<string, string>());
            var organization = network.Config.Organizations.First(o => o.MspId == "InsurerMSP");
            var wallets = EmbeddedWallets.Ensure(network.OrganizationsDirectory, Path.Combine(data, "gateway"), [organization]);
            var peer = network.Network.Peers.First(p => p.MspId == organization.MspId);
            await using var gateway = await StandaloneGateway.StartAsync(organization.MspId, "http://" + peer.Address, wallets[organization.MspId], cancellationToken);
            var (before, _) = await GetAsync(gateway.BaseAddress, "/readyz", cancellationToken);

            await server.DisposeAsync();
            var (readyStatus, ready) = await GetAsync(gateway.BaseAddress, "/readyz", cancellationToken);
            var (liveStatus, _) = await GetAsync(gateway.BaseAddress, "/healthz", cancellationToken);

            using (Assert.EnterMultipleScope())
            {
                Assert.That(before, Is.EqualTo(200));
                Assert.That(readyStatus, Is.EqualTo(503));
                Assert.That(ready["check"]!.GetValue<string>(), Is.EqualTo("chaincode"));
                Assert.That(ready["code"]!.GetValue<string>(), Is.EqualTo("ENDORSEMENT_FAILED"));
                Assert.That(ready["reason"]!.GetValue<string>(), Is.Not.Empty);
                Assert.That(liveStatus, Is.EqualTo(200));
            }
        }
        finally
        {
            await server.DisposeAsync();
            Directory.Delete(data, recursive: true);
        }
    }

    /// <summary>The default network on free peer ports, its one chaincode served at <paramref name="port"/>.</summary>
    private static NetworkConfig WithChaincodeAt(int port)
    {
        var defaults = DefaultNetwork.Create();
        return defaults with
        {
            Organizations = [.. defaults.Organizations.Select(o => o with { Peers = [.. o.Peers.Select(p => p with { Port = 0 })] })],
            Chaincodes = [new ChaincodeConfig { Name = EmbeddedDeployment.ChaincodeName, Address = $"127.0.0.1:{port}" }],
        };
    }

    /// <summary>A loopback port nothing listens on: taken from the system, then released.</summary>
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static async Task<(int Status, JsonNode Body)> GetAsync(Uri baseAddress, string path, CancellationToken cancellationToken)
    {
        using var response = await GatewayFixture.RawHttp.GetAsync(new Uri(baseAddress, path), cancellationToken);
        return ((int)response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken))!);
    }
}
