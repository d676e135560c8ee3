using Fabric.Protos.Common;

namespace MutualAid.DevNetwork.Chaincode;

/// <summary>A private data collection of a chaincode: who holds the data and for how long.</summary>
/// <param name="Name">Collection name.</param>
/// <param name="MemberPolicy">The member organizations' policy (e.g. OR of members).</param>
/// <param name="MemberMspIds">The organizations named by <paramref name="MemberPolicy"/>.</param>
/// <param name="BlockToLive">Blocks after which the data is purged; 0 keeps it.</param>
/// <param name="MemberOnlyRead">Only clients of member organizations may read.</param>
/// <param name="MemberOnlyWrite">Only clients of member organizations may write.</param>
public sealed record CollectionDefinition(
    string Name, SignaturePolicyEnvelope MemberPolicy, IReadOnlySet<string> MemberMspIds, ulong BlockToLive, bool MemberOnlyRead, bool MemberOnlyWrite)
{
    /// <summary>The namespace of the collection's hashed state (on every peer): <c>ns$$h&lt;collection&gt;</c>.</summary>
    public static string HashedNamespace(string chaincode, string collection) => $"{chaincode}$$h{collection}";
}
