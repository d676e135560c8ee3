namespace MutualAid.DevNetwork.Configuration;

/// <summary>A channel: who may read, who may write, how blocks are cut, and the default endorsement policy.</summary>
public sealed record ChannelConfig
{
    /// <summary>Channel name, e.g. <c>mutualaid</c>.</summary>
    public required string Name { get; init; }

    /// <summary>MSP ids whose members may read (deliver blocks, events, commit status).</summary>
    public required IReadOnlyList<string> Readers { get; init; }

    /// <summary>MSP ids whose clients and admins may propose and submit transactions.</summary>
    public required IReadOnlyList<string> Writers { get; init; }

    /// <summary>Endorsement policy for chaincodes defined without one, in Fabric's policy language.</summary>
    public required string EndorsementPolicy { get; init; }

    /// <summary>A block is cut when it holds this many transactions.</summary>
    public int MaxMessageCount { get; init; } = 100;

    /// <summary>A block is cut this long after its first transaction arrived, full or not.</summary>
    public int BatchTimeoutMilliseconds { get; init; } = 100;
}
