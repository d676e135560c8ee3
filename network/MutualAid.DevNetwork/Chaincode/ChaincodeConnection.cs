using System.Collections.Concurrent;
using Fabric.Protos.Peer;
using Google.Protobuf;
using Grpc.Core;
using Grpc.Net.Client;
using MessageType = Fabric.Protos.Peer.ChaincodeMessage.Types.Type;

namespace MutualAid.DevNetwork.Chaincode;

/// <summary>
/// The peer's side of one chaincode-as-a-service stream: dials the chaincode, expects REGISTER
/// with an acceptable id, answers REGISTERED and READY (never KEEPALIVE: fabric-shim 2.5 exits on
/// it), then multiplexes concurrent transactions by channel and txid, serving each transaction's
/// state requests from its <see cref="TransactionContext"/>.
/// </summary>
public sealed class ChaincodeConnection : IAsyncDisposable
{
    private readonly GrpcChannel _channel;
    private readonly AsyncDuplexStreamingCall<ChaincodeMessage, ChaincodeMessage> _call;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly ConcurrentDictionary<(string Channel, string TxId), PendingTransaction> _pending = new();
    private readonly CancellationTokenSource _stop = new();
    private Task _reader = Task.CompletedTask;

    private ChaincodeConnection(GrpcChannel channel, AsyncDuplexStreamingCall<ChaincodeMessage, ChaincodeMessage> call, string chaincodeId)
    {
        _channel = channel;
        _call = call;
        ChaincodeId = chaincodeId;
    }

    /// <summary>The id the chaincode registered with (a package id such as <c>label:hash</c>).</summary>
    public string ChaincodeId { get; }

    /// <summary>Completes when the stream has ended, for whatever reason.</summary>
    public Task Completion => _reader;

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

    /// <summary>
    /// Sends TRANSACTION (or INIT) and serves the chaincode's requests until it answers COMPLETED or
    /// ERROR, which is returned.
    /// </summary>
    /// <exception cref="ChaincodeExecutionException">Timeout, a stream failure, or a txid already executing.</exception>
    public async Task<ChaincodeMessage> ExecuteAsync(
        MessageType type, ChaincodeInput input, TransactionContext context, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        var key = (context.ChannelId, context.TxId);
        var pending = new PendingTransaction(context);
        if (!_pending.TryAdd(key, pending))
        {
            throw new ChaincodeExecutionException($"transaction {context.TxId} is already executing on this chaincode");
        }

        try
        {
            await WriteAsync(new ChaincodeMessage
            {
                Type = type,
                Payload = input.ToByteString(),
                Txid = context.TxId,
                ChannelId = context.ChannelId,
                Proposal = context.Proposal,
            }).ConfigureAwait(false);
            return await pending.Result.Task.WaitAsync(timeout).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            throw new ChaincodeExecutionException("timeout expired while executing transaction");
        }
        catch (Exception error) when (error is RpcException or IOException or InvalidOperationException or ObjectDisposedException)
        {
            throw new ChaincodeExecutionException("chaincode stream terminated", error);
        }
        finally
        {
            _pending.TryRemove(key, out _);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        _call.Dispose();
        try
        {
            await _reader.ConfigureAwait(false);
        }
        catch (Exception error) when (error is OperationCanceledException or RpcException)
        {
            // The stream was torn down on purpose.
        }

        _channel.Dispose();
        _stop.Dispose();
        _writeLock.Dispose();
    }

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

    private async Task WriteAsync(ChaincodeMessage message)
    {
        await _writeLock.WaitAsync(_stop.Token).ConfigureAwait(false);
        try
        {
            await _call.RequestStream.WriteAsync(message, _stop.Token).ConfigureAwait(false);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private sealed class PendingTransaction(TransactionContext context)
    {
        public TransactionContext Context { get; } = context;

        public TaskCompletionSource<ChaincodeMessage> Result { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
