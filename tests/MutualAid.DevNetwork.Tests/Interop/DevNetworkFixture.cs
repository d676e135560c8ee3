using MutualAid.DevNetwork.Hosting;

namespace MutualAid.DevNetwork.Tests.Interop;

/// <summary>A development network with the default consortium on free ports, and the Node chaincode defined as "interop".</summary>
internal sealed class DevNetworkFixture : IAsyncDisposable
{
    private DevNetworkFixture(DevNetworkHost host, NodeChaincodeServer chaincode, string directory)
    {
        Host = host;
        Chaincode = chaincode;
        Directory = directory;
    }

    public DevNetworkHost Host { get; }

    public NodeChaincodeServer Chaincode { get; }

    public string Directory { get; }

    public static async Task<DevNetworkFixture> StartAsync()
    {
        var directory = System.IO.Directory.CreateTempSubdirectory("devnet-").FullName;
        var chaincode = await NodeChaincodeServer.StartAsync("interop:1.0");
        var config = TestNetworks.OnFreePorts();
        var host = await DevNetworkHost.StartAsync(config, directory, new Dictionary<string, string> { ["interop"] = chaincode.Address });
        return new DevNetworkFixture(host, chaincode, directory);
    }

    /// <summary>A Node client for a user of an organization, connected to that organization's peer.</summary>
    public NodeGatewayClient Client(string mspId, string user, bool forge = false)
    {
        var organization = Host.Config.Organizations.Single(o => o.MspId == mspId);
        var peer = Host.Network.Peers.First(p => p.MspId == mspId);
        var userDirectory = Path.Combine(Host.OrganizationsDirectory, "peerOrganizations", organization.Domain, "users", $"{user}@{organization.Domain}");
        return new NodeGatewayClient(peer.Address, mspId, userDirectory) { ForgeSignatures = forge };
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        Chaincode.Dispose();
        System.IO.Directory.Delete(Directory, recursive: true);
    }
}
