using Fabric.Protos.Ledger.QueryResult;
using Fabric.Protos.Peer;
using Google.Protobuf;

namespace MutualAid.DevNetwork.Chaincode;

/// <summary>Range queries, their pagination, iterator steps and chaincode-to-chaincode calls.</summary>
public static partial class StateRequestHandler
{
    private static ByteString OnGetStateByRange(GetStateByRange request, TransactionContext context)
    {
        if (request.Collection.Length > 0)
        {
            return OnGetPrivateDataByRange(request, context);
        }

        var metadata = request.Metadata.IsEmpty ? null : QueryMetadata.Parser.ParseFrom(request.Metadata);
        var paginated = metadata is not null && (metadata.PageSize > 0 || metadata.Bookmark.Length > 0);
        if (paginated)
        {
            if (context.HasWritten)
            {
                throw new StateRequestException("transaction has already performed writes, paginated queries are not allowed");
            }

            context.HasPaginated = true;
        }

        var start = paginated && metadata!.Bookmark.Length > 0 ? metadata.Bookmark : request.StartKey;
        var scan = context.Simulator.ScanRange(context.ChaincodeName, start, request.EndKey);
        var cursor = context.OpenCursor(
            () => scan.Next() is { } entry
                ? (entry.Key, new KV { Namespace = context.ChaincodeName, Key = entry.Key, Value = ByteString.CopyFrom(entry.Value.Value) }.ToByteString())
                : null,
            paginated ? Math.Max(metadata!.PageSize, 0) is var size && size > 0 ? size : QueryCursor.TotalLimit : null);
        return Batch(cursor, context);
    }

    private static ByteString OnQueryStateNext(QueryStateNext request, TransactionContext context)
    {
        var cursor = context.FindCursor(request.Id) ?? throw new StateRequestException("query iterator not found");
        return Batch(cursor, context);
    }

    private static ByteString OnQueryStateClose(QueryStateClose request, TransactionContext context)
    {
        // Closing an iterator the peer already dropped (because it was exhausted) still succeeds.
        context.CloseCursor(request.Id);
        return new QueryResponse { HasMore = false, Id = request.Id }.ToByteString();
    }

    private static async Task<ByteString> OnInvokeChaincodeAsync(ChaincodeSpec spec, TransactionContext context)
    {
        if (context.InvokeChaincode is null)
        {
            throw new StateRequestException("chaincode-to-chaincode invocation is not available on this peer");
        }

        // "name[:version][/channel]": the version is ignored, the latest definition is used.
        var target = spec.ChaincodeId?.Name ?? string.Empty;
        var slash = target.IndexOf('/', StringComparison.Ordinal);
        if (slash >= 0 && target[(slash + 1)..] != context.ChannelId)
        {
            throw new StateRequestException("calling a chaincode on another channel is not supported");
        }

        var name = (slash >= 0 ? target[..slash] : target).Split(':')[0];
        if (name.Length == 0)
        {
            throw new StateRequestException("chaincode name is missing");
        }

        var result = await context.InvokeChaincode(name, spec.Input ?? new ChaincodeInput(), context).ConfigureAwait(false);
        return result.ToByteString();
    }
}
