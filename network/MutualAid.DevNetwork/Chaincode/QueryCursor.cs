using Fabric.Protos.Peer;
using Google.Protobuf;

namespace MutualAid.DevNetwork.Chaincode;

/// <summary>
/// One open query of a transaction, cut into <see cref="QueryResponse"/> batches the way Fabric's
/// peer does: up to 100 results per batch, pulling one result ahead so has_more is only true when
/// another result exists; for a paginated query, one page with the fetched count and a bookmark
/// (the key of the next result not returned).
/// </summary>
internal sealed class QueryCursor(string id, Func<(string Key, ByteString Result)?> next, int? pageSize)
{
    /// <summary>Results per batch between peer and chaincode (Fabric's MaxResultLimit).</summary>
    public const int BatchSize = 100;

    /// <summary>Results one query may return in total (Fabric's totalQueryLimit).</summary>
    public const int TotalLimit = 100_000;

    private readonly List<QueryResultBytes> _pending = [];
    private int _returned;

    public string Id { get; } = id;

    public bool IsPaginated => pageSize is not null;

    /// <summary>The next batch; when it says has_more = false the cursor is finished.</summary>
    public QueryResponse NextBatch()
    {
        var limit = pageSize ?? TotalLimit;
        while (true)
        {
            if (_returned >= limit)
            {
                return Finish();
            }

            var result = next();
            if (result is null)
            {
                return Finish();
            }

            if (!IsPaginated && _pending.Count == BatchSize)
            {
                var batch = new QueryResponse { HasMore = true, Id = Id };
                batch.Results.AddRange(_pending);
                _pending.Clear();
                _pending.Add(new QueryResultBytes { ResultBytes = result.Value.Result });
                _returned++;
                return batch;
            }

            _pending.Add(new QueryResultBytes { ResultBytes = result.Value.Result });
            _returned++;
        }
    }

    private QueryResponse Finish()
    {
        var response = new QueryResponse { HasMore = false, Id = Id };
        response.Results.AddRange(_pending);
        _pending.Clear();
        if (IsPaginated)
        {
            // The bookmark is where the next page starts: the first key not returned.
            var bookmark = next()?.Key ?? string.Empty;
            response.Metadata = new QueryResponseMetadata { FetchedRecordsCount = _returned, Bookmark = bookmark }.ToByteString();
        }

        return response;
    }
}
