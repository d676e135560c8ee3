using Fabric.Protos.Peer;
using Google.Protobuf;
using Grpc.Core;
using MessageType = Fabric.Protos.Peer.ChaincodeMessage.Types.Type;

namespace MutualAid.DevNetwork.Chaincode;

/// <summary>
/// The read loop: replies end their transaction; requests are served off the loop, each answered on the stream, and
/// anything for an unknown transaction is refused.
/// </summary>
public sealed partial class ChaincodeConnection
{
    private async Task ReadLoopAsync()
    {
        try
        {
            await foreach (var message in _call.ResponseStream.ReadAllAsync(_stop.Token).ConfigureAwait(false))
            {
                Dispatch(message);
            }
        }
        catch (Exception error) when (error is RpcException or OperationCanceledException or IOException)
        {
            // Falls through: every transaction still waiting learns that the stream is gone.
        }
        finally
        {
            foreach (var pending in _pending.Values)
            {
                pending.Result.TrySetException(new ChaincodeExecutionException("chaincode stream terminated"));
            }
        }
    }

    private void Dispatch(ChaincodeMessage message)
    {
        if (message.Type == MessageType.Keepalive)
        {
            return;
        }

        if (!_pending.TryGetValue((message.ChannelId, message.Txid), out var pending))
        {
            if (message.Type is not (MessageType.Completed or MessageType.Error))
            {
                _ = WriteAsync(new ChaincodeMessage
                {
                    Type = MessageType.Error,
                    Payload = ByteString.CopyFromUtf8($"{message.Type} failed: transaction ID: {message.Txid}: no transaction context"),
                    Txid = message.Txid,
                    ChannelId = message.ChannelId,
                });
            }

            return;
        }

        if (message.Type is MessageType.Completed or MessageType.Error)
        {
            pending.Result.TrySetResult(message);
            return;
        }

        // Requests run off the read loop: a chaincode-to-chaincode call waits on this same stream.
        _ = Task.Run(async () =>
        {
            ChaincodeMessage reply;
            try
            {
                reply = await StateRequestHandler.HandleAsync(message, pending.Context).ConfigureAwait(false);
            }
#pragma warning disable CA1031 // Any fault must still answer the chaincode, or its transaction would hang.
            catch (Exception error)
#pragma warning restore CA1031
            {
                reply = new ChaincodeMessage
                {
                    Type = MessageType.Error,
                    Payload = ByteString.CopyFromUtf8($"{message.Type} failed: transaction ID: {message.Txid}: {error.Message}"),
                    Txid = message.Txid,
                    ChannelId = message.ChannelId,
                };
            }

            try
            {
                await WriteAsync(reply).ConfigureAwait(false);
            }
            catch (Exception error) when (error is RpcException or IOException or InvalidOperationException or OperationCanceledException or ObjectDisposedException)
            {
                // The stream is gone; the transaction learns it from the read loop.
            }
        });
    }
}
