using Fabric.Protos.Ledger.QueryResult;
using Fabric.Protos.Peer;
using Google.Protobuf;

namespace MutualAid.DevNetwork.Chaincode;

/// <summary>
/// Answers a chaincode's state requests for one transaction from its simulator, as a peer does:
/// RESPONSE with the result, or ERROR "&lt;TYPE&gt; failed: transaction ID: &lt;txid&gt;: &lt;cause&gt;".
/// Replies always echo the request's txid and channel.
/// </summary>
public static partial class StateRequestHandler
{
    /// <summary>Handles one request and returns the reply to send.</summary>
    public static async Task<ChaincodeMessage> HandleAsync(ChaincodeMessage request, TransactionContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            var payload = request.Type switch
            {
                ChaincodeMessage.Types.Type.GetState => GetState.Parser.ParseFrom(request.Payload) is var get && get.Collection.Length > 0
                    ? OnGetPrivateData(get, context) : OnGetState(get, context),
                ChaincodeMessage.Types.Type.PutState => PutState.Parser.ParseFrom(request.Payload) is var put && put.Collection.Length > 0
                    ? OnPutPrivateData(put, context) : OnPutState(put, context),
                ChaincodeMessage.Types.Type.DelState => DelState.Parser.ParseFrom(request.Payload) is var del && del.Collection.Length > 0
                    ? OnDelPrivateData(del, context) : OnDelState(del, context),
                ChaincodeMessage.Types.Type.GetPrivateDataHash => OnGetPrivateDataHash(GetState.Parser.ParseFrom(request.Payload), context),
                ChaincodeMessage.Types.Type.PurgePrivateData => OnPurgePrivateData(PurgePrivateState.Parser.ParseFrom(request.Payload), context),
                ChaincodeMessage.Types.Type.GetStateMetadata => OnGetStateMetadata(GetStateMetadata.Parser.ParseFrom(request.Payload), context),
                ChaincodeMessage.Types.Type.PutStateMetadata => OnPutStateMetadata(PutStateMetadata.Parser.ParseFrom(request.Payload), context),
                ChaincodeMessage.Types.Type.GetStateByRange => OnGetStateByRange(GetStateByRange.Parser.ParseFrom(request.Payload), context),
                ChaincodeMessage.Types.Type.QueryStateNext => OnQueryStateNext(QueryStateNext.Parser.ParseFrom(request.Payload), context),
                ChaincodeMessage.Types.Type.QueryStateClose => OnQueryStateClose(QueryStateClose.Parser.ParseFrom(request.Payload), context),
                ChaincodeMessage.Types.Type.GetHistoryForKey => OnGetHistoryForKey(GetHistoryForKey.Parser.ParseFrom(request.Payload), context),
                ChaincodeMessage.Types.Type.GetQueryResult =>
                    throw new StateRequestException("ExecuteQuery not supported for leveldb"),
                ChaincodeMessage.Types.Type.InvokeChaincode => await OnInvokeChaincodeAsync(
                    ChaincodeSpec.Parser.ParseFrom(request.Payload), context).ConfigureAwait(false),
                _ => throw new StateRequestException($"unsupported request type {request.Type}"),
            };
            return Reply(request, ChaincodeMessage.Types.Type.Response, payload);
        }
        catch (Exception error) when (error is StateRequestException or InvalidProtocolBufferException or ChaincodeConnectionException or ChaincodeExecutionException)
        {
            var text = $"{ToFabricName(request.Type)} failed: transaction ID: {request.Txid}: {error.Message}";
            return Reply(request, ChaincodeMessage.Types.Type.Error, ByteString.CopyFromUtf8(text));
        }
    }

    private static ByteString OnGetState(GetState request, TransactionContext context)
    {
        RequirePublic(request.Collection);
        var value = context.Simulator.GetState(context.ChaincodeName, request.Key);
        return value is null ? ByteString.Empty : ByteString.CopyFrom(value);
    }

    private static ByteString OnPutState(PutState request, TransactionContext context)
    {
        RequirePublic(request.Collection);
        BeforeWrite(context);
        context.Simulator.PutState(context.ChaincodeName, request.Key, request.Value.ToByteArray());
        return ByteString.Empty;
    }

    private static ByteString OnDelState(DelState request, TransactionContext context)
    {
        RequirePublic(request.Collection);
        BeforeWrite(context);
        context.Simulator.DeleteState(context.ChaincodeName, request.Key);
        return ByteString.Empty;
    }

    private static ByteString OnGetStateMetadata(GetStateMetadata request, TransactionContext context)
    {
        RequirePublic(request.Collection);
        var result = new StateMetadataResult();
        foreach (var (name, value) in context.Simulator.GetStateMetadata(context.ChaincodeName, request.Key))
        {
            result.Entries.Add(new StateMetadata { Metakey = name, Value = ByteString.CopyFrom(value) });
        }

        return result.ToByteString();
    }

    private static ByteString OnPutStateMetadata(PutStateMetadata request, TransactionContext context)
    {
        RequirePublic(request.Collection);
        BeforeWrite(context);
        if (request.Metadata is null)
        {
            throw new StateRequestException("metadata entry is missing");
        }

        // The entry replaces the one of the same name; the key's other entries stay.
        var merged = context.Simulator.GetStateMetadata(context.ChaincodeName, request.Key)
            .ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
        merged[request.Metadata.Metakey] = request.Metadata.Value.ToByteArray();
        context.Simulator.PutStateMetadata(context.ChaincodeName, request.Key, merged);
        return ByteString.Empty;
    }

    private static ByteString OnGetHistoryForKey(GetHistoryForKey request, TransactionContext context)
    {
        var entries = context.History.For(context.ChaincodeName, request.Key);
        var index = 0;
        var cursor = context.OpenCursor(
            () =>
            {
                if (index >= entries.Count)
                {
                    return null;
                }

                var entry = entries[index++];
                var modification = new KeyModification
                {
                    TxId = entry.TxId,
                    Value = ByteString.CopyFrom(entry.Value),
                    Timestamp = entry.Timestamp,
                    IsDelete = entry.IsDelete,
                };
                return (request.Key, modification.ToByteString());
            },
            pageSize: null);
        return Batch(cursor, context);
    }

    private static void RequirePublic(string collection)
    {
        if (collection.Length > 0)
        {
            throw new StateRequestException($"this request is not supported for private data collection '{collection}'");
        }
    }

    private static void BeforeWrite(TransactionContext context)
    {
        if (context.HasPaginated)
        {
            throw new StateRequestException("transaction has already performed a paginated query, writes are not allowed");
        }

        context.HasWritten = true;
    }

    private static ByteString Batch(QueryCursor cursor, TransactionContext context)
    {
        var batch = cursor.NextBatch();
        if (!batch.HasMore)
        {
            context.CloseCursor(cursor.Id);
        }

        return batch.ToByteString();
    }

    private static ChaincodeMessage Reply(ChaincodeMessage request, ChaincodeMessage.Types.Type type, ByteString payload) =>
        new() { Type = type, Payload = payload, Txid = request.Txid, ChannelId = request.ChannelId };

    /// <summary>The upper-case name Fabric uses for a message type, e.g. GET_STATE_BY_RANGE.</summary>
    private static string ToFabricName(ChaincodeMessage.Types.Type type) =>
        string.Concat(type.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : c.ToString())).ToUpperInvariant();
}
