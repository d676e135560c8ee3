namespace MutualAid.DevNetwork.Ledger;

/// <summary>
/// The height at which a key was last written: the block and the transaction's index in it.
/// MVCC validation compares the version a transaction read against the current one.
/// </summary>
public readonly record struct KeyVersion(ulong BlockNum, ulong TxNum)
{
    /// <inheritdoc />
    public override string ToString() => $"{BlockNum}:{TxNum}";
}
