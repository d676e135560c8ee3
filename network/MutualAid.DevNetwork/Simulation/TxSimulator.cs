using Fabric.Protos.Ledger.Rwset;
using Google.Protobuf;
using MutualAid.DevNetwork.Chaincode;
using MutualAid.DevNetwork.Ledger;

namespace MutualAid.DevNetwork.Simulation;

/// <summary>
/// Simulates one transaction against committed state with Fabric's semantics: reads return the
/// committed value (never the transaction's own writes), every read records the version seen, the
/// last write to a key wins, and an empty value is a delete. The result is the read/write set that
/// endorsers sign and committers validate.
/// </summary>
public sealed class TxSimulator(WorldState state)
{
    private readonly SortedDictionary<string, NamespaceRecorder> _namespaces = new(Utf8KeyComparer.Instance);

    /// <summary>The committed value of a key, or null; the read is recorded.</summary>
    public byte[]? GetState(string ns, string key)
    {
        var committed = state.Get(ns, key);
        Recorder(ns).Read(key, committed?.Version);
        return committed?.Value;
    }

    /// <summary>The committed metadata of a key (empty when absent); the read is recorded.</summary>
    public IReadOnlyDictionary<string, byte[]> GetStateMetadata(string ns, string key)
    {
        var committed = state.Get(ns, key);
        Recorder(ns).Read(key, committed?.Version);
        return committed?.Metadata ?? VersionedValue.NoMetadata;
    }

    /// <summary>Starts a recorded range scan over [start, end); an empty end means no upper bound.</summary>
    public RangeScan ScanRange(string ns, string startKey, string endKey)
    {
        var scan = new RangeScan(state, ns, startKey, endKey);
        Recorder(ns).AddRangeScan(scan);
        return scan;
    }

    /// <summary>Writes a key; an empty value deletes it.</summary>
    public void PutState(string ns, string key, byte[] value) => Recorder(ns).Write(key, value);

    /// <summary>Deletes a key.</summary>
    public void DeleteState(string ns, string key) => Recorder(ns).Write(key, null);

    /// <summary>Replaces a key's metadata (e.g. its key-level endorsement policy).</summary>
    public void PutStateMetadata(string ns, string key, IReadOnlyDictionary<string, byte[]> metadata) =>
        Recorder(ns).WriteMetadata(key, metadata);

    /// <summary>The executing peer's private data, or null when its organization holds none of this channel's collections.</summary>
    public PrivateDataStore? PrivateData { get; init; }

    /// <summary>A private value as the executing peer holds it (null if absent or not held); the hashed read is recorded.</summary>
    public byte[]? GetPrivateData(string ns, string collection, string key)
    {
        var hashed = state.Get(CollectionDefinition.HashedNamespace(ns, collection), CollectionRecorder.KeyHash(key));
        Recorder(ns).Collection(collection).Read(key, hashed?.Version);
        return hashed is null ? null : PrivateData?.Get(ns, collection, key)?.Value;
    }

    /// <summary>The SHA-256 of a private value from the public hashed state (empty if absent); the hashed read is recorded.</summary>
    public byte[] GetPrivateDataHash(string ns, string collection, string key)
    {
        var hashed = state.Get(CollectionDefinition.HashedNamespace(ns, collection), CollectionRecorder.KeyHash(key));
        Recorder(ns).Collection(collection).Read(key, hashed?.Version);
        return hashed?.Value ?? [];
    }

    /// <summary>Private keys of a collection in [start, end), from the executing peer's store (not recorded: Fabric does not validate private range reads).</summary>
    public IReadOnlyList<(string Key, byte[] Value)> ScanPrivateRange(string ns, string collection, string startKey, string endKey) =>
        PrivateData?.Range(ns, collection, startKey, endKey) ?? [];

    /// <summary>Writes a private value; an empty value deletes it.</summary>
    public void PutPrivateData(string ns, string collection, string key, byte[] value) => Recorder(ns).Collection(collection).Write(key, value);

    /// <summary>Deletes a private value.</summary>
    public void DeletePrivateData(string ns, string collection, string key) => Recorder(ns).Collection(collection).Write(key, null);

    /// <summary>Deletes a private value and its history from every member peer.</summary>
    public void PurgePrivateData(string ns, string collection, string key) => Recorder(ns).Collection(collection).Write(key, null, purge: true);

    /// <summary>The private write sets of the transaction, for member peers only; null when it wrote no private data.</summary>
    public TxPvtReadWriteSet? ToPrivateReadWriteSet()
    {
        var set = new TxPvtReadWriteSet { DataModel = TxReadWriteSet.Types.DataModel.Kv };
        foreach (var (ns, recorder) in _namespaces)
        {
            var collections = recorder.PrivateSets().ToList();
            if (collections.Count == 0)
            {
                continue;
            }

            var nsSet = new NsPvtReadWriteSet { Namespace = ns };
            nsSet.CollectionPvtRwset.AddRange(collections.Select(c => new CollectionPvtReadWriteSet { CollectionName = c.Collection, Rwset = c.PrivateSet }));
            set.NsPvtRwset.Add(nsSet);
        }

        return set.NsPvtRwset.Count == 0 ? null : set;
    }

    /// <summary>The namespaces this transaction writes to, in key order.</summary>
    public IEnumerable<string> WrittenNamespaces => _namespaces.Where(n => n.Value.HasWrites).Select(n => n.Key);

    /// <summary>The read/write set of everything simulated so far.</summary>
    public TxReadWriteSet ToReadWriteSet()
    {
        var set = new TxReadWriteSet { DataModel = TxReadWriteSet.Types.DataModel.Kv };
        foreach (var (ns, recorder) in _namespaces)
        {
            var nsSet = new NsReadWriteSet { Namespace = ns, Rwset = recorder.ToProto().ToByteString() };
            nsSet.CollectionHashedRwset.AddRange(recorder.HashedSets());
            set.NsRwset.Add(nsSet);
        }

        return set;
    }

    private NamespaceRecorder Recorder(string ns)
    {
        if (!_namespaces.TryGetValue(ns, out var recorder))
        {
            recorder = new NamespaceRecorder();
            _namespaces[ns] = recorder;
        }

        return recorder;
    }
}
