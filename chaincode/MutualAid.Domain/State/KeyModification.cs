namespace MutualAid.Domain.State;

/// <summary>One committed modification of a key, as returned by GetHistoryForKey.</summary>
/// <param name="TxId">The transaction that wrote it.</param>
/// <param name="Timestamp">The transaction timestamp (UTC).</param>
/// <param name="IsDelete">True when the transaction deleted the key.</param>
/// <param name="Value">The bytes written (empty for a delete).</param>
public sealed record KeyModification(string TxId, DateTimeOffset Timestamp, bool IsDelete, ReadOnlyMemory<byte> Value);
