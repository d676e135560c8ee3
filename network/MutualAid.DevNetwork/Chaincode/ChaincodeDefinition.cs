using Fabric.Protos.Common;

namespace MutualAid.DevNetwork.Chaincode;

/// <summary>
/// A chaincode defined on a channel: its name, version, endorsement policy and where its
/// chaincode-as-a-service server listens.
/// </summary>
public sealed record ChaincodeDefinition
{
    /// <summary>The chaincode name clients use and the namespace of its state.</summary>
    public required string Name { get; init; }

    /// <summary>The definition version, reported in ChaincodeAction.chaincode_id.</summary>
    public string Version { get; init; } = "1.0";

    /// <summary>The policy its transactions' endorsements must satisfy.</summary>
    public required SignaturePolicyEnvelope EndorsementPolicy { get; init; }

    /// <summary>Where the chaincode server listens.</summary>
    public required ChaincodeEndpoint Endpoint { get; init; }

    /// <summary>
    /// The package id the chaincode must register with; null for the development shortcut, which
    /// accepts <c>NAME</c> or <c>NAME:anything</c>.
    /// </summary>
    public string? PackageId { get; init; }

    /// <summary>Private data collections by name.</summary>
    public IReadOnlyDictionary<string, CollectionDefinition> Collections { get; init; } = new Dictionary<string, CollectionDefinition>();

    /// <summary>Whether a chaincode registering as <paramref name="id"/> is this one.</summary>
    public bool Accepts(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return PackageId is not null
            ? id == PackageId
            : id == Name || id.StartsWith(Name + ":", StringComparison.Ordinal);
    }
}
