using System.Collections.Concurrent;

namespace MutualAid.DevNetwork.Ledger;

/// <summary>
/// Every transaction id the channel has committed, valid or not, with waiters for ids not yet
/// committed: CommitStatus blocks until the transaction commits, as Fabric's gateway does.
/// </summary>
public sealed class TxIndex
{
    private readonly ConcurrentDictionary<string, TxLocation> _committed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Waiter> _waiters = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>True when the id has been committed (under any code).</summary>
    public bool Contains(string txId) => _committed.ContainsKey(txId);

    /// <summary>Where the id committed, if it has.</summary>
    public bool TryGet(string txId, out TxLocation location) => _committed.TryGetValue(txId, out location);

    /// <summary>How many ids someone is waiting for.</summary>
    internal int WaitedFor
    {
        get
        {
            lock (_gate)
            {
                return _waiters.Count;
            }
        }
    }

    /// <summary>Records a committed transaction (the first record of an id wins) and wakes its waiters.</summary>
    public void Add(string txId, TxLocation location)
    {
        if (!_committed.TryAdd(txId, location))
        {
            return;
        }

        Waiter? waiter;
        lock (_gate)
        {
            _waiters.Remove(txId, out waiter);
        }

        waiter?.Result.TrySetResult(location);
    }

    /// <summary>Every committed transaction id and where it is: the content of a snapshot.</summary>
    public IReadOnlyList<KeyValuePair<string, TxLocation>> All() => [.. _committed];

    /// <summary>Completes when <paramref name="txId"/> is committed; at once if it already is.</summary>
    public async Task<TxLocation> WaitAsync(string txId, CancellationToken cancellationToken)
    {
        if (_committed.TryGetValue(txId, out var location))
        {
            return location;
        }

        Waiter waiter;
        lock (_gate)
        {
            if (!_waiters.TryGetValue(txId, out waiter!))
            {
                waiter = new Waiter();
                _waiters[txId] = waiter;
            }

            waiter.Count++;
        }

        try
        {
            // Looked at again once registered, so a commit between the first look and the registration is not missed.
            return _committed.TryGetValue(txId, out location)
                ? location
                : await waiter.Result.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            // The last waiter to give up takes the entry with it: ids that never commit must not pile up.
            lock (_gate)
            {
                if (--waiter.Count == 0 && _waiters.TryGetValue(txId, out var current) && current == waiter)
                {
                    _waiters.Remove(txId);
                }
            }
        }
    }

    private sealed class Waiter
    {
        public TaskCompletionSource<TxLocation> Result { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public int Count { get; set; }
    }
}
