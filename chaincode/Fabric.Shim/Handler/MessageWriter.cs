using System.Collections.Concurrent;
using Fabric.Protos.Peer;
using Fabric.Shim.Logging;
using Grpc.Core;
using Microsoft.Extensions.Logging;

namespace Fabric.Shim.Handler;

/// <summary>
/// The single writer of a chaincode stream: messages go into one queue, and one drain at a time writes
/// them, so writes never interleave. The sender that finds no drain running becomes the drain itself, so
/// an uncontended send costs no thread hop; while more messages are queued they are written with a buffer
/// hint and flushed once the queue is empty.
/// </summary>
internal sealed class MessageWriter
{
    private static readonly WriteOptions Buffered = new(WriteFlags.BufferHint);
    private static readonly WriteOptions Flushed = new();

    private readonly ConcurrentQueue<ChaincodeMessage> _queue = new();
    private readonly IAsyncStreamWriter<ChaincodeMessage> _stream;
    private readonly ILogger _logger;
    private readonly object _drainLock = new();
    private Task _drain = Task.CompletedTask;
    private int _draining;
    private volatile bool _closed;

    public MessageWriter(IAsyncStreamWriter<ChaincodeMessage> stream, ILogger logger)
    {
        _stream = stream;
        _logger = logger;
    }

    /// <summary>Queues <paramref name="message"/> and writes it unless a drain already runs; false once closed.</summary>
    public bool Send(ChaincodeMessage message)
    {
        if (_closed)
        {
            return false;
        }

        _queue.Enqueue(message);
        if (Interlocked.CompareExchange(ref _draining, 1, 0) == 0)
        {
            var drain = DrainAsync();
            lock (_drainLock)
            {
                _drain = drain;
            }
        }

        return true;
    }

    /// <summary>Stops accepting messages and waits until what was queued has been written (or writing failed).</summary>
    public async Task CompleteAsync()
    {
        _closed = true;
        while (true)
        {
            Task drain;
            lock (_drainLock)
            {
                drain = _drain;
            }

            await drain.ConfigureAwait(false);
            if (_queue.IsEmpty || Volatile.Read(ref _draining) == 2)
            {
                return;
            }

            await Task.Yield();
        }
    }

    private async Task DrainAsync()
    {
        try
        {
            while (true)
            {
                while (_queue.TryDequeue(out var message))
                {
                    _stream.WriteOptions = _queue.IsEmpty ? Flushed : Buffered;
                    await _stream.WriteAsync(message).ConfigureAwait(false);
                }

                Volatile.Write(ref _draining, 0);
                if (_queue.IsEmpty || Interlocked.CompareExchange(ref _draining, 1, 0) != 0)
                {
                    return;
                }
            }
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException or RpcException or OperationCanceledException)
        {
            // The stream is gone: stay "draining" for good (state 2) so nobody writes again, and drop the rest.
            ShimLog.WriteFailed(_logger, ex);
            _closed = true;
            Volatile.Write(ref _draining, 2);
            _queue.Clear();
        }
    }
}
