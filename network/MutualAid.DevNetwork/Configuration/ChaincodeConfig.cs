namespace MutualAid.DevNetwork.Configuration;

/// <summary>
/// A chaincode defined on every channel: where its chaincode-as-a-service server is (an address, or
/// a Fabric ccaas package whose connection.json names it), its endorsement policy and its private
/// data collections.
/// </summary>
public sealed record ChaincodeConfig
{
    /// <summary>The chaincode name clients call.</summary>
    public required string Name { get; init; }

    /// <summary>host:port of the chaincode server; the chaincode may register as NAME or NAME:anything.</summary>
    public string? Address { get; init; }

    /// <summary>A ccaas package (.tar.gz); the chaincode must register with its package id.</summary>
    public string? Package { get; init; }

    /// <summary>Endorsement policy; the channel's default when null.</summary>
    public string? EndorsementPolicy { get; init; }

    /// <summary>The definition version reported in transactions.</summary>
    public string Version { get; init; } = "1.0";

    /// <summary>Private data collections, as in a Fabric collections_config.json.</summary>
    public IReadOnlyList<CollectionConfig> Collections { get; init; } = [];
}

/// <summary>A private data collection, with the field names of Fabric's collections_config.json.</summary>
public sealed record CollectionConfig
{
    /// <summary>Collection name.</summary>
    public required string Name { get; init; }

    /// <summary>Member organizations, e.g. <c>OR('InsurerMSP.member', 'NgoMSP.member')</c>.</summary>
    public required string Policy { get; init; }

    /// <summary>Peers the data must reach before endorsement succeeds (every member peer here).</summary>
    public int RequiredPeerCount { get; init; }

    /// <summary>Peers the data may be sent to.</summary>
    public int MaxPeerCount { get; init; } = 1;

    /// <summary>Blocks after which the private data is purged; 0 keeps it forever.</summary>
    public ulong BlockToLive { get; init; }

    /// <summary>Only clients of member organizations may read the collection.</summary>
    public bool MemberOnlyRead { get; init; } = true;

    /// <summary>Only clients of member organizations may write the collection.</summary>
    public bool MemberOnlyWrite { get; init; } = true;
}
