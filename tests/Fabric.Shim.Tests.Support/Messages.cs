using Fabric.Protos.Peer;
using Google.Protobuf;
using MessageType = Fabric.Protos.Peer.ChaincodeMessage.Types.Type;

namespace Fabric.Shim.Testing;

/// <summary>Builds the messages a peer sends on the chaincode stream.</summary>
public static class Messages
{
    /// <summary>A TRANSACTION (or INIT) with the given arguments and signed proposal.</summary>
    public static ChaincodeMessage Transaction(
        string channelId, string txId, SignedProposal? proposal, IEnumerable<string> args, MessageType type = MessageType.Transaction)
    {
        var input = new ChaincodeInput();
        input.Args.AddRange(args.Select(ByteString.CopyFromUtf8));
        return new ChaincodeMessage
        {
            Type = type,
            ChannelId = channelId,
            Txid = txId,
            Payload = input.ToByteString(),
            Proposal = proposal,
        };
    }

    /// <summary>A reply of <paramref name="type"/> to <paramref name="request"/>, echoing its channel and transaction ids.</summary>
    public static ChaincodeMessage Reply(ChaincodeMessage request, MessageType type, ByteString payload)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new ChaincodeMessage { Type = type, Txid = request.Txid, ChannelId = request.ChannelId, Payload = payload };
    }

    /// <summary>Decodes the Response of a COMPLETED message.</summary>
    /// <exception cref="InvalidOperationException">The message is not COMPLETED.</exception>
    public static Response ResponseOf(ChaincodeMessage completed)
    {
        ArgumentNullException.ThrowIfNull(completed);
        return completed.Type == MessageType.Completed
            ? Response.Parser.ParseFrom(completed.Payload)
            : throw new InvalidOperationException($"expected COMPLETED but got {completed.Type}: {completed.Payload.ToStringUtf8()}");
    }
}
