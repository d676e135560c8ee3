using Fabric.Client.Events;
using Fabric.Protos.Common;
using SignedChaincodeEventsRequest = Fabric.Protos.GatewayApi.SignedChaincodeEventsRequest;
using Google.Protobuf;

namespace Fabric.Client;

/// <summary>Offline-signed event requests.</summary>
public sealed partial class Gateway
{
    /// <summary>Rebuilds a chaincode events request from <see cref="ChaincodeEventsRequest.Bytes"/> with an offline signature.</summary>
    /// <exception cref="FormatException">The bytes are not a chaincode events request.</exception>
    public ChaincodeEventsRequest NewSignedChaincodeEventsRequest(byte[] bytes, byte[] signature)
    {
        var request = new ChaincodeEventsRequest(_rpc, _signing, Parse(SignedChaincodeEventsRequest.Parser, bytes, "chaincode events request"));
        request.SetSignature(ByteString.CopyFrom(signature));
        return request;
    }

    /// <summary>Rebuilds a block events request from its <c>Bytes</c> with an offline signature.</summary>
    /// <exception cref="FormatException">The bytes are not an envelope.</exception>
    public BlockEventsRequest NewSignedBlockEventsRequest(byte[] bytes, byte[] signature)
    {
        var request = new BlockEventsRequest(_rpc, _signing, Parse(Envelope.Parser, bytes, "block events request"));
        request.SetSignature(ByteString.CopyFrom(signature));
        return request;
    }

    /// <summary>Rebuilds a block-and-private-data events request from its <c>Bytes</c> with an offline signature.</summary>
    /// <exception cref="FormatException">The bytes are not an envelope.</exception>
    public BlockAndPrivateDataEventsRequest NewSignedBlockAndPrivateDataEventsRequest(byte[] bytes, byte[] signature)
    {
        var request = new BlockAndPrivateDataEventsRequest(_rpc, _signing, Parse(Envelope.Parser, bytes, "block and private data events request"));
        request.SetSignature(ByteString.CopyFrom(signature));
        return request;
    }

    /// <summary>Rebuilds a filtered block events request from its <c>Bytes</c> with an offline signature.</summary>
    /// <exception cref="FormatException">The bytes are not an envelope.</exception>
    public FilteredBlockEventsRequest NewSignedFilteredBlockEventsRequest(byte[] bytes, byte[] signature)
    {
        var request = new FilteredBlockEventsRequest(_rpc, _signing, Parse(Envelope.Parser, bytes, "filtered block events request"));
        request.SetSignature(ByteString.CopyFrom(signature));
        return request;
    }
}
