using Fabric.Protos.Ledger.KvRwset;
using Fabric.Protos.Ledger.Rwset;

namespace MutualAid.DevNetwork.Transactions;

/// <summary>
/// One namespace of a read/write set with its nested sets decoded: the public reads and writes and
/// each collection's hashed set. Decoded once per transaction and shared by the endorsement-policy
/// check, MVCC and the writes applied at commit.
/// </summary>
/// <param name="Namespace">The chaincode namespace.</param>
/// <param name="Public">Its public reads, range queries and writes.</param>
/// <param name="Collections">Each private data collection's hashed reads and writes, by collection name.</param>
public sealed record NamespaceSets(string Namespace, KVRWSet Public, IReadOnlyList<(string Collection, HashedRWSet Hashed)> Collections)
{
    /// <summary>Decodes every namespace of <paramref name="rwset"/>.</summary>
    /// <exception cref="Google.Protobuf.InvalidProtocolBufferException">A nested set does not decode.</exception>
    public static IReadOnlyList<NamespaceSets> Decode(TxReadWriteSet rwset)
    {
        ArgumentNullException.ThrowIfNull(rwset);
        return rwset.NsRwset.Select(ns => new NamespaceSets(
            ns.Namespace,
            KVRWSet.Parser.ParseFrom(ns.Rwset),
            ns.CollectionHashedRwset.Select(c => (c.CollectionName, HashedRWSet.Parser.ParseFrom(c.HashedRwset))).ToList())).ToList();
    }
}
