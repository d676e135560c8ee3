using Fabric.Msp.DevCa;
using Fabric.Msp.Signing;
using MutualAid.DevNetwork.Configuration;
using MutualAid.DevNetwork.Hosting;
using NodeInterop.Support;

namespace Fabric.Client.Benchmarks;

/// <summary>
/// The development network (default consortium, free ports, a temporary data directory deleted on
/// dispose) with the official Node interop chaincode defined as <c>interop</c>; clients act as the
/// insurer's User1 through the insurer's peer.
/// </summary>
internal sealed class BenchNetwork : IAsyncDisposable
{
    public const string ChannelName = "mutualaid";
    public const string ChaincodeName = "interop";
    public const string MspId = "InsurerMSP";

    private readonly NodeChaincodeProcess _chaincode;

    private BenchNetwork(DevNetworkHost host, NodeChaincodeProcess chaincode)
    {
        Host = host;
        _chaincode = chaincode;
    }

    public DevNetworkHost Host { get; }

    /// <summary>The insurer peer's loopback <c>host:port</c>.</summary>
    public string PeerAddress => Host.Network.Peers.First(p => p.MspId == MspId).Address;

    /// <summary>User1 of the insurer, as the development CA issued it.</summary>
    public SigningIdentity User => DevCryptoMaterial.LoadUser(Host.OrganizationsDirectory, ConsortiumSpec.From(Host.Config).PeerOrganizations[0], "User1");

    /// <summary>User1's test-network style folder (<c>msp/signcerts</c>, <c>msp/keystore</c>).</summary>
    public string UserDirectory
    {
        get
        {
            var domain = Host.Config.Organizations.Single(o => o.MspId == MspId).Domain;
            return Path.Combine(Host.OrganizationsDirectory, "peerOrganizations", domain, "users", $"User1@{domain}");
        }
    }

    public static async Task<BenchNetwork> StartAsync()
    {
        var directory = Directory.CreateTempSubdirectory("fabric-client-bench-").FullName;
        var chaincode = await NodeChaincodeProcess.StartAsync($"{ChaincodeName}:1.0").ConfigureAwait(false);
        try
        {
            var defaults = DefaultNetwork.Create();
            var config = defaults with
            {
                Organizations = defaults.Organizations.Select(o => o with { Peers = o.Peers.Select(p => p with { Port = 0 }).ToList() }).ToList(),
            };
            var host = await DevNetworkHost.StartAsync(config, directory, new Dictionary<string, string> { [ChaincodeName] = chaincode.Address }).ConfigureAwait(false);
            return new BenchNetwork(host, chaincode);
        }
        catch
        {
            chaincode.Dispose();
            Directory.Delete(directory, recursive: true);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync().ConfigureAwait(false);
        _chaincode.Dispose();
        Directory.Delete(Host.DataDirectory, recursive: true);
    }
}
