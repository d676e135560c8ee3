using MutualAid.DevNetwork.Access;
using MutualAid.DevNetwork.Chaincode;
using MutualAid.DevNetwork.Channels;
using MutualAid.DevNetwork.Endorsing;
using MutualAid.DevNetwork.Ordering;
using MutualAid.DevNetwork.Peers;

namespace MutualAid.DevNetwork.Hosting;

/// <summary>
/// The running network as its services see it: members, peers, channels with their ordering
/// pipelines, and the chaincodes the peers dial.
/// </summary>
public sealed class FabricNetwork : IAsyncDisposable
{
    private readonly Dictionary<string, ChannelContext> _channels;
    private readonly Dictionary<string, OrderingService> _ordering;

    /// <summary>Assembles the network from its parts.</summary>
    public FabricNetwork(
        Membership membership, IReadOnlyList<PeerNode> peers, IEnumerable<(ChannelContext Channel, OrderingService Ordering)> channels, ChaincodeRuntime runtime)
    {
        ArgumentNullException.ThrowIfNull(channels);
        Membership = membership;
        Peers = peers;
        Runtime = runtime;
        Endorser = new Endorser(runtime);
        var list = channels.ToList();
        _channels = list.ToDictionary(c => c.Channel.Name, c => c.Channel, StringComparer.Ordinal);
        _ordering = list.ToDictionary(c => c.Channel.Name, c => c.Ordering, StringComparer.Ordinal);
    }

    /// <summary>Every MSP of the network.</summary>
    public Membership Membership { get; }

    /// <summary>Every peer, in configuration order.</summary>
    public IReadOnlyList<PeerNode> Peers { get; }

    /// <summary>The chaincode connections.</summary>
    public ChaincodeRuntime Runtime { get; }

    /// <summary>Runs proposals.</summary>
    public Endorser Endorser { get; }

    /// <summary>The channels by name.</summary>
    public IReadOnlyDictionary<string, ChannelContext> Channels => _channels;

    /// <summary>The channel with that name, or null.</summary>
    public ChannelContext? FindChannel(string name) => _channels.GetValueOrDefault(name);

    /// <summary>The ordering service of a channel.</summary>
    public OrderingService Ordering(string channel) => _ordering[channel];

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        foreach (var ordering in _ordering.Values)
        {
            await ordering.DisposeAsync().ConfigureAwait(false);
        }

        await Runtime.DisposeAsync().ConfigureAwait(false);
        foreach (var channel in _channels.Values)
        {
            channel.Ledger.Dispose();
        }
    }
}
