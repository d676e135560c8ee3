using System.Collections.Concurrent;
using MutualAid.DevNetwork.Access;
using MutualAid.DevNetwork.Chaincode;
using MutualAid.DevNetwork.Configuration;
using MutualAid.DevNetwork.Ledger;

namespace MutualAid.DevNetwork.Channels;

/// <summary>Everything the network keeps for one channel: access rules, ledger and chaincode definitions.</summary>
public sealed class ChannelContext(ChannelConfig config, ChannelLedger ledger)
{
    private readonly ConcurrentDictionary<string, ChaincodeDefinition> _chaincodes = new(StringComparer.Ordinal);

    /// <summary>The channel's configuration.</summary>
    public ChannelConfig Config { get; } = config;

    /// <summary>Readers and Writers.</summary>
    public ChannelAccess Access { get; } = new(config);

    /// <summary>The channel's ledger (shared by every peer of this single-process network).</summary>
    public ChannelLedger Ledger { get; } = ledger;

    /// <summary>The private data of the channel's organizations; set once at start.</summary>
    public ChannelPrivateData? PrivateData { get; set; }

    /// <summary>The channel name.</summary>
    public string Name => Config.Name;

    /// <summary>Defines (or redefines) a chaincode on the channel.</summary>
    public void Define(ChaincodeDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        _chaincodes[definition.Name] = definition;
    }

    /// <summary>The definition of a chaincode, if it is defined on this channel.</summary>
    public ChaincodeDefinition? FindChaincode(string name) => _chaincodes.GetValueOrDefault(name);
}
