using Fabric.Protos.Peer;
using Fabric.Shim.Logging;
using Fabric.Shim.Stub;
using Google.Protobuf;
using MessageType = Fabric.Protos.Peer.ChaincodeMessage.Types.Type;

namespace Fabric.Shim.Handler;

/// <summary>Runs INIT and TRANSACTION messages: each on its own task, answered with COMPLETED or ERROR.</summary>
internal sealed partial class ChaincodeStreamHandler
{
    private void StartTransaction(ChaincodeMessage message)
    {
        var key = new TransactionKey(message.ChannelId, message.Txid);
        if (_draining)
        {
            ShimLog.RefusedWhileStopping(_logger, key.ChannelId, key.TxId);
            SendError(key, $"[{key.TxId}] the chaincode is shutting down");
            return;
        }

        var context = new TransactionContext(key, _writer);
        if (!_transactions.TryAdd(context))
        {
            ShimLog.DuplicateTransaction(_logger, key.ChannelId, key.TxId);
            SendError(key, $"[{key.TxId}] a transaction with this id is already running on channel {key.ChannelId}");
            return;
        }

        _ = Task.Run(() => ExecuteAsync(message, context));
    }

    private async Task ExecuteAsync(ChaincodeMessage message, TransactionContext context)
    {
        var key = context.Key;
        ChaincodeMessage reply;
        try
        {
            var input = ChaincodeInput.Parser.ParseFrom(message.Payload);
            var proposal = SignedProposalInfo.Decode(message.Proposal);
            var stub = new ChaincodeStub(context, input, proposal, _options.LocalMspId);
            var response = message.Type == MessageType.Init
                ? await _chaincode.InitAsync(stub).ConfigureAwait(false)
                : await _chaincode.InvokeAsync(stub).ConfigureAwait(false);
            if (response is null)
            {
                throw new InvalidOperationException("the chaincode returned no response");
            }

            if (response.Status >= ChaincodeResponses.ErrorThreshold)
            {
                ShimLog.TransactionError(_logger, key.ChannelId, key.TxId, stub.FunctionName, response.Status, response.Message);
            }

            reply = new ChaincodeMessage
            {
                Type = MessageType.Completed,
                Payload = response.ToByteString(),
                Txid = key.TxId,
                ChannelId = key.ChannelId,
                ChaincodeEvent = stub.Event,
            };
        }
#pragma warning disable CA1031 // Any failure of a transaction, whatever its type, is answered with ERROR; it must never crash the stream.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            ShimLog.TransactionFailed(_logger, key.ChannelId, key.TxId, ex.Message, ex);
            reply = new ChaincodeMessage
            {
                Type = MessageType.Error,
                Payload = ByteString.CopyFromUtf8(ex.Message),
                Txid = key.TxId,
                ChannelId = key.ChannelId,
            };
        }
        finally
        {
            // Removed before the reply goes out, so the peer may reuse the id as soon as it reads the reply.
            _transactions.Remove(key);
        }

        _writer.Send(reply);
        FinishDrainIfIdle();
    }
}
