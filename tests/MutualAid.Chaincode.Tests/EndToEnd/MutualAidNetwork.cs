using System.Collections.Concurrent;
using Fabric.Client;
using Fabric.Client.Resilience;
using Fabric.Msp.DevCa;
using Fabric.Msp.Signing;
using Fabric.Shim.Server;
using Grpc.Net.Client;
using MutualAid.Chaincode.Tests.Support;
using MutualAid.DevNetwork.Channels;
using MutualAid.DevNetwork.Configuration;
using MutualAid.DevNetwork.Hosting;

namespace MutualAid.Chaincode.Tests.EndToEnd;

/// <summary>
/// The mutual-aid chaincode served in-process on a free loopback port, and the development network (default
/// consortium, free ports) with the chaincode defined as <c>mutualaid</c> and its <c>insurerNgoPrivate</c> collection.
/// The data directory is a fresh temporary folder, deleted on dispose.
/// </summary>
internal sealed class MutualAidNetwork : IAsyncDisposable
{
    public const string ChannelName = "mutualaid";
    public const string ChaincodeName = "mutualaid";

    private readonly MutualAidChaincode _chaincode;
    private readonly ChaincodeServer _server;
    private readonly string _directory;
    private readonly ConcurrentDictionary<string, GrpcChannel> _channels = new(StringComparer.Ordinal);

    private MutualAidNetwork(MutualAidChaincode chaincode, ChaincodeServer server, DevNetworkHost host, string directory)
    {
        _chaincode = chaincode;
        _server = server;
        Host = host;
        _directory = directory;
    }

    public DevNetworkHost Host { get; }

    public ChannelContext Channel => Host.Network.Channels[ChannelName];

    /// <summary>No circuit breaker: tests provoke endorsement failures on purpose. The client dates its proposals by <paramref name="time"/>.</summary>
    private static GatewayOptions Options(TimeProvider time) => new()
    {
        Resilience = new FabricResilienceOptions
        {
            CircuitBreaker = new CircuitBreakerSettings(false, 0.5, 10, TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(15)),
        },
        TimeProvider = time,
    };

    public static async Task<MutualAidNetwork> StartAsync(CancellationToken cancellationToken)
    {
        var directory = Directory.CreateTempSubdirectory("mutualaid-chaincode-").FullName;
        var chaincode = new MutualAidChaincode();
        var server = new ChaincodeServer(chaincode, new ChaincodeServerOptions { Address = "127.0.0.1:0", ChaincodeId = ChaincodeName + ":1.0" });
        try
        {
            await server.StartAsync(cancellationToken);
            var defaults = DefaultNetwork.Create();
            var config = defaults with
            {
                Organizations = [.. defaults.Organizations.Select(o => o with { Peers = [.. o.Peers.Select(p => p with { Port = 0 })] })],
                Chaincodes =
                [
                    new ChaincodeConfig
                    {
                        Name = ChaincodeName,
                        Address = $"127.0.0.1:{server.Port}",
                        Collections = [new CollectionConfig { Name = DomainCalls.DetailsCollection, Policy = "OR('InsurerMSP.member', 'NgoMSP.member')" }],
                    },
                ],
            };
            var host = await DevNetworkHost.StartAsync(config, directory, new Dictionary<string, string>()).WaitAsync(cancellationToken);
            return new MutualAidNetwork(chaincode, server, host, directory);
        }
        catch
        {
            await server.DisposeAsync();
            chaincode.Dispose();
            Directory.Delete(directory, recursive: true);
            throw;
        }
    }

    /// <summary>
    /// The <c>mutualaid</c> channel as <paramref name="user"/> of <paramref name="mspId"/>, through that organization's peer,
    /// with proposals dated by <paramref name="time"/> (the machine's clock by default).
    /// </summary>
    public Network Network(string mspId, string user, TimeProvider? time = null) =>
        Gateway.Connect(PeerChannel(mspId), User(mspId, user), Options(time ?? TimeProvider.System)).GetNetwork(ChannelName);

    /// <summary>The <c>mutualaid</c> contract as <paramref name="user"/> of <paramref name="mspId"/>, through that organization's peer, dated by <paramref name="time"/>.</summary>
    public Contract Contract(string mspId, string user, TimeProvider? time = null) => Network(mspId, user, time).GetContract(ChaincodeName);

    /// <summary>The signing identity of <paramref name="user"/> of <paramref name="mspId"/>.</summary>
    public SigningIdentity User(string mspId, string user)
    {
        var index = Host.Config.Organizations.ToList().FindIndex(o => o.MspId == mspId);
        return DevCryptoMaterial.LoadUser(Host.OrganizationsDirectory, ConsortiumSpec.From(Host.Config).PeerOrganizations[index], user);
    }

    /// <summary>The <c>protos.Endorser</c> service of <paramref name="mspId"/>'s peer, for proposals no client library would build.</summary>
    public Fabric.Protos.Peer.Endorser.EndorserClient Endorser(string mspId) => new(PeerChannel(mspId));

    private GrpcChannel PeerChannel(string mspId) =>
        _channels.GetOrAdd(mspId, id => GrpcChannel.ForAddress("http://" + Host.Network.Peers.First(p => p.MspId == id).Address));

    public async ValueTask DisposeAsync()
    {
        foreach (var channel in _channels.Values)
        {
            channel.Dispose();
        }

        await Host.DisposeAsync();
        await _server.DisposeAsync();
        _chaincode.Dispose();
        Directory.Delete(_directory, recursive: true);
    }
}
