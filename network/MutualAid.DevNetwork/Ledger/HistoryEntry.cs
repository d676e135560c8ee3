using Google.Protobuf.WellKnownTypes;

namespace MutualAid.DevNetwork.Ledger;

/// <summary>One committed change of a key, as GetHistoryForKey reports it.</summary>
/// <param name="TxId">The transaction that made the change.</param>
/// <param name="Value">The value written; empty for a delete.</param>
/// <param name="IsDelete">True when the transaction deleted the key.</param>
/// <param name="Timestamp">The transaction's timestamp from its channel header.</param>
/// <param name="Version">Where the transaction committed.</param>
public sealed record HistoryEntry(string TxId, byte[] Value, bool IsDelete, Timestamp Timestamp, KeyVersion Version);
