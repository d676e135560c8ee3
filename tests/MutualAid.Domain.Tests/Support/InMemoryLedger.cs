using MutualAid.Domain.Invariants;
using MutualAid.Domain.State;

namespace MutualAid.Domain.Tests.Support;

/// <summary>
/// A committed world state with per-key history, private collections and the event stream: what the
/// peers of a channel agree on. Transactions are simulated with <see cref="Begin"/> and applied with <see cref="Commit"/>.
/// </summary>
public sealed class InMemoryLedger
{
    private readonly SortedDictionary<string, byte[]> _state = new(Utf8KeyComparer.Instance);
    private readonly Dictionary<string, List<KeyModification>> _history = new(StringComparer.Ordinal);
    private readonly Dictionary<string, byte[]> _private = new(StringComparer.Ordinal);

    /// <summary>Committed events, in commit order.</summary>
    public List<RecordedEvent> Events { get; } = [];

    /// <summary>Every committed transaction with its write set and event, in commit order.</summary>
    public List<CommittedTransaction> Log { get; } = [];

    public InMemoryTransaction Begin(TxContext context, IReadOnlyDictionary<string, byte[]>? transient = null)
        => new(this, context, transient ?? new Dictionary<string, byte[]>());

    public void Commit(InMemoryTransaction tx)
    {
        ArgumentNullException.ThrowIfNull(tx);
        foreach (var (key, value) in tx.Writes)
        {
            if (value is null)
            {
                _state.Remove(key);
            }
            else
            {
                _state[key] = value;
            }

            if (!_history.TryGetValue(key, out var list))
            {
                _history[key] = list = [];
            }

            list.Add(new KeyModification(tx.Context.TxId, tx.Context.UtcTimestamp, value is null, value ?? []));
        }

        foreach (var (key, value) in tx.PrivateWrites)
        {
            _private[key] = value;
        }

        if (tx.Event is { } e)
        {
            Events.Add(new RecordedEvent(e.Name, e.Payload));
        }

        Log.Add(new CommittedTransaction(tx.Context.TxId, [.. tx.Writes.Select(kv => (kv.Key, kv.Value))], tx.Event?.Name, tx.Event?.Payload));
    }

    public byte[]? Get(string key) => _state.TryGetValue(key, out var value) ? value : null;

    public byte[]? GetPrivate(string collection, string key) => _private.TryGetValue(collection + "\u0000" + key, out var v) ? v : null;

    public IEnumerable<KeyValueEntry> Range(string prefix)
        => _state.Where(kv => kv.Key.StartsWith(prefix, StringComparison.Ordinal)).Select(kv => new KeyValueEntry(kv.Key, kv.Value)).ToList();

    /// <summary>History of a key, newest first, as Fabric 2.x returns it.</summary>
    public IEnumerable<KeyModification> History(string key)
        => _history.TryGetValue(key, out var list) ? Enumerable.Reverse(list).ToList() : [];

    public IReadOnlyCollection<string> PrivateKeys => _private.Keys;

    public LedgerSnapshot Snapshot()
        => new([.. _state.Select(kv => new KeyValueEntry(kv.Key, kv.Value))], [.. Events]);
}

/// <summary>A committed transaction: its id, key-ordered write set (null = delete) and event.</summary>
public sealed record CommittedTransaction(string TxId, IReadOnlyList<(string Key, byte[]? Value)> Writes, string? EventName, byte[]? EventPayload);
