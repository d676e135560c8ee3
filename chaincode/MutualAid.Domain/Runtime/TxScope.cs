using System.Text.Json.Serialization.Metadata;
using MutualAid.Domain.Errors;
using MutualAid.Domain.Events;
using MutualAid.Domain.Json;
using MutualAid.Domain.Model;
using MutualAid.Domain.State;

namespace MutualAid.Domain.Runtime;

/// <summary>
/// One domain transaction: reads go straight to the committed state; writes, private writes and the event
/// are staged and reach <see cref="ILedgerState"/> only in <see cref="Flush"/>, after the handler succeeded.
/// A failed handler therefore changes nothing, whatever the host does with a failed proposal.
/// </summary>
public sealed class TxScope
{
    private readonly ILedgerState _state;
    private readonly SortedDictionary<string, byte[]?> _writes = new(Utf8KeyComparer.Instance);
    private readonly SortedDictionary<string, byte[]> _privateWrites = new(Utf8KeyComparer.Instance);
    private DomainEvent? _event;
    private int _idCounter;

    /// <summary>Starts a scope over <paramref name="state"/> for the transaction <paramref name="context"/>.</summary>
    public TxScope(ILedgerState state, TxContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _state = state;
        Context = context;
    }

    /// <summary>The transaction context.</summary>
    public TxContext Context { get; }

    /// <summary>The transaction timestamp in UTC: the only clock.</summary>
    public DateTimeOffset Now => Context.UtcTimestamp;

    /// <summary>The caller.</summary>
    public Caller Caller => Context.Caller;

    /// <summary>The staged event, if any.</summary>
    public DomainEvent? Event => _event;

    /// <summary>Reads and decodes a committed record, or null.</summary>
    public T? Get<T>(string key, JsonTypeInfo<T> type) where T : class
    {
        var bytes = _state.GetState(key);
        return bytes is null ? null : CanonicalJson.Deserialize(bytes, type);
    }

    /// <summary>True when <paramref name="key"/> has a committed value.</summary>
    public bool Exists(string key) => _state.GetState(key) is not null;

    /// <summary>The committed raw bytes of <paramref name="key"/>, or null.</summary>
    public byte[]? GetRaw(string key) => _state.GetState(key);

    /// <summary>Committed entries under a partial composite key, in key order.</summary>
    public IEnumerable<KeyValueEntry> Scan(string objectType, params string[] attributes)
        => _state.GetStateByPartialCompositeKey(objectType, attributes);

    /// <summary>Committed modifications of a key, newest first.</summary>
    public IEnumerable<KeyModification> History(string key) => _state.GetHistoryForKey(key);

    /// <summary>The committed hash of a private value.</summary>
    public byte[]? PrivateHash(string collection, string key) => _state.GetPrivateDataHash(collection, key);

    /// <summary>The proposal's transient data.</summary>
    public IReadOnlyDictionary<string, byte[]> Transient => _state.GetTransient();

    /// <summary>Stages a record write in canonical JSON.</summary>
    public void Put<T>(string key, T value, JsonTypeInfo<T> type) => _writes[key] = CanonicalJson.Serialize(value, type);

    /// <summary>Stages a raw write (index entries).</summary>
    public void PutRaw(string key, byte[] value) => _writes[key] = value;

    /// <summary>Stages the delete of an index entry. Records are never deleted.</summary>
    public void DeleteIndex(string key) => _writes[key] = null;

    /// <summary>Stages a private-collection write.</summary>
    public void PutPrivate(string collection, string key, byte[] value)
        => _privateWrites[collection + CompositeKey.Delimiter + key] = value;

    /// <summary>Stages the transaction's one event; a second call is a fault.</summary>
    public void Emit(DomainEvent domainEvent)
    {
        if (_event is not null)
        {
            throw new InvalidOperationException("A transaction emits exactly one event.");
        }

        _event = domainEvent;
    }

    /// <summary>A new id: <paramref name="prefix"/>-first 16 hex of SHA-256(txid, NUL, n). Same txid, same ids.</summary>
    public string NewId(string prefix)
    {
        var n = _idCounter++;
        var digest = Hashes.Sha256Hex($"{Context.TxId}\u0000{n.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
        return $"{prefix}-{digest[..16].ToUpperInvariant()}";
    }

    /// <summary>The event actor for the caller.</summary>
    public EventActor Actor => new(Caller.MspId, Caller.Role ?? string.Empty);

    /// <summary>Applies the staged writes in key order, then the event. Called once, after success.</summary>
    public void Flush()
    {
        foreach (var (key, value) in _writes)
        {
            if (value is null)
            {
                _state.DelState(key);
            }
            else
            {
                _state.PutState(key, value);
            }
        }

        foreach (var (compound, value) in _privateWrites)
        {
            var split = compound.IndexOf(CompositeKey.Delimiter, StringComparison.Ordinal);
            _state.PutPrivateData(compound[..split], compound[(split + 1)..], value);
        }

        if (_event is not null)
        {
            _state.SetEvent(_event.Name, CanonicalJson.Serialize(_event, DomainJsonContext.Default.DomainEvent));
        }
    }

    /// <summary>Throws <see cref="DomainException"/> with <paramref name="code"/> unless <paramref name="condition"/>.</summary>
    public static void Require(bool condition, string code, string detail)
    {
        if (!condition)
        {
            throw new DomainException(code, detail);
        }
    }
}
