using System.Collections.Concurrent;
using Fabric.Client;
using Fabric.Client.Connections;
using Fabric.Client.Resilience;
using Grpc.Net.Client;

namespace MutualAid.Gateway.Invocation;

/// <summary>
/// The organization's connection to its gateway peer: one gRPC channel and one set of resilience pipelines
/// (so every identity shares the endpoint's circuit breaker), and one Fabric.Client gateway per wallet identity.
/// </summary>
public sealed class FabricConnection : IDisposable
{
    private readonly GrpcChannel _channel;
    private readonly GatewayOptions _options;
    private readonly ConcurrentDictionary<string, Network> _networks = new(StringComparer.Ordinal);

    /// <summary>
    /// Connects to <paramref name="peerEndpoint"/> (plaintext h2c, or TLS trusting <paramref name="tlsRootPem"/>);
    /// proposals and Deliver requests are stamped by <paramref name="time"/> (the system clock by default).
    /// </summary>
    public FabricConnection(
        Wallet wallet, string peerEndpoint, string? tlsRootPem, string? serverNameOverride, string channelName, string chaincodeName, int maxConflictRetries,
        TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(wallet);
        Wallet = wallet;
        ChannelName = channelName;
        ChaincodeName = chaincodeName;
        _channel = tlsRootPem is null
            ? GrpcChannels.ForPlaintext(peerEndpoint)
            : GrpcChannels.ForTls(peerEndpoint, tlsRootPem, serverNameOverride: serverNameOverride);
        var resilience = new FabricResilienceOptions
        {
            ResubmitOnConflict = new RetrySettings(maxConflictRetries, TimeSpan.FromMilliseconds(20), TimeSpan.FromMilliseconds(400)),
        };
        _options = new GatewayOptions { Resilience = resilience, Pipelines = new FabricPipelines(resilience), TimeProvider = time ?? TimeProvider.System };
    }

    /// <summary>The organization's wallet.</summary>
    public Wallet Wallet { get; }

    /// <summary>The channel name.</summary>
    public string ChannelName { get; }

    /// <summary>The chaincode name.</summary>
    public string ChaincodeName { get; }

    /// <summary>The channel as <paramref name="identity"/>.</summary>
    public Network NetworkFor(WalletIdentity identity)
    {
        ArgumentNullException.ThrowIfNull(identity);
        return _networks.GetOrAdd(identity.Label, _ => global::Fabric.Client.Gateway.Connect(_channel, identity.Signing, _options).GetNetwork(ChannelName));
    }

    /// <summary>The chaincode as <paramref name="identity"/>.</summary>
    public Contract ContractFor(WalletIdentity identity) => NetworkFor(identity).GetContract(ChaincodeName);

    /// <inheritdoc />
    public void Dispose() => _channel.Dispose();
}
