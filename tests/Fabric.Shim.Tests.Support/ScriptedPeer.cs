using System.Threading.Channels;
using Fabric.Protos.Peer;
using Google.Protobuf;
using Grpc.Core;
using Grpc.Net.Client;
using MessageType = Fabric.Protos.Peer.ChaincodeMessage.Types.Type;

namespace Fabric.Shim.Testing;

/// <summary>
/// The peer side of one chaincode stream, driven step by step: it opens <c>protos.Chaincode/Connect</c>,
/// reads what the chaincode sends into an inbox, and sends whatever the script says. Every receive is
/// bounded by a timeout, so a silent chaincode fails a test instead of hanging it.
/// </summary>
public sealed class ScriptedPeer : IAsyncDisposable
{
    /// <summary>The default bound of a receive.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);

    private readonly AsyncDuplexStreamingCall<ChaincodeMessage, ChaincodeMessage> _call;
    private readonly Channel<ChaincodeMessage> _inbox = Channel.CreateUnbounded<ChaincodeMessage>();
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _reading;

    private ScriptedPeer(AsyncDuplexStreamingCall<ChaincodeMessage, ChaincodeMessage> call)
    {
        _call = call;
        _reading = ReadLoopAsync();
    }

    /// <summary>The status the stream ended with, once it has (null while it is open).</summary>
    public Status? EndStatus { get; private set; }

    /// <summary>Opens a stream on <paramref name="channel"/> without any handshake.</summary>
    public static ScriptedPeer Open(GrpcChannel channel)
    {
        ArgumentNullException.ThrowIfNull(channel);
        var client = new Protos.Peer.Chaincode.ChaincodeClient(channel);
        return new ScriptedPeer(client.Connect());
    }

    /// <summary>Opens a stream and completes the handshake: reads REGISTER, sends REGISTERED and READY.</summary>
    /// <returns>The peer and the chaincode id the chaincode registered with.</returns>
    public static async Task<(ScriptedPeer Peer, string ChaincodeId)> ConnectAsync(GrpcChannel channel, TimeSpan? timeout = null)
    {
        var peer = Open(channel);
        var register = await peer.ExpectAsync(MessageType.Register, timeout).ConfigureAwait(false);
        await peer.SendAsync(new ChaincodeMessage { Type = MessageType.Registered }).ConfigureAwait(false);
        await peer.SendAsync(new ChaincodeMessage { Type = MessageType.Ready }).ConfigureAwait(false);
        return (peer, ChaincodeID.Parser.ParseFrom(register.Payload).Name);
    }

    /// <summary>Sends one message to the chaincode.</summary>
    public async Task SendAsync(ChaincodeMessage message)
    {
        await _writeLock.WaitAsync().ConfigureAwait(false);
        try
        {
            await _call.RequestStream.WriteAsync(message).ConfigureAwait(false);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>Receives the next message from the chaincode.</summary>
    /// <exception cref="TimeoutException">Nothing arrived within the timeout.</exception>
    /// <exception cref="InvalidOperationException">The stream ended.</exception>
    public async Task<ChaincodeMessage> ReceiveAsync(TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? DefaultTimeout);
        try
        {
            if (await _inbox.Reader.WaitToReadAsync(cts.Token).ConfigureAwait(false) && _inbox.Reader.TryRead(out var message))
            {
                return message;
            }
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"the chaincode sent nothing within {timeout ?? DefaultTimeout}");
        }

        throw new InvalidOperationException($"the stream ended: {EndStatus}");
    }

    /// <summary>Receives the next message and checks its type.</summary>
    /// <exception cref="InvalidOperationException">It has another type (the message says which).</exception>
    public async Task<ChaincodeMessage> ExpectAsync(MessageType type, TimeSpan? timeout = null)
    {
        var message = await ReceiveAsync(timeout).ConfigureAwait(false);
        return message.Type == type
            ? message
            : throw new InvalidOperationException($"expected {type} but received {message.Type}: {message.Payload.ToStringUtf8()}");
    }

    /// <summary>Whether the chaincode sends nothing within <paramref name="quiet"/>.</summary>
    public async Task<bool> IsSilentAsync(TimeSpan quiet)
    {
        using var cts = new CancellationTokenSource(quiet);
        try
        {
            return !await _inbox.Reader.WaitToReadAsync(cts.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return true;
        }
    }

    /// <summary>Answers <paramref name="request"/> with RESPONSE carrying <paramref name="payload"/>, echoing its ids.</summary>
    public Task RespondAsync(ChaincodeMessage request, ByteString? payload = null) =>
        SendAsync(Messages.Reply(request, MessageType.Response, payload ?? ByteString.Empty));

    /// <summary>Answers <paramref name="request"/> with RESPONSE carrying <paramref name="payload"/>.</summary>
    public Task RespondAsync(ChaincodeMessage request, IMessage payload) =>
        RespondAsync(request, payload.ToByteString());

    /// <summary>Answers <paramref name="request"/> with ERROR and <paramref name="text"/>, echoing its ids.</summary>
    public Task RespondErrorAsync(ChaincodeMessage request, string text) =>
        SendAsync(Messages.Reply(request, MessageType.Error, ByteString.CopyFromUtf8(text)));

    /// <summary>
    /// Answers every request with <paramref name="ledger"/> until <paramref name="count"/> transactions have
    /// ended (COMPLETED or ERROR), and returns those end messages in arrival order.
    /// </summary>
    /// <exception cref="TimeoutException">The chaincode fell silent first.</exception>
    public async Task<IReadOnlyList<ChaincodeMessage>> ServeAsync(InMemoryLedger ledger, int count, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        var ends = new List<ChaincodeMessage>(count);
        while (ends.Count < count)
        {
            var message = await ReceiveAsync(timeout).ConfigureAwait(false);
            if (message.Type is MessageType.Completed or MessageType.Error)
            {
                ends.Add(message);
                continue;
            }

            await SendAsync(ledger.Handle(message)).ConfigureAwait(false);
        }

        return ends;
    }

    /// <summary>Half-closes the request stream, as a peer that goes away.</summary>
    public Task CompleteAsync() => _call.RequestStream.CompleteAsync();

    /// <summary>Cancels the call and waits for the reader to stop.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        _call.Dispose();
        try
        {
            await _reading.ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is RpcException or OperationCanceledException or InvalidOperationException)
        {
            // The call was cancelled.
        }

        _stop.Dispose();
        _writeLock.Dispose();
    }

    private async Task ReadLoopAsync()
    {
        try
        {
            await foreach (var message in _call.ResponseStream.ReadAllAsync(_stop.Token).ConfigureAwait(false))
            {
                await _inbox.Writer.WriteAsync(message).ConfigureAwait(false);
            }

            EndStatus = _call.GetStatus();
        }
        catch (RpcException ex)
        {
            EndStatus = ex.Status;
        }
        catch (OperationCanceledException)
        {
            EndStatus = new Status(StatusCode.Cancelled, "cancelled by the scripted peer");
        }
        finally
        {
            _inbox.Writer.TryComplete();
        }
    }
}
