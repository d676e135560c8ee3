namespace MutualAid.DevNetwork.Configuration;

/// <summary>A peer organization of the development network.</summary>
public sealed record OrganizationConfig
{
    /// <summary>Display name, e.g. <c>Insurer</c>.</summary>
    public required string Name { get; init; }

    /// <summary>MSP id, e.g. <c>InsurerMSP</c>.</summary>
    public required string MspId { get; init; }

    /// <summary>DNS domain, e.g. <c>insurer.example.com</c>.</summary>
    public required string Domain { get; init; }

    /// <summary>Peer names; each peer listens on its own loopback port.</summary>
    public IReadOnlyList<PeerConfig> Peers { get; init; } = [new PeerConfig { Name = "peer0" }];

    /// <summary>Client users besides Admin, each with Fabric CA attributes (e.g. role=assessor).</summary>
    public IReadOnlyList<UserConfig> Users { get; init; } = [];
}

/// <summary>A peer and the loopback port its services listen on (0 picks a free port).</summary>
public sealed record PeerConfig
{
    /// <summary>Host label, e.g. <c>peer0</c>.</summary>
    public required string Name { get; init; }

    /// <summary>TCP port on 127.0.0.1; 0 lets the system choose.</summary>
    public int Port { get; init; }
}

/// <summary>A client user with attributes written into its certificate.</summary>
public sealed record UserConfig
{
    /// <summary>User name, e.g. <c>Assessor</c>; the identity is <c>Assessor@domain</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Fabric CA attributes, e.g. <c>role</c> = <c>assessor</c>.</summary>
    public IReadOnlyDictionary<string, string> Attributes { get; init; } = new Dictionary<string, string>();
}
