using Fabric.Protos.Peer;
using Fabric.Shim.Handler;
using Google.Protobuf;
using Kv = Fabric.Protos.Ledger.QueryResult.KV;

namespace Fabric.Shim.Iterators;

/// <summary>The records of a range, partial composite key or rich query (<see cref="QueryIterator{T}"/>).</summary>
public sealed class StateQueryIterator : QueryIterator<KeyValue>
{
    internal StateQueryIterator(IPeerRequests peer, QueryResponse first)
        : base(peer, first)
    {
    }

    private protected override KeyValue Decode(ByteString resultBytes)
    {
        var kv = Kv.Parser.ParseFrom(resultBytes);
        return new KeyValue(kv.Namespace, kv.Key, kv.Value.Memory);
    }
}
