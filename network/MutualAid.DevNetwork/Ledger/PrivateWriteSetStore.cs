namespace MutualAid.DevNetwork.Ledger;

/// <summary>
/// One organization's committed private write sets for a channel, by block and transaction (Fabric's
/// private data store): what Deliver sends with a block. A block's sets are appended before the block
/// is stored, and opening drops those of blocks the ledger never stored. Block-to-live expiry and
/// purges rewrite the file, so removed data leaves the disk.
/// </summary>
public sealed class PrivateWriteSetStore
{
    private readonly string _path;
    private readonly Dictionary<ulong, List<PrivateWriteSet>> _byBlock = [];

    // Expiry block → blocks holding sets that expire then: a commit looks only at what expires now.
    private readonly SortedDictionary<ulong, HashSet<ulong>> _expiries = [];
    private readonly Lock _lock = new();

    private PrivateWriteSetStore(string path) => _path = path;

    /// <summary>Opens the store at <paramref name="path"/>, keeping only sets of blocks below <paramref name="ledgerHeight"/>.</summary>
    public static PrivateWriteSetStore Open(string path, ulong ledgerHeight)
    {
        var store = new PrivateWriteSetStore(path);
        if (File.Exists(path))
        {
            foreach (var set in FramedRecordFile.ReadAll(path).Select(PrivateWriteSet.Decode).Where(s => s.Version.BlockNum < ledgerHeight))
            {
                store.AddInMemory(set);
            }

            if (ledgerHeight > 0)
            {
                store.Expire(ledgerHeight - 1);
            }

            store.Rewrite();
        }

        return store;
    }

    /// <summary>The sets of a block, in transaction order, or none.</summary>
    public IReadOnlyList<PrivateWriteSet> ForBlock(ulong blockNumber)
    {
        lock (_lock)
        {
            return _byBlock.TryGetValue(blockNumber, out var sets) ? sets.ToArray() : [];
        }
    }

    /// <summary>
    /// Durably records a block's sets, then removes the keys its transactions purge (from every set
    /// of that collection up to the purging transaction) and the sets whose block-to-live ends with it.
    /// </summary>
    /// <param name="blockNumber">The block being committed.</param>
    /// <param name="added">Its private write sets this organization holds.</param>
    /// <param name="purges">Each key purged by a valid transaction: namespace, collection, SHA-256 of the key, purging transaction.</param>
    public void Commit(ulong blockNumber, IReadOnlyList<PrivateWriteSet> added, IReadOnlyList<(string Namespace, string Collection, byte[] KeyHash, KeyVersion Version)> purges)
    {
        ArgumentNullException.ThrowIfNull(added);
        ArgumentNullException.ThrowIfNull(purges);
        lock (_lock)
        {
            if (added.Count > 0)
            {
                FramedRecordFile.Append(_path, added.Select(s => s.Encode()));
                foreach (var set in added)
                {
                    AddInMemory(set);
                }
            }

            var changed = false;
            foreach (var purge in purges)
            {
                changed |= Purge(purge.Namespace, purge.Collection, purge.KeyHash, purge.Version);
            }

            changed |= Expire(blockNumber);
            if (changed)
            {
                Rewrite();
            }
        }
    }

    private void AddInMemory(PrivateWriteSet set)
    {
        var block = set.Version.BlockNum;
        if (!_byBlock.TryGetValue(block, out var sets))
        {
            _byBlock[block] = sets = [];
        }

        sets.Add(set);
        if (set.ExpiryBlock != 0)
        {
            if (!_expiries.TryGetValue(set.ExpiryBlock, out var blocks))
            {
                _expiries[set.ExpiryBlock] = blocks = [];
            }

            blocks.Add(block);
        }
    }

    private bool Purge(string ns, string collection, byte[] keyHash, KeyVersion upTo)
    {
        var changed = false;
        foreach (var (block, sets) in _byBlock.Where(b => b.Key <= upTo.BlockNum).ToList())
        {
            for (var i = sets.Count - 1; i >= 0; i--)
            {
                var set = sets[i];
                if (set.Namespace != ns || set.Collection != collection || (block == upTo.BlockNum && set.Version.TxNum > upTo.TxNum))
                {
                    continue;
                }

                var trimmed = set.WithoutKey(keyHash);
                if (ReferenceEquals(trimmed, set))
                {
                    continue;
                }

                changed = true;
                if (trimmed is null)
                {
                    sets.RemoveAt(i);
                }
                else
                {
                    sets[i] = trimmed;
                }
            }

            if (sets.Count == 0)
            {
                _byBlock.Remove(block);
            }
        }

        return changed;
    }

    private bool Expire(ulong currentBlock)
    {
        var changed = false;
        while (_expiries.Count > 0 && _expiries.First() is var (expiry, blocks) && expiry <= currentBlock)
        {
            _expiries.Remove(expiry);
            foreach (var block in blocks)
            {
                if (_byBlock.TryGetValue(block, out var sets) && sets.RemoveAll(s => s.ExpiryBlock != 0 && s.ExpiryBlock <= currentBlock) > 0)
                {
                    changed = true;
                    if (sets.Count == 0)
                    {
                        _byBlock.Remove(block);
                    }
                }
            }
        }

        return changed;
    }

    private void Rewrite() =>
        FramedRecordFile.Replace(_path, _byBlock.OrderBy(b => b.Key).SelectMany(b => b.Value).Select(s => s.Encode()).ToList());
}
