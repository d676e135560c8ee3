using System.Runtime.CompilerServices;
using Fabric.Client.Errors;
using Fabric.Client.Events;
using Fabric.Protos.Common;
using BlockAndPrivateData = Fabric.Protos.Peer.BlockAndPrivateData;
using FilteredBlock = Fabric.Protos.Peer.FilteredBlock;

namespace Fabric.Client;

/// <summary>The channel's event streams.</summary>
public sealed partial class Network
{
    /// <summary>Builds a request for <paramref name="chaincodeName"/>'s events from the start in <paramref name="options"/>.</summary>
    public ChaincodeEventsRequest NewChaincodeEventsRequest(string chaincodeName, EventsOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(chaincodeName);
        var position = EventPosition.From(options ?? new EventsOptions());
        return new ChaincodeEventsRequest(Rpc, _signing, ChaincodeEventsBuilder.Build(_signing, Name, chaincodeName, position));
    }

    /// <summary>
    /// Streams <paramref name="chaincodeName"/>'s events (of VALID transactions, in commit order) until
    /// cancelled, reconnecting after transient failures just after the last block delivered.
    /// </summary>
    /// <exception cref="GatewayException">The stream failed for good (not transient, or too many reconnections).</exception>
    public IAsyncEnumerable<ChaincodeEvent> GetChaincodeEventsAsync(
        string chaincodeName, EventsOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(chaincodeName);
        options ??= new EventsOptions();
        var responses = ResumableStream.ReadAsync(
            (position, token) => new ChaincodeEventsRequest(Rpc, _signing, ChaincodeEventsBuilder.Build(_signing, Name, chaincodeName, position))
                .ReadResponsesAsync(token),
            response => response.BlockNumber,
            EventPosition.From(options),
            options,
            cancellationToken);
        return FlattenAsync(responses, cancellationToken);
    }

    /// <summary>Builds a request for full blocks from the start in <paramref name="options"/>.</summary>
    public BlockEventsRequest NewBlockEventsRequest(EventsOptions? options = null) =>
        new(Rpc, _signing, DeliverRequestBuilder.Build(_signing, Name, EventPosition.From(options ?? new EventsOptions()), Rpc.Options));

    /// <summary>Builds a request for filtered blocks (transaction ids, validation codes, events) from the start in <paramref name="options"/>.</summary>
    public FilteredBlockEventsRequest NewFilteredBlockEventsRequest(EventsOptions? options = null) =>
        new(Rpc, _signing, DeliverRequestBuilder.Build(_signing, Name, EventPosition.From(options ?? new EventsOptions()), Rpc.Options));

    /// <summary>Builds a request for blocks with the private data this identity's organization may see, from the start in <paramref name="options"/>.</summary>
    public BlockAndPrivateDataEventsRequest NewBlockAndPrivateDataEventsRequest(EventsOptions? options = null) =>
        new(Rpc, _signing, DeliverRequestBuilder.Build(_signing, Name, EventPosition.From(options ?? new EventsOptions()), Rpc.Options));

    /// <summary>
    /// Streams the channel's blocks with private data through DeliverWithPrivateData until cancelled, reconnecting
    /// after transient failures. Ask the peer of your own organization: a peer holds only its members' private data.
    /// </summary>
    /// <exception cref="GatewayException">The stream failed for good, or Deliver answered with a non-success status.</exception>
    public IAsyncEnumerable<BlockAndPrivateData> GetBlockAndPrivateDataEventsAsync(EventsOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new EventsOptions();
        return ResumableStream.ReadAsync(
            (position, token) => new BlockAndPrivateDataEventsRequest(Rpc, _signing, DeliverRequestBuilder.Build(_signing, Name, position, Rpc.Options))
                .GetEventsAsync(token),
            block => block.Block.Header.Number,
            EventPosition.From(options),
            options,
            cancellationToken);
    }

    /// <summary>Streams the channel's blocks through Deliver until cancelled, reconnecting after transient failures.</summary>
    /// <exception cref="GatewayException">The stream failed for good, or Deliver answered with a non-success status.</exception>
    public IAsyncEnumerable<Block> GetBlockEventsAsync(EventsOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new EventsOptions();
        return ResumableStream.ReadAsync(
            (position, token) => new BlockEventsRequest(Rpc, _signing, DeliverRequestBuilder.Build(_signing, Name, position, Rpc.Options)).GetEventsAsync(token),
            block => block.Header.Number,
            EventPosition.From(options),
            options,
            cancellationToken);
    }

    /// <summary>Streams the channel's filtered blocks through DeliverFiltered until cancelled, reconnecting after transient failures.</summary>
    /// <exception cref="GatewayException">The stream failed for good, or Deliver answered with a non-success status.</exception>
    public IAsyncEnumerable<FilteredBlock> GetFilteredBlockEventsAsync(EventsOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new EventsOptions();
        return ResumableStream.ReadAsync(
            (position, token) => new FilteredBlockEventsRequest(Rpc, _signing, DeliverRequestBuilder.Build(_signing, Name, position, Rpc.Options)).GetEventsAsync(token),
            block => block.Number,
            EventPosition.From(options),
            options,
            cancellationToken);
    }

    private static async IAsyncEnumerable<ChaincodeEvent> FlattenAsync(
        IAsyncEnumerable<Protos.GatewayApi.ChaincodeEventsResponse> responses, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var response in responses.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            foreach (var chaincodeEvent in ChaincodeEventsRequest.Flatten(response))
            {
                yield return chaincodeEvent;
            }
        }
    }
}
