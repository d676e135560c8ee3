using Fabric.Protos.Peer;
using Fabric.Shim.Errors;
using Google.Protobuf;

namespace Fabric.Shim.Handler;

/// <summary>
/// One transaction in flight on a stream: it sends the transaction's requests one at a time (the peer
/// drops a second concurrent request of the same transaction) and completes each with the reply the
/// read loop routes to it.
/// </summary>
#pragma warning disable CA1001 // SemaphoreSlim needs disposing only when its wait handle is used, and it never is here.
internal sealed class TransactionContext : IPeerRequests
{
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);
    private readonly MessageWriter _writer;
    private TaskCompletionSource<ChaincodeMessage>? _pending;
    private Exception? _failure;

    public TransactionContext(TransactionKey key, MessageWriter writer)
    {
        Key = key;
        _writer = writer;
    }

    public TransactionKey Key { get; }

    public string ChannelId => Key.ChannelId;

    public string TxId => Key.TxId;

    public async Task<ByteString> RequestAsync(ChaincodeMessage.Types.Type type, IMessage payload)
    {
        await _oneAtATime.WaitAsync().ConfigureAwait(false);
        try
        {
            var pending = new TaskCompletionSource<ChaincodeMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
            Volatile.Write(ref _pending, pending);
            var failure = Volatile.Read(ref _failure);
            if (failure is not null)
            {
                throw new PeerConnectionException(failure.Message, failure);
            }

            var request = new ChaincodeMessage { Type = type, Payload = payload.ToByteString(), Txid = TxId, ChannelId = ChannelId };
            if (!_writer.Send(request))
            {
                throw new PeerConnectionException($"[{Key}] the stream to the peer is closed; {MessageNames.Of(type)} was not sent");
            }

            var reply = await pending.Task.ConfigureAwait(false);
            return reply.Type switch
            {
                ChaincodeMessage.Types.Type.Response => reply.Payload,
                ChaincodeMessage.Types.Type.Error => throw new PeerRequestException(type, ChannelId, TxId, reply.Payload.ToStringUtf8()),
                _ => throw new PeerConnectionException($"[{Key}] the peer answered {MessageNames.Of(type)} with {MessageNames.Of(reply.Type)}"),
            };
        }
        finally
        {
            Volatile.Write(ref _pending, null);
            _oneAtATime.Release();
        }
    }

    /// <summary>Completes the request in flight with <paramref name="reply"/>; false when none is in flight.</summary>
    public bool TryComplete(ChaincodeMessage reply) =>
        Interlocked.Exchange(ref _pending, null)?.TrySetResult(reply) ?? false;

    /// <summary>Fails the request in flight and every later one: the stream is gone.</summary>
    public void Fail(Exception failure)
    {
        Volatile.Write(ref _failure, failure);
        Interlocked.Exchange(ref _pending, null)?.TrySetException(new PeerConnectionException(failure.Message, failure));
    }
}
#pragma warning restore CA1001
