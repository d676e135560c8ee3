using Fabric.Protos.Peer;
using Fabric.Shim.Errors;
using Fabric.Shim.Logging;
using Google.Protobuf;
using Grpc.Core;
using Microsoft.Extensions.Logging;

namespace Fabric.Shim.Handler;

/// <summary>
/// Runs one chaincode stream (one peer connection): sends REGISTER, waits for REGISTERED and READY, then
/// runs INIT and TRANSACTION messages concurrently and routes RESPONSE and ERROR replies to the
/// transaction that asked, by channel id and transaction id. Split by concern: this file holds the
/// lifecycle, <c>.Dispatch.cs</c> the per-state message handling, <c>.Transactions.cs</c> the execution.
/// </summary>
internal sealed partial class ChaincodeStreamHandler : IDisposable
{
    private readonly IChaincode _chaincode;
    private readonly StreamHandlerOptions _options;
    private readonly IAsyncStreamReader<ChaincodeMessage> _reader;
    private readonly MessageWriter _writer;
    private readonly ILogger _logger;
    private readonly TransactionRegistry _transactions = new();
    private readonly CancellationTokenSource _readCancellation = new();
    private HandlerState _state = HandlerState.Created;
    private volatile bool _draining;

    public ChaincodeStreamHandler(
        IChaincode chaincode,
        StreamHandlerOptions options,
        IAsyncStreamReader<ChaincodeMessage> reader,
        IAsyncStreamWriter<ChaincodeMessage> writer,
        ILogger logger)
    {
        _chaincode = chaincode;
        _options = options;
        _reader = reader;
        _writer = new MessageWriter(writer, logger);
        _logger = logger;
    }

    /// <summary>
    /// Runs the stream until the peer closes it, <paramref name="callAborted"/> fires, or
    /// <paramref name="stopping"/> fires and the transactions in flight have finished.
    /// </summary>
    public async Task RunAsync(CancellationToken callAborted, CancellationToken stopping)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(callAborted, _readCancellation.Token);
        using var onStopping = stopping.Register(BeginDrain);
        ShimLog.StreamOpened(_logger, _options.ChaincodeId);
        _writer.Send(new ChaincodeMessage
        {
            Type = ChaincodeMessage.Types.Type.Register,
            Payload = new ChaincodeID { Name = _options.ChaincodeId }.ToByteString(),
        });

        try
        {
            while (await _reader.MoveNext(linked.Token).ConfigureAwait(false))
            {
                Dispatch(_reader.Current);
            }

            ShimLog.StreamClosed(_logger);
        }
        catch (OperationCanceledException) when (linked.IsCancellationRequested)
        {
            ShimLog.StreamClosed(_logger);
        }
        catch (Exception ex) when (ex is IOException or RpcException or InvalidOperationException)
        {
            ShimLog.StreamFailed(_logger, ex);
        }
        finally
        {
            _transactions.FailAll(new PeerConnectionException("the stream to the peer has closed"));
            await _writer.CompleteAsync().ConfigureAwait(false);
        }
    }

    public void Dispose() => _readCancellation.Dispose();

    private void BeginDrain()
    {
        _draining = true;
        FinishDrainIfIdle();
    }

    private void FinishDrainIfIdle()
    {
        if (_draining && _transactions.Count == 0)
        {
            try
            {
                _readCancellation.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // The stream has already ended.
            }
        }
    }
}
