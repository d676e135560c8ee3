namespace MutualAid.DevNetwork.Ledger;

/// <summary>
/// One organization's private data for a channel: the values of the collections it is a member of,
/// kept only on its peers. Changes are appended to a file, each tagged with its block, before the
/// block itself is stored; opening drops changes of blocks the ledger never stored, and purging
/// rewrites the file so purged values leave the disk.
/// </summary>
public sealed class PrivateDataStore
{
    private readonly string _path;
    private readonly Dictionary<(string Ns, string Collection, string Key), (byte[] Value, KeyVersion Version)> _values = [];
    private readonly Lock _lock = new();

    private PrivateDataStore(string path) => _path = path;

    /// <summary>Opens the store at <paramref name="path"/>, keeping only changes of blocks below <paramref name="ledgerHeight"/>.</summary>
    public static PrivateDataStore Open(string path, ulong ledgerHeight)
    {
        var store = new PrivateDataStore(path);
        if (File.Exists(path))
        {
            foreach (var record in PrivateDataRecord.ReadAll(path))
            {
                if (record.Version.BlockNum < ledgerHeight)
                {
                    store.ApplyInMemory(record);
                }
            }

            store.Rewrite();
        }

        return store;
    }

    /// <summary>The value of a private key, or null.</summary>
    public (byte[] Value, KeyVersion Version)? Get(string ns, string collection, string key)
    {
        lock (_lock)
        {
            return _values.TryGetValue((ns, collection, key), out var value) ? value : null;
        }
    }

    /// <summary>The keys of a collection in [start, end) in UTF-8 order (an empty end is unbounded).</summary>
    public IReadOnlyList<(string Key, byte[] Value)> Range(string ns, string collection, string start, string end)
    {
        lock (_lock)
        {
            return _values
                .Where(e => e.Key.Ns == ns && e.Key.Collection == collection
                    && Utf8KeyComparer.Instance.Compare(e.Key.Key, start) >= 0
                    && (end.Length == 0 || Utf8KeyComparer.Instance.Compare(e.Key.Key, end) < 0))
                .OrderBy(e => e.Key.Key, Utf8KeyComparer.Instance)
                .Select(e => (e.Key.Key, e.Value.Value))
                .ToList();
        }
    }

    /// <summary>Durably records and applies a block's private writes (a null value deletes).</summary>
    public void Apply(IReadOnlyList<PrivateDataRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        if (records.Count == 0)
        {
            return;
        }

        lock (_lock)
        {
            PrivateDataRecord.Append(_path, records);
            foreach (var record in records)
            {
                ApplyInMemory(record);
            }
        }
    }

    /// <summary>Removes values whose collection's block-to-live has passed by <paramref name="currentBlock"/>.</summary>
    public void PurgeExpired(Func<string, string, ulong> blockToLive, ulong currentBlock)
    {
        ArgumentNullException.ThrowIfNull(blockToLive);
        lock (_lock)
        {
            var expired = _values.Where(e =>
            {
                var btl = blockToLive(e.Key.Ns, e.Key.Collection);
                return btl > 0 && e.Value.Version.BlockNum + btl <= currentBlock;
            }).Select(e => e.Key).ToList();
            if (expired.Count == 0)
            {
                return;
            }

            foreach (var key in expired)
            {
                _values.Remove(key);
            }

            Rewrite();
        }
    }

    private void ApplyInMemory(PrivateDataRecord record)
    {
        var key = (record.Namespace, record.Collection, record.Key);
        if (record.Value is null)
        {
            _values.Remove(key);
        }
        else
        {
            _values[key] = (record.Value, record.Version);
        }
    }

    /// <summary>Writes the live values to a new file and swaps it in, so deleted and purged data is gone from disk.</summary>
    private void Rewrite()
    {
        var live = _values.Select(e => new PrivateDataRecord(e.Key.Ns, e.Key.Collection, e.Key.Key, e.Value.Value, e.Value.Version)).ToList();
        var temporary = _path + ".tmp";
        File.Delete(temporary);
        PrivateDataRecord.Append(temporary, live);
        File.Move(temporary, _path, overwrite: true);
    }
}
