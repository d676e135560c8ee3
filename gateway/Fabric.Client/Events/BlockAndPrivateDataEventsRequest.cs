using Fabric.Client.Errors;
using Fabric.Client.Protocol;
using Fabric.Protos.Common;
using Fabric.Protos.Peer;

namespace Fabric.Client.Events;

/// <summary>
/// A signed request for blocks with private data through <c>protos.Deliver/DeliverWithPrivateData</c>: each block
/// comes with the private write sets of its transactions, keyed by transaction index, for the collections the
/// requester's organization belongs to and the peer still holds.
/// </summary>
public sealed class BlockAndPrivateDataEventsRequest : DeliverEventsRequest<BlockAndPrivateData>
{
    internal BlockAndPrivateDataEventsRequest(GatewayRpc rpc, SigningContext signing, Envelope envelope)
        : base(rpc, signing, envelope)
    {
    }

    private protected override DeliverKind Kind => DeliverKind.WithPrivateData;

    private protected override Stage Stage => Stage.BlockAndPrivateDataEvents;

    private protected override BlockAndPrivateData? Extract(DeliverResponse response) => response.BlockAndPrivateData;
}
