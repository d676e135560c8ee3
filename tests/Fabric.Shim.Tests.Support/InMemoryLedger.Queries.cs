using System.Globalization;
using Fabric.Protos.Ledger.QueryResult;
using Fabric.Protos.Peer;
using Google.Protobuf;

namespace Fabric.Shim.Testing;

/// <summary>Range queries, iterators, pagination, history, metadata and chaincode-to-chaincode calls.</summary>
public sealed partial class InMemoryLedger
{
    private ByteString Range(GetStateByRange request)
    {
        var comparer = Utf8Comparer.Instance;
        var metadata = request.Metadata.IsEmpty ? null : QueryMetadata.Parser.ParseFrom(request.Metadata);
        var paginated = metadata is not null && (metadata.PageSize > 0 || metadata.Bookmark.Length > 0);
        var start = paginated && metadata!.Bookmark.Length > 0 ? metadata.Bookmark : request.StartKey;
        var keys = Collection(request.Collection)
            .Where(p => comparer.Compare(p.Key, start) >= 0 && (request.EndKey.Length == 0 || comparer.Compare(p.Key, request.EndKey) < 0))
            .Select(p => new KV { Namespace = "basic", Key = p.Key, Value = ByteString.CopyFrom(p.Value) })
            .ToList();

        if (paginated)
        {
            var page = keys.Take(metadata!.PageSize).ToList();
            var bookmark = keys.Count > page.Count ? keys[page.Count].Key : string.Empty;
            var response = new QueryResponse
            {
                HasMore = false,
                Id = NewIteratorId(),
                Metadata = new QueryResponseMetadata { FetchedRecordsCount = page.Count, Bookmark = bookmark }.ToByteString(),
            };
            response.Results.AddRange(page.Select(kv => new QueryResultBytes { ResultBytes = kv.ToByteString() }));
            return response.ToByteString();
        }

        var id = NewIteratorId();
        _iterators[id] = new Queue<KV>(keys);
        return Next(id);
    }

    private ByteString Next(string id)
    {
        if (!_iterators.TryGetValue(id, out var queue))
        {
            throw new LedgerException("query iterator not found");
        }

        var response = new QueryResponse { Id = id };
        while (queue.Count > 0 && response.Results.Count < BatchSize)
        {
            response.Results.Add(new QueryResultBytes { ResultBytes = queue.Dequeue().ToByteString() });
        }

        response.HasMore = queue.Count > 0;
        if (!response.HasMore)
        {
            // The peer drops an exhausted iterator; a later QUERY_STATE_CLOSE still succeeds.
            _iterators.Remove(id);
        }

        return response.ToByteString();
    }

    private ByteString History(string key)
    {
        var response = new QueryResponse { Id = NewIteratorId(), HasMore = false };
        if (_history.TryGetValue(key, out var list))
        {
            response.Results.AddRange(list.Select(m => new QueryResultBytes { ResultBytes = m.ToByteString() }));
        }

        return response.ToByteString();
    }

    private ByteString GetMetadata(GetStateMetadata request)
    {
        var result = new StateMetadataResult();
        if (_metadata.TryGetValue(request.Collection + "\u0000" + request.Key, out var entries))
        {
            result.Entries.AddRange(entries.OrderBy(e => e.Key, StringComparer.Ordinal)
                .Select(e => new StateMetadata { Metakey = e.Key, Value = ByteString.CopyFrom(e.Value) }));
        }

        return result.ToByteString();
    }

    private void PutMetadata(PutStateMetadata request)
    {
        var id = request.Collection + "\u0000" + request.Key;
        if (!_metadata.TryGetValue(id, out var entries))
        {
            _metadata[id] = entries = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        }

        entries[request.Metadata.Metakey] = request.Metadata.Value.ToByteArray();
    }

    private static ByteString Invoke(ChaincodeSpec spec)
    {
        var name = spec.ChaincodeId.Name;
        var inner = name.StartsWith("missing", StringComparison.Ordinal)
            ? new ChaincodeMessage { Type = ChaincodeMessage.Types.Type.Error, Payload = ByteString.CopyFromUtf8($"chaincode {name} not found") }
            : new ChaincodeMessage
            {
                Type = ChaincodeMessage.Types.Type.Completed,
                Payload = new Response
                {
                    Status = 200,
                    Payload = ByteString.CopyFromUtf8($"{name}:{string.Join(',', spec.Input.Args.Select(a => a.ToStringUtf8()))}"),
                }.ToByteString(),
            };
        return inner.ToByteString();
    }

    private string NewIteratorId() => "it" + (++_nextIterator).ToString(CultureInfo.InvariantCulture);
}
