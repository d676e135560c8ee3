using Fabric.Protos.Peer;

namespace Fabric.Shim.Errors;

/// <summary>
/// The peer answered ERROR to a request the chaincode made (GET_STATE, PUT_STATE, a query...). The message
/// is the peer's text, e.g. <c>GET_STATE failed: transaction ID: ...: ...</c>. Not transient: the same
/// request in the same transaction fails again.
/// </summary>
public sealed class PeerRequestException : Exception
{
    /// <summary>Creates the exception for a request of <paramref name="requestType"/> in one transaction.</summary>
    public PeerRequestException(ChaincodeMessage.Types.Type requestType, string channelId, string txId, string message)
        : base(message)
    {
        RequestType = requestType;
        ChannelId = channelId;
        TxId = txId;
    }

    /// <summary>The type of the request the peer refused.</summary>
    public ChaincodeMessage.Types.Type RequestType { get; }

    /// <summary>The channel of the transaction.</summary>
    public string ChannelId { get; }

    /// <summary>The transaction id.</summary>
    public string TxId { get; }
}
