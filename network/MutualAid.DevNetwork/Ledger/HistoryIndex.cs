namespace MutualAid.DevNetwork.Ledger;

/// <summary>
/// Every committed change of every key, from valid transactions only. Queries return the newest
/// change first, as Fabric's history database does.
/// </summary>
public sealed class HistoryIndex
{
    private readonly Dictionary<(string Ns, string Key), List<HistoryEntry>> _entries = [];
    private readonly Lock _lock = new();

    /// <summary>Records a change; changes must arrive in commit order.</summary>
    public void Add(string ns, string key, HistoryEntry entry)
    {
        lock (_lock)
        {
            if (!_entries.TryGetValue((ns, key), out var list))
            {
                list = [];
                _entries[(ns, key)] = list;
            }

            list.Add(entry);
        }
    }

    /// <summary>Every key's changes, oldest first: the content of a snapshot.</summary>
    public IReadOnlyList<(string Ns, string Key, IReadOnlyList<HistoryEntry> Entries)> All()
    {
        lock (_lock)
        {
            return _entries.Select(e => (e.Key.Ns, e.Key.Key, (IReadOnlyList<HistoryEntry>)[.. e.Value])).ToList();
        }
    }

    /// <summary>The changes of a key, newest first.</summary>
    public IReadOnlyList<HistoryEntry> For(string ns, string key)
    {
        lock (_lock)
        {
            return _entries.TryGetValue((ns, key), out var list) ? list.AsEnumerable().Reverse().ToList() : [];
        }
    }
}
