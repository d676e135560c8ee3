namespace Fabric.Shim.Handler;

/// <summary>Identifies a transaction on one stream: replies are matched on channel id and transaction id together.</summary>
internal readonly record struct TransactionKey(string ChannelId, string TxId)
{
    public override string ToString() => $"{ChannelId}-{TxId}";
}
