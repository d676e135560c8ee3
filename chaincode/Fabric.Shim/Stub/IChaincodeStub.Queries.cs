using Fabric.Shim.Iterators;

namespace Fabric.Shim;

/// <summary>Range, partial composite key, rich and history queries of public state.</summary>
public partial interface IChaincodeStub
{
    /// <summary>
    /// The keys in [<paramref name="startKey"/>, <paramref name="endKey"/>) in UTF-8 byte order; an empty start
    /// begins at U+0001 (after all composite keys), an empty end means no bound.
    /// </summary>
    /// <exception cref="ArgumentException">A key starts with U+0000 (use the composite key queries).</exception>
    /// <exception cref="Errors.PeerRequestException">The peer refused the query.</exception>
    Task<StateQueryIterator> GetStateByRangeAsync(string startKey, string endKey);

    /// <summary>One page of at most <paramref name="pageSize"/> keys of a range, from <paramref name="bookmark"/> (empty for the first page).</summary>
    /// <exception cref="ArgumentException">A key starts with U+0000.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="pageSize"/> is not positive.</exception>
    /// <exception cref="Errors.PeerRequestException">The peer refused the query, e.g. in a transaction that writes.</exception>
    Task<StateQueryPage> GetStateByRangeWithPaginationAsync(string startKey, string endKey, int pageSize, string bookmark);

    /// <summary>The composite keys of <paramref name="objectType"/> whose first attributes are <paramref name="attributes"/>.</summary>
    /// <exception cref="ArgumentException">The type or an attribute contains U+0000 or U+10FFFF.</exception>
    /// <exception cref="Errors.PeerRequestException">The peer refused the query.</exception>
    Task<StateQueryIterator> GetStateByPartialCompositeKeyAsync(string objectType, params IEnumerable<string> attributes);

    /// <summary>One page of a partial composite key query.</summary>
    /// <exception cref="ArgumentException">The type or an attribute contains U+0000 or U+10FFFF.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="pageSize"/> is not positive.</exception>
    /// <exception cref="Errors.PeerRequestException">The peer refused the query.</exception>
    Task<StateQueryPage> GetStateByPartialCompositeKeyWithPaginationAsync(
        string objectType, IEnumerable<string> attributes, int pageSize, string bookmark);

    /// <summary>A rich query in the state database's language (CouchDB selector JSON), passed through unchanged.</summary>
    /// <exception cref="Errors.PeerRequestException">The peer refused it (LevelDB has no rich queries).</exception>
    Task<StateQueryIterator> GetQueryResultAsync(string query);

    /// <summary>One page of a rich query.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="pageSize"/> is not positive.</exception>
    /// <exception cref="Errors.PeerRequestException">The peer refused it.</exception>
    Task<StateQueryPage> GetQueryResultWithPaginationAsync(string query, int pageSize, string bookmark);

    /// <summary>The committed changes of <paramref name="key"/>, newest first.</summary>
    /// <exception cref="Errors.PeerRequestException">The peer refused it (for example the history database is off).</exception>
    Task<HistoryQueryIterator> GetHistoryForKeyAsync(string key);
}
