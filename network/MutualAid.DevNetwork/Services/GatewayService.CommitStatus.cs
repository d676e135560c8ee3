using Fabric.Protos.GatewayApi;
using Google.Protobuf;
using Grpc.Core;

namespace MutualAid.DevNetwork.Services;

/// <summary>CommitStatus: the transaction's validation code and block, waiting until it commits.</summary>
public sealed partial class GatewayService
{
    /// <inheritdoc />
    public override async Task<CommitStatusResponse> CommitStatus(SignedCommitStatusRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        CommitStatusRequest inner;
        try
        {
            inner = CommitStatusRequest.Parser.ParseFrom(request.Request);
        }
        catch (InvalidProtocolBufferException error)
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, $"invalid commit status request: {error.Message}"));
        }

        if (string.IsNullOrEmpty(inner.TransactionId))
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, "a transaction id is required"));
        }

        var channel = AuthorizeReader(inner.ChannelId, inner.Identity, request.Request, request.Signature);
        var location = await channel.Ledger.Transactions.WaitAsync(inner.TransactionId, context.CancellationToken).ConfigureAwait(false);
        return new CommitStatusResponse { Result = location.Code, BlockNumber = location.BlockNumber };
    }
}
