using System.Collections.Concurrent;
using System.Security.Cryptography;
using Fabric.Protos.Common;
using Fabric.Protos.Ledger.KvRwset;
using Fabric.Protos.Ledger.Rwset;
using Fabric.Protos.Peer;
using MutualAid.DevNetwork.Ledger;
using MutualAid.DevNetwork.Transactions;

namespace MutualAid.DevNetwork.Channels;

/// <summary>
/// A channel's private data: each organization's store, and the endorsed-but-uncommitted private
/// write sets (Fabric's transient store). When a block commits, the private writes of its valid
/// transactions go to the stores of the collections' member organizations only, after their hash
/// is checked against the hash the block carries; block-to-live purges follow. Each store keeps
/// both the current values and the write sets by block, from which Deliver serves private data.
/// </summary>
public sealed class ChannelPrivateData
{
    /// <summary>How many blocks an endorsed private write set waits for its transaction.</summary>
    public const ulong TransientRetentionBlocks = 1000;

    private readonly ChannelContext _channel;
    private readonly Dictionary<string, PrivateDataStore> _stores;
    private readonly Dictionary<string, PrivateWriteSetStore> _writeSets;
    private readonly ConcurrentDictionary<string, (TxPvtReadWriteSet Set, ulong Height)> _transient = new(StringComparer.Ordinal);

    /// <summary>Opens every organization's store under <paramref name="directory"/>.</summary>
    public ChannelPrivateData(ChannelContext channel, IEnumerable<string> mspIds, string directory)
    {
        ArgumentNullException.ThrowIfNull(channel);
        _channel = channel;
        _stores = mspIds.ToDictionary(
            id => id,
            id => PrivateDataStore.Open(Path.Combine(directory, id + ".dat"), channel.Ledger.Height),
            StringComparer.Ordinal);
        _writeSets = _stores.Keys.ToDictionary(
            id => id,
            id => PrivateWriteSetStore.Open(Path.Combine(directory, id + ".writesets.dat"), channel.Ledger.Height),
            StringComparer.Ordinal);
    }

    /// <summary>The private data an organization's peers hold, or null for an organization outside the channel.</summary>
    public PrivateDataStore? StoreFor(string mspId) => _stores.GetValueOrDefault(mspId);

    /// <summary>The committed private write sets an organization's peers hold, or null for an organization outside the channel.</summary>
    public PrivateWriteSetStore? WriteSetsFor(string mspId) => _writeSets.GetValueOrDefault(mspId);

    /// <summary>Keeps an endorsed transaction's private writes until its block commits.</summary>
    public void Remember(string txId, TxPvtReadWriteSet set) => _transient[txId] = (set, _channel.Ledger.Height);

    /// <summary>
    /// Writes the private data of the block's valid transactions to member stores. Called before the
    /// block is stored, so a crash in between leaves private data the next start discards.
    /// </summary>
    public void BeforeCommit(Block block, IReadOnlyList<TxValidationCode> codes, IReadOnlyList<EndorserTransaction?> transactions)
    {
        ArgumentNullException.ThrowIfNull(block);
        ArgumentNullException.ThrowIfNull(codes);
        ArgumentNullException.ThrowIfNull(transactions);
        var records = _stores.Keys.ToDictionary(id => id, _ => new List<PrivateDataRecord>(), StringComparer.Ordinal);
        var writeSets = _stores.Keys.ToDictionary(id => id, _ => new List<PrivateWriteSet>(), StringComparer.Ordinal);
        var purges = new List<(string, string, byte[], KeyVersion)>();
        for (var i = 0; i < block.Data.Data.Count; i++)
        {
            var transaction = transactions[i];
            if (transaction is null || codes[i] != TxValidationCode.Valid)
            {
                continue;
            }

            _transient.TryRemove(transaction.TxId, out var pending);
            var version = new KeyVersion(block.Header.Number, (ulong)i);
            foreach (var ns in transaction.ReadWriteSet.NsRwset)
            {
                foreach (var collection in ns.CollectionHashedRwset)
                {
                    var definition = _channel.FindChaincode(ns.Namespace)?.Collections.GetValueOrDefault(collection.CollectionName);
                    var privateSet = pending.Set?.NsPvtRwset.FirstOrDefault(n => n.Namespace == ns.Namespace)?
                        .CollectionPvtRwset.FirstOrDefault(c => c.CollectionName == collection.CollectionName);
                    if (definition is null || privateSet is null
                        || !SHA256.HashData(privateSet.Rwset.Span).AsSpan().SequenceEqual(collection.PvtRwsetHash.Span))
                    {
                        continue; // missing or not matching: a member would reconcile it from another peer
                    }

                    var writeSet = new PrivateWriteSet(
                        version, ns.Namespace, collection.CollectionName, definition.BlockToLive == 0 ? 0 : block.Header.Number + definition.BlockToLive, privateSet.Rwset);
                    foreach (var member in definition.MemberMspIds.Where(writeSets.ContainsKey))
                    {
                        writeSets[member].Add(writeSet);
                    }

                    foreach (var write in KVRWSet.Parser.ParseFrom(privateSet.Rwset).Writes)
                    {
                        var record = new PrivateDataRecord(ns.Namespace, collection.CollectionName, write.Key, write.IsDelete ? null : write.Value.ToByteArray(), version);
                        foreach (var member in definition.MemberMspIds.Where(records.ContainsKey))
                        {
                            records[member].Add(record);
                        }
                    }
                }
            }

            // A purge is marked in the hashed writes every peer sees, so members purge even without the purging transaction's private data.
            purges.AddRange(transaction.Namespaces.SelectMany(ns => ns.Collections.SelectMany(c => c.Hashed.HashedWrites
                .Where(w => w.IsPurge)
                .Select(w => (ns.Namespace, c.Collection, w.KeyHash.ToByteArray(), version)))));
        }

        foreach (var (mspId, store) in _stores)
        {
            store.Apply(records[mspId]);
            store.PurgeExpired(BlockToLive, block.Header.Number);
            _writeSets[mspId].Commit(block.Header.Number, writeSets[mspId], purges);
        }

        foreach (var stale in _transient.Where(t => t.Value.Height + TransientRetentionBlocks < block.Header.Number).Select(t => t.Key).ToList())
        {
            _transient.TryRemove(stale, out _);
        }
    }

    private ulong BlockToLive(string ns, string collection) =>
        _channel.FindChaincode(ns)?.Collections.GetValueOrDefault(collection)?.BlockToLive ?? 0;
}
