namespace MutualAid.DevNetwork.Ledger;

/// <summary>
/// The current value and version of every key, per namespace, in UTF-8 key order. Reads may run
/// from any thread; a commit applies a block's writes atomically with respect to them.
/// </summary>
public sealed class WorldState
{
    private readonly Dictionary<string, Dictionary<string, VersionedValue>> _namespaces = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SortedSet<string>> _keys = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <summary>The number of the last block applied, or null before the first.</summary>
    public ulong? Height { get; private set; }

    /// <summary>The committed value of a key, or null when absent.</summary>
    public VersionedValue? Get(string ns, string key)
    {
        lock (_lock)
        {
            return _namespaces.TryGetValue(ns, out var values) && values.TryGetValue(key, out var value) ? value : null;
        }
    }

    /// <summary>
    /// Up to <paramref name="limit"/> entries with <paramref name="startKey"/> ≤ key &lt; <paramref name="endKey"/>
    /// (an empty end key means no upper bound), in UTF-8 key order.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, VersionedValue>> Range(string ns, string startKey, string endKey, int limit)
    {
        var result = new List<KeyValuePair<string, VersionedValue>>();
        lock (_lock)
        {
            if (!_keys.TryGetValue(ns, out var keys) || keys.Count == 0 || limit <= 0)
            {
                return result;
            }

            var comparer = Utf8KeyComparer.Instance;
            if (endKey.Length > 0 && comparer.Compare(startKey, endKey) >= 0)
            {
                return result;
            }

            var upper = endKey.Length > 0 ? endKey : keys.Max!;
            if (comparer.Compare(startKey, upper) > 0)
            {
                return result;
            }

            var values = _namespaces[ns];
            foreach (var key in keys.GetViewBetween(startKey, upper))
            {
                if (endKey.Length > 0 && comparer.Compare(key, endKey) >= 0)
                {
                    break;
                }

                result.Add(new(key, values[key]));
                if (result.Count == limit)
                {
                    break;
                }
            }

            return result;
        }
    }

    /// <summary>Applies the writes of one block's valid transactions, in order.</summary>
    /// <exception cref="ArgumentException">The block does not follow <see cref="Height"/>.</exception>
    public void Apply(ulong blockNumber, IEnumerable<(ulong TxNum, StateWrite Write)> writes)
    {
        ArgumentNullException.ThrowIfNull(writes);
        lock (_lock)
        {
            if (Height is { } height ? blockNumber != height + 1 : blockNumber != 0)
            {
                throw new ArgumentException($"block {blockNumber} does not follow state height {Height}", nameof(blockNumber));
            }

            foreach (var (txNum, write) in writes)
            {
                ApplyOne(new KeyVersion(blockNumber, txNum), write);
            }

            Height = blockNumber;
        }
    }

    /// <summary>Every entry, namespace by namespace and key by key in UTF-8 order: the content of a snapshot.</summary>
    public IReadOnlyList<(string Ns, string Key, VersionedValue Value)> Entries()
    {
        lock (_lock)
        {
            return _keys.OrderBy(n => n.Key, Utf8KeyComparer.Instance)
                .SelectMany(n => n.Value.Select(key => (n.Key, key, _namespaces[n.Key][key])))
                .ToList();
        }
    }

    /// <summary>Loads a snapshot into an empty state; <paramref name="height"/> is the last block it covers.</summary>
    /// <exception cref="InvalidOperationException">The state is not empty.</exception>
    public void Load(ulong height, IEnumerable<(string Ns, string Key, VersionedValue Value)> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        lock (_lock)
        {
            if (Height is not null)
            {
                throw new InvalidOperationException("a snapshot can only be loaded into an empty state");
            }

            foreach (var (ns, key, value) in entries)
            {
                if (!_namespaces.TryGetValue(ns, out var values))
                {
                    values = new Dictionary<string, VersionedValue>(StringComparer.Ordinal);
                    _namespaces[ns] = values;
                    _keys[ns] = new SortedSet<string>(Utf8KeyComparer.Instance);
                }

                values[key] = value;
                _keys[ns].Add(key);
            }

            Height = height;
        }
    }

    private void ApplyOne(KeyVersion version, StateWrite write)
    {
        if (!_namespaces.TryGetValue(write.Namespace, out var values))
        {
            values = new Dictionary<string, VersionedValue>(StringComparer.Ordinal);
            _namespaces[write.Namespace] = values;
            _keys[write.Namespace] = new SortedSet<string>(Utf8KeyComparer.Instance);
        }

        var existing = values.GetValueOrDefault(write.Key);
        if (write.IsDelete && write.Metadata is null)
        {
            values.Remove(write.Key);
            _keys[write.Namespace].Remove(write.Key);
            return;
        }

        var value = write.IsDelete ? existing?.Value : write.Value;
        if (value is null)
        {
            return; // metadata for a key that does not exist is dropped, as Fabric does
        }

        values[write.Key] = new VersionedValue(value, version, write.Metadata ?? existing?.Metadata ?? VersionedValue.NoMetadata);
        _keys[write.Namespace].Add(write.Key);
    }
}
