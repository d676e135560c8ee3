using Fabric.Protos.Peer;
using Fabric.Shim.Errors;
using Google.Protobuf;
using MessageType = Fabric.Protos.Peer.ChaincodeMessage.Types.Type;

namespace Fabric.Shim.Stub;

/// <summary>Chaincode-to-chaincode calls: the RESPONSE payload is itself a serialized ChaincodeMessage.</summary>
internal sealed partial class ChaincodeStub
{
    public async Task<Response> InvokeChaincodeAsync(string chaincodeName, IEnumerable<ReadOnlyMemory<byte>> args, string channel = "")
    {
        ArgumentException.ThrowIfNullOrEmpty(chaincodeName);
        ArgumentNullException.ThrowIfNull(args);
        var input = new ChaincodeInput();
        foreach (var arg in args)
        {
            input.Args.Add(ByteString.CopyFrom(arg.Span));
        }

        var name = string.IsNullOrEmpty(channel) ? chaincodeName : $"{chaincodeName}/{channel}";
        var spec = new ChaincodeSpec { ChaincodeId = new ChaincodeID { Name = name }, Input = input };
        var payload = await _peer.RequestAsync(MessageType.InvokeChaincode, spec).ConfigureAwait(false);
        var inner = ChaincodeMessage.Parser.ParseFrom(payload);
        return inner.Type == MessageType.Completed
            ? Response.Parser.ParseFrom(inner.Payload)
            : throw new PeerRequestException(MessageType.InvokeChaincode, ChannelId, TxId, inner.Payload.ToStringUtf8());
    }
}
