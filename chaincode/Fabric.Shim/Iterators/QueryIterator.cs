using Fabric.Protos.Peer;
using Fabric.Shim.Handler;
using Google.Protobuf;
using MessageType = Fabric.Protos.Peer.ChaincodeMessage.Types.Type;

namespace Fabric.Shim.Iterators;

/// <summary>
/// The results of a query, fetched from the peer in batches: enumerating it sends QUERY_STATE_NEXT when a
/// batch runs out and the peer has more, and QUERY_STATE_CLOSE once the results are exhausted. It can be
/// enumerated once. Closing is idempotent: <see cref="CloseAsync"/> and <see cref="DisposeAsync"/> send
/// QUERY_STATE_CLOSE at most once, so use <c>await using</c> when stopping early.
/// </summary>
/// <typeparam name="T">The record type: <see cref="KeyValue"/> or <see cref="KeyModification"/>.</typeparam>
public abstract class QueryIterator<T> : IAsyncEnumerable<T>, IAsyncDisposable
{
    private readonly IPeerRequests _peer;
    private readonly QueryResponse _first;
    private bool _enumerated;
    private bool _closed;

    private protected QueryIterator(IPeerRequests peer, QueryResponse first)
    {
        _peer = peer;
        _first = first;
    }

    /// <summary>The peer's id for this iterator.</summary>
    public string Id => _first.Id;

    /// <summary>Whether QUERY_STATE_CLOSE has been sent.</summary>
    public bool IsClosed => _closed;

    /// <summary>Returns the enumerator of the results, fetching further batches as needed.</summary>
    /// <exception cref="InvalidOperationException">The iterator has already been enumerated.</exception>
    /// <exception cref="Errors.PeerRequestException">The peer refused QUERY_STATE_NEXT or QUERY_STATE_CLOSE.</exception>
    public IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        if (_enumerated)
        {
            throw new InvalidOperationException("a query iterator can be enumerated only once");
        }

        _enumerated = true;
        return EnumerateAsync(cancellationToken);
    }

    /// <summary>Reads every remaining result into a list (and so closes the iterator).</summary>
    /// <exception cref="InvalidOperationException">The iterator has already been enumerated.</exception>
    /// <exception cref="Errors.PeerRequestException">The peer refused a request.</exception>
    public async Task<IReadOnlyList<T>> ToListAsync(CancellationToken cancellationToken = default)
    {
        var results = new List<T>();
        await foreach (var item in this.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            results.Add(item);
        }

        return results;
    }

    /// <summary>Sends QUERY_STATE_CLOSE unless it has been sent already.</summary>
    /// <exception cref="Errors.PeerRequestException">The peer refused it.</exception>
    public async Task CloseAsync()
    {
        if (_closed)
        {
            return;
        }

        _closed = true;
        await _peer.RequestAsync(MessageType.QueryStateClose, new QueryStateClose { Id = Id }).ConfigureAwait(false);
    }

    /// <summary>Closes the iterator (<see cref="CloseAsync"/>).</summary>
    public async ValueTask DisposeAsync()
    {
        await CloseAsync().ConfigureAwait(false);
        GC.SuppressFinalize(this);
    }

    private protected abstract T Decode(ByteString resultBytes);

    private async IAsyncEnumerator<T> EnumerateAsync(CancellationToken cancellationToken)
    {
        var batch = _first;
        while (true)
        {
            foreach (var result in batch.Results)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return Decode(result.ResultBytes);
            }

            if (!batch.HasMore || _closed)
            {
                break;
            }

            var payload = await _peer.RequestAsync(MessageType.QueryStateNext, new QueryStateNext { Id = batch.Id }).ConfigureAwait(false);
            batch = QueryResponse.Parser.ParseFrom(payload);
        }

        await CloseAsync().ConfigureAwait(false);
    }
}
