using Fabric.Protos.Ledger.QueryResult;
using Fabric.Protos.Peer;
using Google.Protobuf;
using MessageType = Fabric.Protos.Peer.ChaincodeMessage.Types.Type;

namespace Fabric.Protos.Tests.Catalogue;

// The chaincode stream: every payload message, and one "ChaincodeMessage.<TYPE>" entry per Type value
// (named with the proto enum name), carrying the payload typical for its type.
public sealed partial class WireCatalogue
{
    private static StateMetadata MetadataOf(string metakey, string value) => new() { Metakey = metakey, Value = Utf8(value) };

    private static QueryResultBytes ResultOf(IMessage record) => new() { ResultBytes = record.ToByteString() };

    private void AddChaincodeMessages()
    {
        var payloads = AddChaincodePayloads();
        foreach (var value in ChaincodeMessage.Descriptor.EnumTypes.Single(e => e.Name == "Type").Values)
        {
            var type = (MessageType)value.Number;
            var message = new ChaincodeMessage
            {
                Type = type,
                Timestamp = At(1767225602, 789000),
                Payload = payloads.TryGetValue(type, out var payload) ? payload.ToByteString() : Utf8($"{value.Name}-payload"),
                Txid = TxId,
                ChannelId = ChannelId,
            };
            if (type is MessageType.Init or MessageType.Transaction)
            {
                message.Proposal = Entry<SignedProposal>("SignedProposal");
            }

            if (type is MessageType.Completed)
            {
                message.ChaincodeEvent = Entry<ChaincodeEvent>("ChaincodeEvent");
            }

            Add(WireFamily.ChaincodeMessage, $"ChaincodeMessage.{value.Name}", message);
        }
    }

    private Dictionary<MessageType, IMessage> AddChaincodePayloads()
    {
        const WireFamily family = WireFamily.ChaincodeMessage;
        var metadata = Add(family, "StateMetadata", MetadataOf("VALIDATION_PARAMETER", "key-level-policy"));
        var queryMetadata = Add(family, "QueryMetadata", new QueryMetadata { PageSize = 25, Bookmark = "bookmark-page-1" });
        var responseMetadata = Add(family, "QueryResponseMetadata", new QueryResponseMetadata
        {
            FetchedRecordsCount = 2,
            Bookmark = "bookmark-page-2",
        });
        var kv = new KV { Namespace = "mutualaid", Key = "claim~7", Value = Utf8("{\"status\":\"SUBMITTED\"}") };
        Add(family, "QueryResultBytes", ResultOf(kv));

        var payloads = new Dictionary<MessageType, IMessage>
        {
            [MessageType.Register] = Add(family, "ChaincodeID.PackageId", new ChaincodeID { Name = "mutualaid_1.2:0a1b2c3d4e5f" }),
            [MessageType.Init] = Entry<ChaincodeInput>("ChaincodeInput"),
            [MessageType.Ready] = Add(family, "ChaincodeAdditionalParams", new ChaincodeAdditionalParams
            {
                UseWriteBatch = true,
                MaxSizeWriteBatch = 1000,
                UseGetMultipleKeys = true,
                MaxSizeGetMultipleKeys = 200,
            }),
            [MessageType.Transaction] = Entry<ChaincodeInput>("ChaincodeInput"),
            [MessageType.Completed] = Entry<Response>("Response"),
            [MessageType.GetState] = Add(family, "GetState", new GetState { Key = "medical~7", Collection = "medical" }),
            [MessageType.PutState] = Add(family, "PutState", new PutState
            {
                Key = "claim~7",
                Value = Utf8("{\"status\":\"SUBMITTED\"}"),
                Collection = "payouts",
            }),
            [MessageType.DelState] = Add(family, "DelState", new DelState { Key = "claim~6", Collection = "payouts" }),
            [MessageType.InvokeChaincode] = Entry<ChaincodeSpec>("ChaincodeSpec"),
            [MessageType.Response] = Add(family, "QueryResponse", new QueryResponse
            {
                Results = { ResultOf(kv), ResultOf(kv) },
                HasMore = true,
                Id = "iterator-1",
                Metadata = responseMetadata.ToByteString(),
            }),
            [MessageType.GetStateByRange] = Add(family, "GetStateByRange", new GetStateByRange
            {
                StartKey = "claim~",
                EndKey = "claim~~",
                Collection = "payouts",
                Metadata = queryMetadata.ToByteString(),
            }),
            [MessageType.GetQueryResult] = Add(family, "GetQueryResult", new GetQueryResult
            {
                Query = "{\"selector\":{\"status\":\"SUBMITTED\"}}",
                Collection = "payouts",
                Metadata = queryMetadata.ToByteString(),
            }),
            [MessageType.QueryStateNext] = Add(family, "QueryStateNext", new QueryStateNext { Id = "iterator-1" }),
            [MessageType.QueryStateClose] = Add(family, "QueryStateClose", new QueryStateClose { Id = "iterator-2" }),
            [MessageType.GetHistoryForKey] = Add(family, "GetHistoryForKey", new GetHistoryForKey { Key = "claim~7" }),
            [MessageType.GetStateMetadata] = Add(family, "GetStateMetadata", new GetStateMetadata { Key = "claim~7", Collection = "payouts" }),
            [MessageType.PutStateMetadata] = Add(family, "PutStateMetadata", new PutStateMetadata
            {
                Key = "claim~7",
                Collection = "payouts",
                Metadata = metadata,
            }),
            [MessageType.GetPrivateDataHash] = Add(family, "GetState.PrivateDataHash", new GetState { Key = "medical~8", Collection = "medical" }),
            [MessageType.PurgePrivateData] = Add(family, "PurgePrivateState", new PurgePrivateState { Key = "medical~6", Collection = "medical" }),
            [MessageType.WriteBatchState] = Add(family, "WriteBatchState", new WriteBatchState
            {
                Rec =
                {
                    new WriteRecord
                    {
                        Key = "claim~7",
                        Value = Utf8("{\"status\":\"SUBMITTED\"}"),
                        Collection = "payouts",
                        Type = WriteRecord.Types.Type.PutState,
                    },
                    new WriteRecord { Key = "claim~7", Metadata = metadata, Type = WriteRecord.Types.Type.PutStateMetadata },
                    new WriteRecord { Key = "medical~6", Collection = "medical", Type = WriteRecord.Types.Type.PurgePrivateData },
                },
            }),
            [MessageType.GetStateMultiple] = Add(family, "GetStateMultiple", new GetStateMultiple
            {
                Keys = { "claim~1", "claim~2", "claim~3" },
                Collection = "payouts",
            }),
        };

        Add(family, "QueryResponse.History", new QueryResponse
        {
            Results = { ResultOf(Entry<KeyModification>("KeyModification")) },
            Id = "history-1",
        });
        Add(family, "StateMetadataResult", new StateMetadataResult
        {
            Entries = { metadata, MetadataOf("VALIDATION_PARAMETER_V2", "second-policy") },
        });
        Add(family, "GetStateMultipleResult", new GetStateMultipleResult
        {
            Values = { Utf8("value-1"), ByteString.Empty, Utf8("value-3") },
        });
        return payloads;
    }
}
