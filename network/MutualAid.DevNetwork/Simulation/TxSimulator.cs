using Fabric.Protos.Ledger.Rwset;
using Google.Protobuf;
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

    /// <summary>The namespaces this transaction writes to, in key order.</summary>
    public IEnumerable<string> WrittenNamespaces => _namespaces.Where(n => n.Value.HasWrites).Select(n => n.Key);

    /// <summary>The read/write set of everything simulated so far.</summary>
    public TxReadWriteSet ToReadWriteSet()
    {
        var set = new TxReadWriteSet { DataModel = TxReadWriteSet.Types.DataModel.Kv };
        foreach (var (ns, recorder) in _namespaces)
        {
            set.NsRwset.Add(new NsReadWriteSet { Namespace = ns, Rwset = recorder.ToProto().ToByteString() });
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
