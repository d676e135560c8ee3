using Fabric.Shim.Handler;
using Fabric.Shim.Logging;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Fabric.Shim.Server;

/// <summary>
/// A chaincode-as-a-service server: hosts <c>protos.Chaincode/Connect</c> on Kestrel, and on every
/// connection registers the chaincode with the peer and runs its transactions. Plaintext (h2c), TLS, or
/// mutual TLS. Stopping is graceful: new transactions are refused, those in flight get
/// <see cref="ChaincodeServerOptions.ShutdownTimeout"/> to finish, then the streams close.
/// </summary>
public sealed class ChaincodeServer : IAsyncDisposable
{
    private readonly IChaincode _chaincode;
    private readonly ChaincodeServerOptions _options;
    private readonly ILoggerFactory _loggerFactory;
    private readonly ILogger _logger;
    private WebApplication? _app;
    private bool _stopped;

    /// <summary>Creates a server; nothing listens until <see cref="StartAsync"/>.</summary>
    /// <exception cref="InvalidOperationException">The options lack an address or a chaincode id.</exception>
    public ChaincodeServer(IChaincode chaincode, ChaincodeServerOptions options, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(chaincode);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _chaincode = chaincode;
        _options = options;
        _loggerFactory = loggerFactory ?? NullLoggerFactory.Instance;
        _logger = _loggerFactory.CreateLogger("Fabric.Shim.Server");
    }

    /// <summary>The port listened on (the chosen one when the address asked for port 0); 0 before start.</summary>
    public int Port { get; private set; }

    /// <summary>Starts listening.</summary>
    /// <exception cref="InvalidOperationException">The server was already started.</exception>
    /// <exception cref="IOException">The address cannot be bound.</exception>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        if (_app is not null)
        {
            throw new InvalidOperationException("the chaincode server is already started");
        }

        _app = Build();
        await _app.StartAsync(cancellationToken).ConfigureAwait(false);
        var bound = _app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        Port = bound.Select(a => new Uri(a).Port).FirstOrDefault();
        var addresses = string.Join(", ", bound);
        ShimLog.ServerListening(_logger, addresses, _options.Tls is not null, _options.Tls?.RequireClientCertificate == true);
    }

    /// <summary>Stops gracefully: in-flight transactions finish (up to the shutdown timeout), then streams close.</summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        if (_app is null || _stopped)
        {
            return;
        }

        _stopped = true;
        ShimLog.ServerStopping(_logger, _options.ShutdownTimeout);
        await _app.StopAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Starts, serves until <paramref name="cancellationToken"/> fires, then stops gracefully.</summary>
    /// <exception cref="IOException">The address cannot be bound.</exception>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await StartAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Stop requested.
        }

        await StopAsync(CancellationToken.None).ConfigureAwait(false);
    }

    /// <summary>Stops the server if it runs and releases it.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await StopAsync().ConfigureAwait(false);
            await _app.DisposeAsync().ConfigureAwait(false);
            _app = null;
        }
    }

    private WebApplication Build()
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            ListenEndpoint.Configure(kestrel, _options.Address, _options.Tls);
        });
        builder.Services.AddSingleton(_loggerFactory);
        builder.Services.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = _options.ShutdownTimeout);
        builder.Services.AddRoutingCore();
        builder.Services.AddGrpc(o =>
        {
            o.MaxReceiveMessageSize = _options.MaxMessageSize;
            o.MaxSendMessageSize = _options.MaxMessageSize;
        });
        builder.Services.AddSingleton(new StreamHandlerOptions(_options.ChaincodeId, _options.LocalMspId));
        builder.Services.AddSingleton(_chaincode);
        builder.Services.AddSingleton<ChaincodeService>();
        var app = builder.Build();
        app.UseRouting();
        app.MapGrpcService<ChaincodeService>();
        return app;
    }
}
