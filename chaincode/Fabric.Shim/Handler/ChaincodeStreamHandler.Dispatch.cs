using System.Text;
using Fabric.Protos.Peer;
using Fabric.Shim.Logging;
using Google.Protobuf;
using MessageType = Fabric.Protos.Peer.ChaincodeMessage.Types.Type;

namespace Fabric.Shim.Handler;

/// <summary>Per-state handling of the messages the peer sends.</summary>
internal sealed partial class ChaincodeStreamHandler
{
    private void Dispatch(ChaincodeMessage message)
    {
        if (message.Type == MessageType.Keepalive)
        {
            ShimLog.KeepAlive(_logger);
            _writer.Send(message);
            return;
        }

        switch (_state)
        {
            case HandlerState.Created when message.Type == MessageType.Registered:
                _state = HandlerState.Established;
                ShimLog.StateChanged(_logger, nameof(HandlerState.Established));
                return;
            case HandlerState.Established when message.Type == MessageType.Ready:
                // READY may carry ChaincodeAdditionalParams (Fabric 3); write batching is not used, so it is ignored.
                _state = HandlerState.Ready;
                ShimLog.StateChanged(_logger, nameof(HandlerState.Ready));
                return;
            case HandlerState.Ready:
                DispatchReady(message);
                return;
            default:
                Refuse(message);
                return;
        }
    }

    private void DispatchReady(ChaincodeMessage message)
    {
        switch (message.Type)
        {
            case MessageType.Transaction:
            case MessageType.Init:
                StartTransaction(message);
                break;
            case MessageType.Response:
            case MessageType.Error:
                var key = new TransactionKey(message.ChannelId, message.Txid);
                if (!_transactions.TryGet(key, out var context) || !context!.TryComplete(message))
                {
                    ShimLog.OrphanReply(_logger, message.ChannelId, message.Txid, message.Type);
                }

                break;
            default:
                Refuse(message);
                break;
        }
    }

    /// <summary>Answers a message the current state does not accept with ERROR, echoing its ids.</summary>
    private void Refuse(ChaincodeMessage message)
    {
        var state = _state.ToString();
        ShimLog.UnexpectedMessage(_logger, message.ChannelId, message.Txid, message.Type, state);
        SendError(
            new TransactionKey(message.ChannelId, message.Txid),
            $"[{message.Txid}] chaincode handler cannot handle message ({MessageNames.Of(message.Type)}) in state {state.ToLowerInvariant()}");
    }

    private void SendError(TransactionKey key, string text) =>
        _writer.Send(new ChaincodeMessage
        {
            Type = MessageType.Error,
            Payload = ByteString.CopyFrom(text, Encoding.UTF8),
            Txid = key.TxId,
            ChannelId = key.ChannelId,
        });
}
