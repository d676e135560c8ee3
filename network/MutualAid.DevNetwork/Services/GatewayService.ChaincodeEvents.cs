using Fabric.Protos.GatewayApi;
using Fabric.Protos.Orderer;
using Google.Protobuf;
using Grpc.Core;
using MutualAid.DevNetwork.Events;

namespace MutualAid.DevNetwork.Services;

/// <summary>
/// ChaincodeEvents: one response per block that has events of the chaincode from VALID transactions,
/// from the requested start (a block, the block of a transaction to resume after, or the next commit),
/// forever.
/// </summary>
public sealed partial class GatewayService
{
    /// <inheritdoc />
    public override async Task ChaincodeEvents(
        SignedChaincodeEventsRequest request, IServerStreamWriter<ChaincodeEventsResponse> responseStream, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(responseStream);
        ArgumentNullException.ThrowIfNull(context);
        ChaincodeEventsRequest inner;
        try
        {
            inner = ChaincodeEventsRequest.Parser.ParseFrom(request.Request);
        }
        catch (InvalidProtocolBufferException error)
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, $"invalid chaincode events request: {error.Message}"));
        }

        if (string.IsNullOrEmpty(inner.ChaincodeId))
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, "a chaincode id is required"));
        }

        var channel = AuthorizeReader(inner.ChannelId, inner.Identity, request.Request, request.Signature);
        var ledger = channel.Ledger;
        string? skipThrough = null;
        ulong next;
        if (inner.AfterTransactionId.Length > 0 && ledger.Transactions.TryGet(inner.AfterTransactionId, out var after))
        {
            // Resume in the block of the last transaction seen, after that transaction.
            next = after.BlockNumber;
            skipThrough = inner.AfterTransactionId;
        }
        else
        {
            next = inner.StartPosition?.TypeCase switch
            {
                null or SeekPosition.TypeOneofCase.None or SeekPosition.TypeOneofCase.NextCommit => ledger.Height,
                SeekPosition.TypeOneofCase.Specified => inner.StartPosition.Specified.Number,
                _ => throw new RpcException(new Status(StatusCode.InvalidArgument, $"invalid start position type: {inner.StartPosition.TypeCase}")),
            };
        }

        var resumeBlock = next;
        while (!context.CancellationToken.IsCancellationRequested)
        {
            await ledger.WaitForHeightAboveAsync(next, context.CancellationToken).ConfigureAwait(false);
            var block = ledger.GetBlock(next);
            var events = BlockEvents.ChaincodeEvents(block, inner.ChaincodeId, next == resumeBlock ? skipThrough : null);
            if (events.Count > 0)
            {
                var response = new ChaincodeEventsResponse { BlockNumber = next };
                response.Events.AddRange(events);
                await responseStream.WriteAsync(response, context.CancellationToken).ConfigureAwait(false);
            }

            next++;
        }
    }
}
