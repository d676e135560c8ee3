using System.Collections.Concurrent;
using Fabric.Client.Resilience;
using Fabric.Msp.DevCa;
using Fabric.Msp.Signing;
using Grpc.Net.Client;
using MutualAid.DevNetwork.Configuration;
using MutualAid.DevNetwork.Hosting;
using MutualAid.DevNetwork.Ledger;
using NodeInterop.Support;

namespace Fabric.Client.Tests.DevNetwork;

/// <summary>
/// The development network with the default consortium on free ports, the Node interop chaincode
/// defined as <c>interop</c>, and one gRPC channel per peer for the .NET clients. The data directory is
/// a fresh temporary folder, deleted on dispose.
/// </summary>
internal sealed class TestNetwork : IAsyncDisposable
{
    public const string ChannelName = "mutualaid";
    public const string ChaincodeName = "interop";

    private readonly NodeChaincodeProcess _chaincode;
    private readonly string _directory;
    private readonly ConcurrentDictionary<string, GrpcChannel> _channels = new(StringComparer.Ordinal);

    private TestNetwork(DevNetworkHost host, NodeChaincodeProcess chaincode, string directory)
    {
        Host = host;
        _chaincode = chaincode;
        _directory = directory;
    }

    public DevNetworkHost Host { get; }

    /// <summary>The committed ledger of <see cref="ChannelName"/>.</summary>
    public ChannelLedger Ledger => Host.Network.Channels[ChannelName].Ledger;

    /// <summary>Quick re-runs after read conflicts, and no circuit breaker: tests provoke failures on purpose.</summary>
    public static GatewayOptions Options => new()
    {
        Resilience = new FabricResilienceOptions
        {
            ResubmitOnConflict = new RetrySettings(10, TimeSpan.FromMilliseconds(10), TimeSpan.FromMilliseconds(200)),
            CircuitBreaker = new CircuitBreakerSettings(false, 0.5, 10, TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(15)),
        },
    };

    public static async Task<TestNetwork> StartAsync()
    {
        var directory = Directory.CreateTempSubdirectory("fabric-client-devnet-").FullName;
        NodeChaincodeProcess? chaincode = null;
        try
        {
            chaincode = await NodeChaincodeProcess.StartAsync($"{ChaincodeName}:1.0");
            var defaults = DefaultNetwork.Create();
            var config = defaults with
            {
                Organizations = defaults.Organizations
                    .Select(o => o with { Peers = o.Peers.Select(p => p with { Port = 0 }).ToList() })
                    .ToList(),
            };
            var host = await DevNetworkHost.StartAsync(config, directory, new Dictionary<string, string> { [ChaincodeName] = chaincode.Address });
            return new TestNetwork(host, chaincode, directory);
        }
        catch
        {
            chaincode?.Dispose();
            Directory.Delete(directory, recursive: true);
            throw;
        }
    }

    /// <summary>The development CA's credentials of <paramref name="user"/> in <paramref name="mspId"/>.</summary>
    public SigningIdentity User(string mspId, string user = "User1")
    {
        var index = Host.Config.Organizations.ToList().FindIndex(o => o.MspId == mspId);
        return DevCryptoMaterial.LoadUser(Host.OrganizationsDirectory, ConsortiumSpec.From(Host.Config).PeerOrganizations[index], user);
    }

    /// <summary>The test-network style folder of a user (<c>msp/signcerts</c>, <c>msp/keystore</c>).</summary>
    public string UserDirectory(string mspId, string user = "User1")
    {
        var domain = Host.Config.Organizations.Single(o => o.MspId == mspId).Domain;
        return Path.Combine(Host.OrganizationsDirectory, "peerOrganizations", domain, "users", $"{user}@{domain}");
    }

    /// <summary>The shared plaintext HTTP/2 channel to the first peer of <paramref name="mspId"/>.</summary>
    public GrpcChannel PeerChannel(string mspId) =>
        _channels.GetOrAdd(mspId, id => GrpcChannel.ForAddress("http://" + PeerAddress(id)));

    /// <summary>A .NET gateway for a user, connected to its organization's peer.</summary>
    public Gateway Connect(string mspId, string user = "User1", GatewayOptions? options = null) =>
        Gateway.Connect(PeerChannel(mspId), User(mspId, user), options ?? Options);

    /// <summary>A .NET gateway for a user with no signer: every step must be signed offline.</summary>
    public Gateway ConnectUnsigned(string mspId, string user = "User1") =>
        Gateway.Connect(PeerChannel(mspId), User(mspId, user).Identity, signer: null, Options);

    /// <summary>The official Node client for a user, connected to its organization's peer.</summary>
    public NodeClientDriver NodeClient(string mspId, string user = "User1") =>
        new(PeerAddress(mspId), mspId, UserDirectory(mspId, user), ChannelName);

    public async ValueTask DisposeAsync()
    {
        foreach (var channel in _channels.Values)
        {
            channel.Dispose();
        }

        await Host.DisposeAsync();
        _chaincode.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    private string PeerAddress(string mspId) => Host.Network.Peers.First(p => p.MspId == mspId).Address;
}
