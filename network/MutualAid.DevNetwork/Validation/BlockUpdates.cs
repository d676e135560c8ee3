using MutualAid.DevNetwork.Ledger;

namespace MutualAid.DevNetwork.Validation;

/// <summary>
/// The writes of the transactions already found valid in the block being committed. MVCC checks
/// later transactions of the same block against committed state overlaid with these.
/// </summary>
public sealed class BlockUpdates(ulong blockNumber)
{
    private readonly Dictionary<(string Ns, string Key), (byte[]? Value, KeyVersion Version)> _updates = [];
    private readonly List<(ulong TxNum, StateWrite Write)> _ordered = [];

    /// <summary>The block these updates belong to.</summary>
    public ulong BlockNumber { get; } = blockNumber;

    /// <summary>The writes in commit order, ready for <see cref="WorldState.Apply"/>.</summary>
    public IReadOnlyList<(ulong TxNum, StateWrite Write)> Writes => _ordered;

    /// <summary>Adds the writes of a transaction that passed validation.</summary>
    public void Add(ulong txNum, IEnumerable<StateWrite> writes)
    {
        ArgumentNullException.ThrowIfNull(writes);
        foreach (var write in writes)
        {
            var version = new KeyVersion(BlockNumber, txNum);
            var value = write.IsDelete && write.Metadata is not null && _updates.TryGetValue((write.Namespace, write.Key), out var earlier)
                ? earlier.Value
                : write.IsDelete ? null : write.Value;
            _updates[(write.Namespace, write.Key)] = (value, version);
            _ordered.Add((txNum, write));
        }
    }

    /// <summary>The version a key has once earlier valid transactions of the block apply, or null if deleted.</summary>
    public bool TryGet(string ns, string key, out KeyVersion? version)
    {
        if (_updates.TryGetValue((ns, key), out var update))
        {
            version = update.Value is null ? null : update.Version;
            return true;
        }

        version = null;
        return false;
    }

    /// <summary>The keys of <paramref name="ns"/> this block has written so far.</summary>
    public IEnumerable<(string Key, KeyVersion? Version)> KeysIn(string ns) =>
        _updates.Where(u => u.Key.Ns == ns).Select(u => (u.Key.Key, u.Value.Value is null ? (KeyVersion?)null : u.Value.Version));
}
