using System.Security.Cryptography;
using MutualAid.Domain.State;

namespace MutualAid.Domain.Tests.Support;

/// <summary>
/// One simulated transaction over an <see cref="InMemoryLedger"/>, with Fabric's semantics: reads see only
/// committed state (no read-your-own-writes), writes are buffered in a key-ordered write set, the last
/// SetEvent wins, and nothing reaches the ledger until it commits.
/// </summary>
public sealed class InMemoryTransaction(InMemoryLedger ledger, TxContext context, IReadOnlyDictionary<string, byte[]> transient) : ILedgerState
{
    public TxContext Context { get; } = context;
    public SortedDictionary<string, byte[]?> Writes { get; } = new(Utf8KeyComparer.Instance);
    public SortedDictionary<string, byte[]> PrivateWrites { get; } = new(Utf8KeyComparer.Instance);
    public (string Name, byte[] Payload)? Event { get; private set; }

    /// <summary>Keys read with GetState (the read set MVCC validates).</summary>
    public HashSet<string> Reads { get; } = new(StringComparer.Ordinal);

    /// <summary>Prefixes scanned (validated for phantoms by the peer).</summary>
    public List<string> RangeReads { get; } = [];

    public byte[]? GetState(string key)
    {
        Reads.Add(key);
        return ledger.Get(key);
    }

    /// <summary>True when committing <paramref name="earlier"/> first would invalidate this transaction (MVCC read conflict).</summary>
    public bool ConflictsWith(InMemoryTransaction earlier) => earlier.Writes.Keys.Any(Reads.Contains);

    /// <summary>True when <paramref name="earlier"/> wrote into a range this transaction scanned (phantom read).</summary>
    public bool PhantomWith(InMemoryTransaction earlier)
        => earlier.Writes.Keys.Any(k => RangeReads.Any(p => k.StartsWith(p, StringComparison.Ordinal)));

    public void PutState(string key, byte[] value) => Writes[key] = value.ToArray();

    public void DelState(string key) => Writes[key] = null;

    public IEnumerable<KeyValueEntry> GetStateByPartialCompositeKey(string objectType, IReadOnlyList<string> attributes)
    {
        var prefix = CompositeKey.PartialPrefix(objectType, attributes);
        RangeReads.Add(prefix);
        return ledger.Range(prefix);
    }

    public IEnumerable<KeyModification> GetHistoryForKey(string key) => ledger.History(key);

    public byte[]? GetPrivateData(string collection, string key) => ledger.GetPrivate(collection, key);

    public void PutPrivateData(string collection, string key, byte[] value) => PrivateWrites[collection + "\u0000" + key] = value.ToArray();

    public byte[]? GetPrivateDataHash(string collection, string key)
        => ledger.GetPrivate(collection, key) is { } value ? SHA256.HashData(value) : null;

    public IReadOnlyDictionary<string, byte[]> GetTransient() => transient;

    public void SetEvent(string name, byte[] payload) => Event = (name, payload.ToArray());

    /// <summary>True when the transaction staged nothing at all.</summary>
    public bool IsEmpty => Writes.Count == 0 && PrivateWrites.Count == 0 && Event is null;
}
