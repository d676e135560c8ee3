using Fabric.Protos.GatewayApi;
using ProtoChaincodeEventsRequest = Fabric.Protos.GatewayApi.ChaincodeEventsRequest;

namespace Fabric.Client.Events;

/// <summary>Builds the unsigned request for a chaincode's events from a position, as Fabric's clients do.</summary>
internal static class ChaincodeEventsBuilder
{
    public static SignedChaincodeEventsRequest Build(SigningContext signing, string channel, string chaincode, EventPosition position)
    {
        var request = new ProtoChaincodeEventsRequest
        {
            ChannelId = channel,
            ChaincodeId = chaincode,
            Identity = signing.Creator,
            StartPosition = position.ToSeekPosition(),
        };
        if (position.AfterTransactionId is { } transactionId)
        {
            request.AfterTransactionId = transactionId;
        }

        return new SignedChaincodeEventsRequest { Request = Google.Protobuf.MessageExtensions.ToByteString(request) };
    }
}
