using Fabric.Client.Errors;
using Fabric.Client.Protocol;
using Fabric.Protos.Common;
using Fabric.Protos.Peer;

namespace Fabric.Client.Events;

/// <summary>A signed request for full blocks through <c>protos.Deliver/Deliver</c>.</summary>
public sealed class BlockEventsRequest : DeliverEventsRequest<Block>
{
    internal BlockEventsRequest(GatewayRpc rpc, SigningContext signing, Envelope envelope)
        : base(rpc, signing, envelope)
    {
    }

    private protected override DeliverKind Kind => DeliverKind.Block;

    private protected override Stage Stage => Stage.BlockEvents;

    private protected override Block? Extract(DeliverResponse response) => response.Block;
}
