namespace MutualAid.Domain.State;

/// <summary>
/// The world state of one transaction, as the chaincode stub exposes it. The host adapts the Fabric stub;
/// tests use an in-memory implementation with the same semantics.
/// </summary>
/// <remarks>
/// Semantics the domain relies on, all as in Fabric: reads return the value committed before this
/// transaction (no read-your-own-writes); iteration is in UTF-8 byte order of the keys; only one event
/// per transaction survives (a second <see cref="SetEvent"/> replaces the first).
/// </remarks>
public interface ILedgerState
{
    /// <summary>The committed value of <paramref name="key"/>, or null when absent.</summary>
    byte[]? GetState(string key);

    /// <summary>Stages a write of <paramref name="value"/> to <paramref name="key"/>.</summary>
    void PutState(string key, byte[] value);

    /// <summary>Stages a delete of <paramref name="key"/>. Used only for index entries, never for records.</summary>
    void DelState(string key);

    /// <summary>Committed entries whose composite key starts with the given type and attributes, in key order.</summary>
    IEnumerable<KeyValueEntry> GetStateByPartialCompositeKey(string objectType, IReadOnlyList<string> attributes);

    /// <summary>Every committed modification of <paramref name="key"/>, newest first (as Fabric 2.x returns it).</summary>
    IEnumerable<KeyModification> GetHistoryForKey(string key);

    /// <summary>The committed value of a private-collection key, or null when absent.</summary>
    byte[]? GetPrivateData(string collection, string key);

    /// <summary>Stages a write to a private data collection.</summary>
    void PutPrivateData(string collection, string key, byte[] value);

    /// <summary>The SHA-256 of a committed private value, visible to every peer, or null when absent.</summary>
    byte[]? GetPrivateDataHash(string collection, string key);

    /// <summary>The transient map of the proposal (never written to the ledger).</summary>
    IReadOnlyDictionary<string, byte[]> GetTransient();

    /// <summary>Sets the transaction's chaincode event; a second call replaces the first.</summary>
    void SetEvent(string name, byte[] payload);
}
