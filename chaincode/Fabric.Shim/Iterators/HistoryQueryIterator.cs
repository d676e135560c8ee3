using Fabric.Protos.Peer;
using Fabric.Shim.Handler;
using Google.Protobuf;
using Modification = Fabric.Protos.Ledger.QueryResult.KeyModification;

namespace Fabric.Shim.Iterators;

/// <summary>The changes of one key, newest first (<see cref="QueryIterator{T}"/>).</summary>
public sealed class HistoryQueryIterator : QueryIterator<KeyModification>
{
    internal HistoryQueryIterator(IPeerRequests peer, QueryResponse first)
        : base(peer, first)
    {
    }

    private protected override KeyModification Decode(ByteString resultBytes)
    {
        var modification = Modification.Parser.ParseFrom(resultBytes);
        return new KeyModification(
            modification.TxId,
            modification.Value.Memory,
            modification.Timestamp?.ToDateTimeOffset(),
            modification.IsDelete);
    }
}
