using Fabric.Protos.GatewayApi;
using Grpc.Core;

namespace MutualAid.DevNetwork.Services;

/// <summary>Submit: hand a signed transaction to the channel's orderer. Success means "accepted for ordering".</summary>
public sealed partial class GatewayService
{
    /// <inheritdoc />
    public override Task<SubmitResponse> Submit(SubmitRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        var envelope = request.PreparedTransaction;
        if (envelope is null || envelope.Payload.IsEmpty)
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, "a prepared transaction is required"));
        }

        if (envelope.Signature.IsEmpty)
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, "prepared transaction must be signed"));
        }

        var channelId = request.ChannelId;
        if (network.FindChannel(channelId) is null)
        {
            throw new RpcException(new Status(StatusCode.NotFound, $"channel {channelId} not found"));
        }

        var result = network.Ordering(channelId).Broadcast(envelope);
        if (result.Status != Fabric.Protos.Common.Status.Success)
        {
            var message = $"received unsuccessful response from orderer: status={StatusName(result.Status)}, info={result.Info}";
            throw GatewayErrors.Create(StatusCode.Aborted, message, GatewayErrors.Detail(OrdererAddress, "OrdererMSP", message));
        }

        return Task.FromResult(new SubmitResponse());
    }

    private string OrdererAddress => peer.Address;

    /// <summary>Fabric's upper-case name of a common.Status, e.g. FORBIDDEN.</summary>
    private static string StatusName(Fabric.Protos.Common.Status status) => status switch
    {
        Fabric.Protos.Common.Status.BadRequest => "BAD_REQUEST",
        Fabric.Protos.Common.Status.Forbidden => "FORBIDDEN",
        Fabric.Protos.Common.Status.NotFound => "NOT_FOUND",
        Fabric.Protos.Common.Status.RequestEntityTooLarge => "REQUEST_ENTITY_TOO_LARGE",
        Fabric.Protos.Common.Status.ServiceUnavailable => "SERVICE_UNAVAILABLE",
        _ => status.ToString().ToUpperInvariant(),
    };
}
