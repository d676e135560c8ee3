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
public sealed partial class ChaincodeConnection : IAsyncDisposable
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
