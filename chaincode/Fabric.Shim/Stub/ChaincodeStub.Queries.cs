using Fabric.Protos.Peer;
using Fabric.Shim.Iterators;
using Fabric.Shim.Keys;
using Google.Protobuf;
using MessageType = Fabric.Protos.Peer.ChaincodeMessage.Types.Type;

namespace Fabric.Shim.Stub;

/// <summary>Range, partial composite key, rich and history queries, with and without pagination.</summary>
internal sealed partial class ChaincodeStub
{
    public async Task<StateQueryIterator> GetStateByRangeAsync(string startKey, string endKey) =>
        new(_peer, await RangeAsync(string.Empty, SimpleStart(startKey, endKey), endKey, null).ConfigureAwait(false));

    public Task<StateQueryPage> GetStateByRangeWithPaginationAsync(string startKey, string endKey, int pageSize, string bookmark) =>
        PageAsync(RangeAsync(string.Empty, SimpleStart(startKey, endKey), endKey, Pagination(pageSize, bookmark)));

    public async Task<StateQueryIterator> GetStateByPartialCompositeKeyAsync(string objectType, params IEnumerable<string> attributes)
    {
        var (start, end) = CompositeKey.PartialKeyRange(objectType, attributes);
        return new StateQueryIterator(_peer, await RangeAsync(string.Empty, start, end, null).ConfigureAwait(false));
    }

    public Task<StateQueryPage> GetStateByPartialCompositeKeyWithPaginationAsync(
        string objectType, IEnumerable<string> attributes, int pageSize, string bookmark)
    {
        var (start, end) = CompositeKey.PartialKeyRange(objectType, attributes);
        return PageAsync(RangeAsync(string.Empty, start, end, Pagination(pageSize, bookmark)));
    }

    public async Task<StateQueryIterator> GetQueryResultAsync(string query) =>
        new(_peer, await QueryAsync(string.Empty, query, null).ConfigureAwait(false));

    public Task<StateQueryPage> GetQueryResultWithPaginationAsync(string query, int pageSize, string bookmark) =>
        PageAsync(QueryAsync(string.Empty, query, Pagination(pageSize, bookmark)));

    public async Task<HistoryQueryIterator> GetHistoryForKeyAsync(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var payload = await _peer.RequestAsync(MessageType.GetHistoryForKey, new GetHistoryForKey { Key = key }).ConfigureAwait(false);
        return new HistoryQueryIterator(_peer, QueryResponse.Parser.ParseFrom(payload));
    }

    private static string SimpleStart(string startKey, string endKey)
    {
        ArgumentNullException.ThrowIfNull(startKey);
        ArgumentNullException.ThrowIfNull(endKey);
        CompositeKey.ValidateSimpleKeys(startKey, endKey);
        return startKey.Length == 0 ? CompositeKey.EmptyKeySubstitute : startKey;
    }

    private static QueryMetadata Pagination(int pageSize, string bookmark)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pageSize);
        return new QueryMetadata { PageSize = pageSize, Bookmark = bookmark ?? string.Empty };
    }

    private async Task<QueryResponse> RangeAsync(string collection, string startKey, string endKey, QueryMetadata? metadata)
    {
        var request = new GetStateByRange
        {
            StartKey = startKey,
            EndKey = endKey,
            Collection = collection,
            Metadata = metadata?.ToByteString() ?? ByteString.Empty,
        };
        var payload = await _peer.RequestAsync(MessageType.GetStateByRange, request).ConfigureAwait(false);
        return QueryResponse.Parser.ParseFrom(payload);
    }

    private async Task<QueryResponse> QueryAsync(string collection, string query, QueryMetadata? metadata)
    {
        ArgumentNullException.ThrowIfNull(query);
        var request = new GetQueryResult
        {
            Query = query,
            Collection = collection,
            Metadata = metadata?.ToByteString() ?? ByteString.Empty,
        };
        var payload = await _peer.RequestAsync(MessageType.GetQueryResult, request).ConfigureAwait(false);
        return QueryResponse.Parser.ParseFrom(payload);
    }

    private async Task<StateQueryPage> PageAsync(Task<QueryResponse> query)
    {
        var response = await query.ConfigureAwait(false);
        var metadata = response.Metadata.IsEmpty
            ? new Protos.Peer.QueryResponseMetadata()
            : Protos.Peer.QueryResponseMetadata.Parser.ParseFrom(response.Metadata);
        return new StateQueryPage(
            new StateQueryIterator(_peer, response),
            new QueryPageMetadata(metadata.FetchedRecordsCount, metadata.Bookmark));
    }
}
