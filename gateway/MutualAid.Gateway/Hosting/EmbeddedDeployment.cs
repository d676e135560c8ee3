using Fabric.Shim.Server;
using MutualAid.Chaincode;
using MutualAid.Chaincode.Time;
using MutualAid.DevNetwork.Configuration;
using MutualAid.DevNetwork.Hosting;
using MutualAid.Domain.State;
using MutualAid.Gateway.DevClock;
using MutualAid.Gateway.Invocation;
using MutualAid.Gateway.Security;

namespace MutualAid.Gateway.Hosting;

/// <summary>
/// The embedded default in one process: the mutual-aid chaincode as a chaincode-as-a-service server on a free
/// loopback port, the development network (default consortium, <c>insurerNgoPrivate</c> collection, data under the
/// data directory so a restart keeps the ledger), API keys issued to every organization user, and one gateway per
/// organization, each on its own port with its own wallet, keys and idempotency records.
/// </summary>
public sealed class EmbeddedDeployment : IGatewayDeployment
{
    /// <summary>The chaincode and channel name.</summary>
    public const string ChaincodeName = "mutualaid";

    private readonly MutualAidChaincode _chaincode;
    private readonly ChaincodeServer _server;
    private readonly DevNetworkHost _network;
    private readonly List<GatewayApp> _gateways;

    private EmbeddedDeployment(
        MutualAidChaincode chaincode, ChaincodeServer server, DevNetworkHost network, List<GatewayApp> gateways, string dataDirectory, IReadOnlyList<string> credentials,
        DevelopmentClock clock)
    {
        Clock = clock;
        _chaincode = chaincode;
        _server = server;
        _network = network;
        _gateways = gateways;
        DataDirectory = dataDirectory;
        CredentialsFiles = credentials;
    }

    /// <inheritdoc />
    public IReadOnlyList<GatewayApp> Gateways => _gateways;

    /// <inheritdoc />
    public string DataDirectory { get; }

    /// <summary>The gateway's folder under the data directory (API keys, credentials, wallets, idempotency).</summary>
    public string GatewayDirectory => Path.Combine(DataDirectory, "gateway");

    /// <summary>The credentials file of every organization (plain keys, owner-readable only).</summary>
    public IReadOnlyList<string> CredentialsFiles { get; }

    /// <summary>The one clock of every gateway, the chaincode host and the network; it only moves forward.</summary>
    public DevelopmentClock Clock { get; }

    /// <summary>The file that keeps <see cref="Clock"/>'s offset across restarts.</summary>
    public static string ClockFile(string dataDirectory) => Path.Combine(dataDirectory, "dev-clock.json");

    /// <summary>The development network.</summary>
    public DevNetworkHost Network => _network;

