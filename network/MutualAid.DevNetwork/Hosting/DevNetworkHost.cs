using System.Net;
using Fabric.Msp.DevCa;
using Fabric.Msp.Signing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MutualAid.DevNetwork.Access;
using MutualAid.DevNetwork.Chaincode;
using MutualAid.DevNetwork.Channels;
using MutualAid.DevNetwork.Configuration;
using MutualAid.DevNetwork.Ledger;
using MutualAid.DevNetwork.Ordering;
using MutualAid.DevNetwork.Peers;
using MutualAid.DevNetwork.Services;

namespace MutualAid.DevNetwork.Hosting;

/// <summary>
/// Starts the whole development network in this process: crypto material (generated once into the
/// data directory), one ledger per channel (recovered from its blocks), ordering, and one gRPC
/// endpoint per peer serving Gateway, Endorser and Deliver.
/// </summary>
public sealed class DevNetworkHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly PeerTls? _tls;

    private DevNetworkHost(WebApplication app, PeerTls? tls, FabricNetwork network, string dataDirectory, NetworkConfig config)
    {
        _app = app;
        _tls = tls;
        Network = network;
        DataDirectory = dataDirectory;
        Config = config;
    }

    /// <summary>The running network.</summary>
    public FabricNetwork Network { get; }

    /// <summary>Where crypto material and ledgers live.</summary>
    public string DataDirectory { get; }

    /// <summary>The configuration the network runs.</summary>
    public NetworkConfig Config { get; }

    /// <summary>The test-network style <c>organizations/</c> folder.</summary>
    public string OrganizationsDirectory => Path.Combine(DataDirectory, "organizations");

    /// <summary>The URL scheme of the peers' endpoints: <c>grpcs</c> with TLS, <c>grpc</c> without.</summary>
    public string Scheme => Config.Tls.Enabled ? "grpcs" : "grpc";

    /// <summary>Starts the network; returns once every peer accepts connections.</summary>
    /// <param name="config">Organizations and channels.</param>
    /// <param name="dataDirectory">Created if missing; reused (and recovered) if present.</param>
    /// <param name="chaincodes">Development chaincode definitions: name → host:port, defined on every channel.</param>
    /// <param name="logging">Optional log configuration (none by default).</param>
    /// <param name="time">
    /// The clock the peers check Deliver request timestamps against (<see cref="NetworkConfig.Authentication"/>);
    /// the system clock by default.
    /// </param>
    public static async Task<DevNetworkHost> StartAsync(
        NetworkConfig config,
        string dataDirectory,
        IReadOnlyDictionary<string, string> chaincodes,
        Action<ILoggingBuilder>? logging = null,
        TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(chaincodes);
        config.Validate();
        Directory.CreateDirectory(dataDirectory);
        var organizations = Path.Combine(dataDirectory, "organizations");
        var consortium = ConsortiumSpec.From(config);
        DevCryptoMaterial.Ensure(organizations, consortium);

        var msps = consortium.All.Select(o => DevCryptoMaterial.LoadMsp(organizations, o)).ToList();
        var membership = new Membership(msps);
        var peers = new List<PeerNode>();
        var ports = new Dictionary<string, int>(StringComparer.Ordinal);
        var tls = config.Tls.Enabled ? new PeerTls(organizations, consortium, config.Tls.ClientAuthRequired) : null;
        var https = new Dictionary<int, HttpsConnectionAdapterOptions>();
        foreach (var (organization, spec) in config.Organizations.Zip(consortium.PeerOrganizations))
        {
            foreach (var peerConfig in organization.Peers)
            {
                var host = $"{peerConfig.Name}.{organization.Domain}";
                var port = PortAllocator.Resolve(peerConfig.Port);
                ports[host] = port;
                if (tls is not null)
                {
                    https[port] = tls.For(spec, peerConfig.Name);
                }

                peers.Add(new PeerNode(host, organization.MspId, DevCryptoMaterial.LoadNode(organizations, spec, peerConfig.Name))
                {
                    Address = $"127.0.0.1:{port}",
                });
            }
        }

        var orderer = DevCryptoMaterial.LoadNode(organizations, consortium.OrdererOrganization, config.Orderer.Name);
        var runtime = new ChaincodeRuntime();
        var channels = new List<(ChannelContext, OrderingService)>();
        foreach (var channelConfig in config.Channels)
        {
            var ledgerDirectory = Path.Combine(dataDirectory, "ledgers", channelConfig.Name);
            var channel = new ChannelContext(channelConfig, ChannelLedger.Open(channelConfig.Name, ledgerDirectory));
            channel.PrivateData = new ChannelPrivateData(channel, channelConfig.Readers.Union(channelConfig.Writers), Path.Combine(ledgerDirectory, "private"));
            foreach (var definition in ChaincodeDefinitions.For(channelConfig, config.Chaincodes, chaincodes))
            {
                channel.Define(definition);
            }

            var genesis = GenesisBlock.ConfigEnvelope(channelConfig, membership.Msps, config.Orderer.MspId, DateTimeOffset.UtcNow);
            channels.Add((channel, await OrderingService.StartAsync(channel, membership, orderer, await SignGenesis(genesis, orderer).ConfigureAwait(false)).ConfigureAwait(false)));
        }

        var network = new FabricNetwork(membership, peers, channels, runtime);
        ConnectionProfiles.Write(organizations, config, ports);
        var deliverTimeWindow = new DeliverTimeWindow(time ?? TimeProvider.System, config.Authentication.TimeWindow);
        var app = BuildApp(network, peers, https, deliverTimeWindow, logging);
        await app.StartAsync().ConfigureAwait(false);
        return new DevNetworkHost(app, tls, network, dataDirectory, config);
    }

    /// <summary>Stops serving, then stops ordering and closes the ledgers.</summary>
    public async ValueTask DisposeAsync()
    {
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5)))
        {
            await _app.StopAsync(timeout.Token).ConfigureAwait(false);
        }

        await _app.DisposeAsync().ConfigureAwait(false);
        await Network.DisposeAsync().ConfigureAwait(false);
        _tls?.Dispose();
    }

    private static async Task<Fabric.Protos.Common.Envelope> SignGenesis(Fabric.Protos.Common.Envelope envelope, SigningIdentity orderer)
    {
        envelope.Signature = Google.Protobuf.ByteString.CopyFrom(await orderer.SignAsync(envelope.Payload.Memory).ConfigureAwait(false));
        return envelope;
    }

    private static WebApplication BuildApp(
        FabricNetwork network,
        IReadOnlyList<PeerNode> peers,
        Dictionary<int, HttpsConnectionAdapterOptions> https,
        DeliverTimeWindow deliverTimeWindow,
        Action<ILoggingBuilder>? logging)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        logging?.Invoke(builder.Logging);
        var byPort = peers.ToDictionary(p => int.Parse(p.Address.Split(':')[1], System.Globalization.CultureInfo.InvariantCulture));
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            foreach (var port in byPort.Keys)
            {
                // Plaintext gRPC needs HTTP/2 only: without TLS there is no ALPN to negotiate it. With TLS, ALPN offers h2.
                kestrel.Listen(IPAddress.Loopback, port, listen =>
                {
                    listen.Protocols = HttpProtocols.Http2;
                    if (https.TryGetValue(port, out var options))
                    {
                        listen.UseHttps(options);
                    }
                });
            }

            kestrel.Limits.Http2.KeepAlivePingDelay = TimeSpan.FromSeconds(60);
        });
        builder.Services.AddGrpc(options =>
        {
            options.MaxReceiveMessageSize = 100 * 1024 * 1024;
            options.MaxSendMessageSize = 100 * 1024 * 1024;
        });
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton(network);
        builder.Services.AddScoped(services => PeerFor(services, byPort));
        builder.Services.AddScoped(services => new GatewayService(network, services.GetRequiredService<PeerNode>()));
        builder.Services.AddScoped(services => new EndorserService(network, services.GetRequiredService<PeerNode>()));
        builder.Services.AddScoped(services => new DeliverService(
            network, services.GetRequiredService<PeerNode>(), deliverTimeWindow, services.GetRequiredService<ILogger<DeliverService>>()));
        var app = builder.Build();
        app.MapGrpcService<GatewayService>();
        app.MapGrpcService<EndorserService>();
        app.MapGrpcService<DeliverService>();
        return app;
    }

    /// <summary>The peer a call is addressed to, by the port it arrived on.</summary>
    private static PeerNode PeerFor(IServiceProvider services, Dictionary<int, PeerNode> byPort)
    {
        var connection = services.GetRequiredService<IHttpContextAccessor>().HttpContext?.Connection
            ?? throw new InvalidOperationException("no HTTP context for a gRPC call");
        return byPort[connection.LocalPort];
    }
}
