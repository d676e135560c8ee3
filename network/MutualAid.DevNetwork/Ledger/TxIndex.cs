using System.Collections.Concurrent;

namespace MutualAid.DevNetwork.Ledger;

/// <summary>
/// Every transaction id the channel has committed, valid or not, with waiters for ids not yet
/// committed: CommitStatus blocks until the transaction commits, as Fabric's gateway does.
/// </summary>
public sealed class TxIndex
{
    private readonly ConcurrentDictionary<string, TxLocation> _committed = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TaskCompletionSource<TxLocation>> _waiters = new(StringComparer.Ordinal);

    /// <summary>True when the id has been committed (under any code).</summary>
    public bool Contains(string txId) => _committed.ContainsKey(txId);

    /// <summary>Where the id committed, if it has.</summary>
    public bool TryGet(string txId, out TxLocation location) => _committed.TryGetValue(txId, out location);

    /// <summary>Records a committed transaction (the first record of an id wins) and wakes its waiters.</summary>
    public void Add(string txId, TxLocation location)
    {
        if (_committed.TryAdd(txId, location) && _waiters.TryRemove(txId, out var waiter))
        {
            waiter.TrySetResult(location);
        }
    }

    /// <summary>Every committed transaction id and where it is: the content of a snapshot.</summary>
    public IReadOnlyList<KeyValuePair<string, TxLocation>> All() => [.. _committed];

    /// <summary>Completes when <paramref name="txId"/> is committed; at once if it already is.</summary>
    public async Task<TxLocation> WaitAsync(string txId, CancellationToken cancellationToken)
    {
        // Register first, then look, so a commit between the two cannot be missed.
        var waiter = _waiters.GetOrAdd(txId, _ => new TaskCompletionSource<TxLocation>(TaskCreationOptions.RunContinuationsAsynchronously));
        if (_committed.TryGetValue(txId, out var location))
        {
            waiter.TrySetResult(location);
            _waiters.TryRemove(txId, out _);
            return location;
        }

        return await waiter.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
    }
}