    /// <summary>Starts everything; disposes what started if a later step fails.</summary>
    public static async Task<EmbeddedDeployment> StartAsync(GatewaySettings settings, Action<ILoggingBuilder>? logging, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var data = Path.GetFullPath(settings.DataDirectory);
        Directory.CreateDirectory(data);
        var clock = DevelopmentClock.Open(ClockFile(data));
        var chaincode = new MutualAidChaincode(clock: new ClockCheck(clock, LedgerTime.DefaultTolerance));
        var server = new ChaincodeServer(chaincode, new ChaincodeServerOptions { Address = "127.0.0.1:0", ChaincodeId = ChaincodeName + ":1.0" });
        DevNetworkHost? network = null;
        var gateways = new List<GatewayApp>();
        try
        {
            await server.StartAsync(cancellationToken).ConfigureAwait(false);
            var config = Configure(DefaultNetwork.Create(), server.Port, settings.Embedded.FreePeerPorts);
            network = await DevNetworkHost.StartAsync(config, data, new Dictionary<string, string>(), time: clock).WaitAsync(cancellationToken).ConfigureAwait(false);

            settings.Audit.OrdererMspDirectory ??= Path.Combine(network.OrganizationsDirectory, "ordererOrganizations", config.Orderer.Domain, "msp");
            var gatewayDirectory = Path.Combine(data, "gateway");
            var walletFolders = EmbeddedWallets.Ensure(network.OrganizationsDirectory, gatewayDirectory, config.Organizations);
            var wallets = config.Organizations.Select(o => Wallet.Load(walletFolders[o.MspId], o.MspId)).ToList();
            ApiKeyProvisioner.Ensure(gatewayDirectory, wallets, TimeProvider.System);
            var credentials = config.Organizations.Select(o => CredentialsFile.PathFor(gatewayDirectory, o.MspId)).ToList();

            var baseUri = new Uri(settings.Urls.Split(';')[0]);
            var http2Uri = settings.Http2Url is null ? null : new Uri(settings.Http2Url);
            for (var i = 0; i < config.Organizations.Count; i++)
            {
                var organization = config.Organizations[i];
                var peer = network.Network.Peers.First(p => p.MspId == organization.MspId);
                var endpoint = new OrganizationEndpoint(organization.MspId, NthUrl(baseUri, i), "http://" + peer.Address, null, null,
                    walletFolders[organization.MspId], Path.Combine(gatewayDirectory, ApiKeyProvisioner.KeyFileName), Path.Combine(gatewayDirectory, organization.MspId),
                    http2Uri is null ? null : NthUrl(http2Uri, i));
                gateways.Add(await GatewayApp.StartAsync(endpoint, settings, logging, cancellationToken, clock).ConfigureAwait(false));
            }

            return new EmbeddedDeployment(chaincode, server, network, gateways, data, credentials, clock);
        }
        catch
        {
            foreach (var gateway in gateways)
            {
                await gateway.DisposeAsync().ConfigureAwait(false);
            }

            if (network is not null)
            {
                await network.DisposeAsync().ConfigureAwait(false);
            }

            await server.DisposeAsync().ConfigureAwait(false);
            chaincode.Dispose();
            throw;
        }
    }

    /// <summary>The <paramref name="index"/>-th organization's URL: the next ports after the first, or free ports for port 0.</summary>
    private static string NthUrl(Uri first, int index) => $"{first.Scheme}://{first.Host}:{(first.Port == 0 ? 0 : first.Port + index)}";

    /// <summary>The gateway of <paramref name="mspId"/>.</summary>
    /// <exception cref="InvalidOperationException">No such organization.</exception>
    public GatewayApp GatewayOf(string mspId) => _gateways.First(g => g.Organization == mspId);

    /// <summary>Stops and restarts the gateway of <paramref name="mspId"/> alone (the network keeps running).</summary>
    public async Task<GatewayApp> RestartGatewayAsync(string mspId, GatewaySettings settings, Action<ILoggingBuilder>? logging, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var index = _gateways.FindIndex(g => g.Organization == mspId);
        var old = _gateways[index];
        await old.DisposeAsync().ConfigureAwait(false);
        var gatewayDirectory = GatewayDirectory;
        var peer = _network.Network.Peers.First(p => p.MspId == mspId);
        var endpoint = new OrganizationEndpoint(mspId, old.Url, "http://" + peer.Address, null, null, Path.Combine(gatewayDirectory, mspId, "wallet"),
            Path.Combine(gatewayDirectory, ApiKeyProvisioner.KeyFileName), Path.Combine(gatewayDirectory, mspId), old.Http2Url);
        _gateways[index] = await GatewayApp.StartAsync(endpoint, settings, logging, cancellationToken, Clock).ConfigureAwait(false);
        return _gateways[index];
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        foreach (var gateway in _gateways)
        {
            await gateway.DisposeAsync().ConfigureAwait(false);
        }

        await _network.DisposeAsync().ConfigureAwait(false);
        await _server.DisposeAsync().ConfigureAwait(false);
        _chaincode.Dispose();
    }

    private static NetworkConfig Configure(NetworkConfig defaults, int chaincodePort, bool freePeerPorts) => defaults with
    {
        Organizations = freePeerPorts
            ? [.. defaults.Organizations.Select(o => o with { Peers = [.. o.Peers.Select(p => p with { Port = 0 })] })]
            : defaults.Organizations,
        Chaincodes =
        [
            new ChaincodeConfig
            {
                Name = ChaincodeName,
                Address = $"127.0.0.1:{chaincodePort}",
                Collections = [new CollectionConfig { Name = "insurerNgoPrivate", Policy = "OR('InsurerMSP.member', 'NgoMSP.member')" }],
            },
        ],
    };
}
