using System.Net;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Fabric.Client.Tests.Support;

/// <summary>
/// Hosts <see cref="FakeGatewayService"/> and <see cref="FakeDeliverService"/> in-process on 127.0.0.1
/// (HTTP/2 cleartext, a free port), and hands out a shared plaintext gRPC channel to it.
/// </summary>
internal sealed class FakeFabricServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeFabricServer(WebApplication app, string address, FakeGatewayService gateway, FakeDeliverService deliver)
    {
        _app = app;
        Address = address;
        Channel = GrpcChannel.ForAddress(address);
        Gateway = gateway;
        Deliver = deliver;
    }

    public FakeGatewayService Gateway { get; }

    public FakeDeliverService Deliver { get; }

    public string Address { get; }

    public GrpcChannel Channel { get; }

    public static async Task<FakeFabricServer> StartAsync()
    {
        var gateway = new FakeGatewayService();
        var deliver = new FakeDeliverService();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
            kestrel.Listen(IPAddress.Loopback, 0, listen => listen.Protocols = HttpProtocols.Http2));
        builder.Services.AddGrpc();
        builder.Services.AddSingleton(gateway);
        builder.Services.AddSingleton(deliver);
        var app = builder.Build();
        app.MapGrpcService<FakeGatewayService>();
        app.MapGrpcService<FakeDeliverService>();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new FakeFabricServer(app, address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal), gateway, deliver);
    }

    public void Reset()
    {
        Gateway.Reset();
        Deliver.Reset();
    }

    public async ValueTask DisposeAsync()
    {
        Channel.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
