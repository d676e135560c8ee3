using Fabric.Protos.Ledger.KvRwset;
using Google.Protobuf;
using MutualAid.DevNetwork.Ledger;

namespace MutualAid.DevNetwork.Simulation;

/// <summary>
/// Collects one namespace's reads, range queries and writes during a simulation and renders them
/// as a <see cref="KVRWSet"/> with keys in UTF-8 order, as Fabric's read/write set builder does.
/// </summary>
internal sealed class NamespaceRecorder
{
    private readonly SortedDictionary<string, KeyVersion?> _reads = new(Utf8KeyComparer.Instance);
    private readonly SortedDictionary<string, byte[]?> _writes = new(Utf8KeyComparer.Instance);
    private readonly SortedDictionary<string, IReadOnlyDictionary<string, byte[]>> _metadataWrites = new(Utf8KeyComparer.Instance);
    private readonly List<RangeScan> _rangeScans = [];
    private readonly SortedDictionary<string, CollectionRecorder> _collections = new(StringComparer.Ordinal);

    public bool HasWrites => _writes.Count > 0 || _metadataWrites.Count > 0 || _collections.Values.Any(c => c.HasWrites);

    /// <summary>The recorder of one private data collection of this namespace.</summary>
    public CollectionRecorder Collection(string name)
    {
        if (!_collections.TryGetValue(name, out var recorder))
        {
            recorder = new CollectionRecorder(name);
            _collections[name] = recorder;
        }

        return recorder;
    }

    /// <summary>Each collection's private write set, for the collections this namespace wrote.</summary>
    public IEnumerable<(string Collection, ByteString PrivateSet)> PrivateSets() =>
        _collections.Where(c => c.Value.HasWrites).Select(c => (c.Key, c.Value.PrivateSet().ToByteString()));

    /// <summary>The hashed read/write sets of every collection touched, in collection-name order.</summary>
    public IEnumerable<Fabric.Protos.Ledger.Rwset.CollectionHashedReadWriteSet> HashedSets() =>
        _collections.Select(c => c.Value.Hashed(c.Value.PrivateSet().ToByteString()));

    /// <summary>Records the version read for a key; the first read of a key is the one kept.</summary>
    public void Read(string key, KeyVersion? version) => _reads.TryAdd(key, version);

    public void Write(string key, byte[]? value) => _writes[key] = value is { Length: > 0 } ? value : null;

    public void WriteMetadata(string key, IReadOnlyDictionary<string, byte[]> metadata) => _metadataWrites[key] = metadata;

    public void AddRangeScan(RangeScan scan) => _rangeScans.Add(scan);

    public KVRWSet ToProto()
    {
        var set = new KVRWSet();
        foreach (var (key, version) in _reads)
        {
            set.Reads.Add(new KVRead { Key = key, Version = version?.ToProto() });
        }

        foreach (var scan in _rangeScans)
        {
            set.RangeQueriesInfo.Add(scan.Info);
        }

        foreach (var (key, value) in _writes)
        {
            set.Writes.Add(value is null
                ? new KVWrite { Key = key, IsDelete = true }
                : new KVWrite { Key = key, Value = ByteString.CopyFrom(value) });
        }

        foreach (var (key, metadata) in _metadataWrites)
        {
            var write = new KVMetadataWrite { Key = key };
            foreach (var (name, value) in metadata.OrderBy(e => e.Key, Utf8KeyComparer.Instance))
            {
                write.Entries.Add(new KVMetadataEntry { Name = name, Value = ByteString.CopyFrom(value) });
            }

            set.MetadataWrites.Add(write);
        }

        return set;
    }
}
