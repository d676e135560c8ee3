using Fabric.Protos.Peer;
using Google.Protobuf;
using Grpc.Core;
using MessageType = Fabric.Protos.Peer.ChaincodeMessage.Types.Type;

namespace MutualAid.DevNetwork.Chaincode;

/// <summary>Dialling the chaincode: it speaks first, with REGISTER, although the peer opened the stream.</summary>
public sealed partial class ChaincodeConnection
{
    /// <summary>Dials the chaincode and completes the REGISTER / REGISTERED / READY handshake.</summary>
    /// <param name="endpoint">Where the chaincode listens.</param>
    /// <param name="acceptId">Whether the id the chaincode registers with is the one expected.</param>
    /// <param name="cancellationToken">Cancels the attempt.</param>
    /// <exception cref="ChaincodeConnectionException">Unreachable, no REGISTER in time, or an unexpected id.</exception>
    public static async Task<ChaincodeConnection> ConnectAsync(
        ChaincodeEndpoint endpoint, Func<string, bool> acceptId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(acceptId);
        var channel = ChaincodeChannelFactory.Create(endpoint);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(endpoint.DialTimeout);
        AsyncDuplexStreamingCall<ChaincodeMessage, ChaincodeMessage>? call = null;
        try
        {
            call = new Fabric.Protos.Peer.Chaincode.ChaincodeClient(channel).Connect(cancellationToken: CancellationToken.None);

            // The chaincode speaks first, although the peer opened the stream.
            if (!await call.ResponseStream.MoveNext(timeout.Token).ConfigureAwait(false))
            {
                throw new ChaincodeConnectionException(endpoint.Address, "the chaincode closed the stream before registering");
            }

            var register = call.ResponseStream.Current;
            if (register.Type != MessageType.Register)
            {
                throw new ChaincodeConnectionException(endpoint.Address, $"expected REGISTER, received {register.Type}");
            }

            var id = ChaincodeID.Parser.ParseFrom(register.Payload).Name;
            if (string.IsNullOrEmpty(id) || !acceptId(id))
            {
                throw new ChaincodeConnectionException(endpoint.Address, $"chaincode registered as '{id}', which is not expected here");
            }

            await call.RequestStream.WriteAsync(new ChaincodeMessage { Type = MessageType.Registered }, timeout.Token).ConfigureAwait(false);
            await call.RequestStream.WriteAsync(new ChaincodeMessage { Type = MessageType.Ready }, timeout.Token).ConfigureAwait(false);
            var connection = new ChaincodeConnection(channel, call, id);
            connection._reader = connection.ReadLoopAsync();
            return connection;
        }
        catch (Exception error) when (error is RpcException or OperationCanceledException or InvalidProtocolBufferException or IOException)
        {
            call?.Dispose();
            channel.Dispose();
            var reason = error is OperationCanceledException ? "no REGISTER within the dial timeout" : error.Message;
            throw new ChaincodeConnectionException(endpoint.Address, reason, error);
        }
        catch
        {
            call?.Dispose();
            channel.Dispose();
            throw;
        }
    }
}
