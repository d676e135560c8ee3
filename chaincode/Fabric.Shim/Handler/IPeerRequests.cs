using Fabric.Protos.Peer;
using Google.Protobuf;

namespace Fabric.Shim.Handler;

/// <summary>Sends the requests of one transaction to the peer, one at a time, and returns the replies.</summary>
internal interface IPeerRequests
{
    /// <summary>The channel of the transaction.</summary>
    string ChannelId { get; }

    /// <summary>The transaction id.</summary>
    string TxId { get; }

    /// <summary>Sends a request and returns the payload of the peer's RESPONSE.</summary>
    /// <exception cref="Errors.PeerRequestException">The peer answered ERROR.</exception>
    /// <exception cref="Errors.PeerConnectionException">The stream ended before the reply.</exception>
    Task<ByteString> RequestAsync(ChaincodeMessage.Types.Type type, IMessage payload);
}
