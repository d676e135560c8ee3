using Google.Protobuf;
using MutualAid.DevNetwork.Chaincode;
using MutualAid.DevNetwork.Ledger;

namespace MutualAid.DevNetwork.Transactions;

/// <summary>The state changes a transaction's read/write set makes, namespace by namespace.</summary>
public static class WriteSetReader
{
    /// <summary>Value writes and deletes, then metadata writes, per namespace in set order.</summary>
    /// <exception cref="InvalidProtocolBufferException">A namespace's read/write set does not parse.</exception>
    public static IEnumerable<StateWrite> Writes(EndorserTransaction transaction)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        foreach (var ns in transaction.Namespaces)
        {
            foreach (var write in ns.Public.Writes)
            {
                yield return new StateWrite(ns.Namespace, write.Key, write.IsDelete ? null : write.Value.ToByteArray());
            }

            foreach (var write in ns.Public.MetadataWrites)
            {
                var metadata = write.Entries.ToDictionary(e => e.Name, e => e.Value.ToByteArray(), StringComparer.Ordinal);
                yield return new StateWrite(ns.Namespace, write.Key, null, metadata);
            }

            // Private data reaches every peer only as hashes: key hash → value hash.
            foreach (var (collection, hashed) in ns.Collections)
            {
                var hashedNamespace = CollectionDefinition.HashedNamespace(ns.Namespace, collection);
                foreach (var write in hashed.HashedWrites)
                {
                    var key = Convert.ToHexStringLower(write.KeyHash.Span);
                    yield return new StateWrite(hashedNamespace, key, write.IsDelete ? null : write.ValueHash.ToByteArray());
                }
            }
        }
    }
}
