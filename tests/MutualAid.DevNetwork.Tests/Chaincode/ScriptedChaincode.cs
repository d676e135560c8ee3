using System.Collections.Concurrent;
using Fabric.Protos.Peer;
using Google.Protobuf;
using Grpc.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MessageType = Fabric.Protos.Peer.ChaincodeMessage.Types.Type;

namespace MutualAid.DevNetwork.Tests.Chaincode;

/// <summary>
/// A chaincode-as-a-service server on loopback that registers with a given id and runs a scripted
/// body per transaction, speaking the chaincode protocol message by message.
/// </summary>
internal sealed class ScriptedChaincode : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ScriptedChaincode(WebApplication app, string address)
    {
        _app = app;
        Address = address;
    }

    /// <summary>A transaction body: gets the TRANSACTION and a way to send requests, returns COMPLETED or ERROR.</summary>
    public delegate Task<ChaincodeMessage> Body(ChaincodeMessage transaction, Func<MessageType, IMessage, Task<ChaincodeMessage>> request);

    public string Address { get; }

    /// <summary>Every message the peer sent, in order.</summary>
    public ConcurrentQueue<ChaincodeMessage> Received { get; } = new();

    public static async Task<ScriptedChaincode> StartAsync(string registerAs, Body body, int port = 0)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(System.Net.IPAddress.Loopback, port, o => o.Protocols = HttpProtocols.Http2));
        builder.Services.AddGrpc();
        var service = new Service(registerAs, body);
        builder.Services.AddSingleton(service);
        var app = builder.Build();
        app.MapGrpcService<Service>();
        await app.StartAsync();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        var chaincode = new ScriptedChaincode(app, $"127.0.0.1:{address.Port}");
        service.Received = chaincode.Received;
        return chaincode;
    }

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        await _app.StopAsync(timeout.Token);
        await _app.DisposeAsync();
    }

    private sealed class Service(string registerAs, Body body) : Fabric.Protos.Peer.Chaincode.ChaincodeBase
    {
        public ConcurrentQueue<ChaincodeMessage> Received { get; set; } = new();

        public override async Task Connect(
            IAsyncStreamReader<ChaincodeMessage> requestStream, IServerStreamWriter<ChaincodeMessage> responseStream, ServerCallContext context)
        {
            var writeLock = new SemaphoreSlim(1, 1);
            var waiting = new ConcurrentDictionary<string, TaskCompletionSource<ChaincodeMessage>>();
            async Task Send(ChaincodeMessage message)
            {
                await writeLock.WaitAsync();
                try
                {
                    await responseStream.WriteAsync(message);
                }
                finally
                {
                    writeLock.Release();
                }
            }

            await Send(new ChaincodeMessage { Type = MessageType.Register, Payload = new ChaincodeID { Name = registerAs }.ToByteString() });
            var running = new List<Task>();
            await foreach (var message in requestStream.ReadAllAsync(context.CancellationToken))
            {
                Received.Enqueue(message);
                if (message.Type is MessageType.Transaction or MessageType.Init)
                {
                    running.Add(Task.Run(async () =>
                    {
                        async Task<ChaincodeMessage> Request(MessageType type, IMessage payload)
                        {
                            var reply = new TaskCompletionSource<ChaincodeMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
                            waiting[message.ChannelId + message.Txid] = reply;
                            await Send(new ChaincodeMessage { Type = type, Payload = payload.ToByteString(), Txid = message.Txid, ChannelId = message.ChannelId });
                            return await reply.Task;
                        }

                        var completed = await body(message, Request);
                        completed.Txid = message.Txid;
                        completed.ChannelId = message.ChannelId;
                        await Send(completed);
                    }));
                }
                else if (message.Type is MessageType.Response or MessageType.Error
                    && waiting.TryRemove(message.ChannelId + message.Txid, out var reply))
                {
                    reply.TrySetResult(message);
                }
            }

            await Task.WhenAll(running);
        }
    }
}
