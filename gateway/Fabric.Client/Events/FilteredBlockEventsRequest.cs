using Fabric.Client.Errors;
using Fabric.Client.Protocol;
using Fabric.Protos.Common;
using Fabric.Protos.Peer;

namespace Fabric.Client.Events;

/// <summary>A signed request for filtered blocks through <c>protos.Deliver/DeliverFiltered</c>.</summary>
public sealed class FilteredBlockEventsRequest : DeliverEventsRequest<FilteredBlock>
{
    internal FilteredBlockEventsRequest(GatewayRpc rpc, SigningContext signing, Envelope envelope)
        : base(rpc, signing, envelope)
    {
    }

    private protected override DeliverKind Kind => DeliverKind.Filtered;

    private protected override Stage Stage => Stage.FilteredBlockEvents;

    private protected override FilteredBlock? Extract(DeliverResponse response) => response.FilteredBlock;
}
