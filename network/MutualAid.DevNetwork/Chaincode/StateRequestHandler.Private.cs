using Fabric.Protos.Ledger.QueryResult;
using Fabric.Protos.Peer;
using Google.Protobuf;

namespace MutualAid.DevNetwork.Chaincode;

/// <summary>Private data requests: values live in member organizations' stores, hashes on every peer.</summary>
public static partial class StateRequestHandler
{
    private static ByteString OnGetPrivateData(GetState request, TransactionContext context)
    {
        Collection(request.Collection, context, forWrite: false);
        var value = context.Simulator.GetPrivateData(context.ChaincodeName, request.Collection, request.Key);
        return value is null ? ByteString.Empty : ByteString.CopyFrom(value);
    }

    private static ByteString OnGetPrivateDataHash(GetState request, TransactionContext context)
    {
        // Anyone may see a hash: it is on every peer's ledger.
        Collection(request.Collection, context, forWrite: null);
        return ByteString.CopyFrom(context.Simulator.GetPrivateDataHash(context.ChaincodeName, request.Collection, request.Key));
    }

    private static ByteString OnPutPrivateData(PutState request, TransactionContext context)
    {
        Collection(request.Collection, context, forWrite: true);
        BeforeWrite(context);
        context.Simulator.PutPrivateData(context.ChaincodeName, request.Collection, request.Key, request.Value.ToByteArray());
        return ByteString.Empty;
    }

    private static ByteString OnDelPrivateData(DelState request, TransactionContext context)
    {
        Collection(request.Collection, context, forWrite: true);
        BeforeWrite(context);
        context.Simulator.DeletePrivateData(context.ChaincodeName, request.Collection, request.Key);
        return ByteString.Empty;
    }

    private static ByteString OnPurgePrivateData(PurgePrivateState request, TransactionContext context)
    {
        Collection(request.Collection, context, forWrite: true);
        BeforeWrite(context);
        context.Simulator.PurgePrivateData(context.ChaincodeName, request.Collection, request.Key);
        return ByteString.Empty;
    }

    private static ByteString OnGetPrivateDataByRange(GetStateByRange request, TransactionContext context)
    {
        Collection(request.Collection, context, forWrite: false);
        var entries = context.Simulator.ScanPrivateRange(context.ChaincodeName, request.Collection, request.StartKey, request.EndKey);
        var index = 0;
        var cursor = context.OpenCursor(
            () => index < entries.Count
                ? (entries[index].Key, new KV { Namespace = context.ChaincodeName, Key = entries[index].Key, Value = ByteString.CopyFrom(entries[index++].Value) }.ToByteString())
                : null,
            pageSize: null);
        return Batch(cursor, context);
    }

    /// <summary>Checks the collection is defined and, for reads or writes, that the client's organization may use it.</summary>
    private static void Collection(string name, TransactionContext context, bool? forWrite)
    {
        var collection = context.Definition?.Collections.GetValueOrDefault(name)
            ?? throw new StateRequestException($"collection {name} is not defined for chaincode {context.ChaincodeName}");
        var member = collection.MemberMspIds.Contains(context.CreatorMspId);
        if (forWrite == false && collection.MemberOnlyRead && !member)
        {
            throw new StateRequestException(
                $"tx creator does not have read access permission on privatedata in chaincodeName:{context.ChaincodeName} collectionName: {name}");
        }

        if (forWrite == true && collection.MemberOnlyWrite && !member)
        {
            throw new StateRequestException(
                $"tx creator does not have write access permission on privatedata in chaincodeName:{context.ChaincodeName} collectionName: {name}");
        }
    }
}
