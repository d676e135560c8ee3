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

    public bool HasWrites => _writes.Count > 0 || _metadataWrites.Count > 0;

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
