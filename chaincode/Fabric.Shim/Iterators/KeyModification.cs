namespace Fabric.Shim.Iterators;

/// <summary>
/// One historical change of a key, newest first: the transaction that made it, the value written (empty for
/// a delete), the transaction's timestamp (null when the peer sent none) and whether it was a delete.
/// </summary>
public sealed record KeyModification(string TxId, ReadOnlyMemory<byte> Value, DateTimeOffset? Timestamp, bool IsDelete);
