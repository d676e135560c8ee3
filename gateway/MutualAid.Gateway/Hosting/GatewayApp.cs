using MutualAid.Gateway.Api;
using MutualAid.Gateway.Audit;
using MutualAid.Gateway.DevClock;
using MutualAid.Gateway.Events;
using MutualAid.Gateway.Health;
using MutualAid.Gateway.Idempotency;
using MutualAid.Gateway.Invocation;
using MutualAid.Gateway.Security;
using MutualAid.Gateway.Telemetry;

namespace MutualAid.Gateway.Hosting;

/// <summary>
/// One organization's gateway: an ASP.NET Core application holding that organization's wallet, API keys and
/// idempotency records only, serving the API, the event stream, the probes and the OpenAPI document.
/// </summary>
public sealed class GatewayApp : IAsyncDisposable
{
    private readonly WebApplication _app;

    private GatewayApp(WebApplication app, string organization, string url, string? http2Url)
    {
        _app = app;
        Organization = organization;
        Url = url;
        Http2Url = http2Url;
    }

    /// <summary>The organization served.</summary>
    public string Organization { get; }

    /// <summary>The URL it listens on (the actual port when 0 was asked).</summary>
    public string Url { get; }

    /// <summary>The URL it serves HTTP/2 over cleartext on (prior knowledge), or null when none was configured.</summary>
    public string? Http2Url { get; }

    /// <summary>
    /// Builds and starts the gateway of <paramref name="endpoint"/>. With <paramref name="developmentClock"/> (the
    /// embedded default only) its proposals are stamped by that clock and it serves the routes that move it.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">The wallet does not exist.</exception>
    /// <exception cref="IOException">The port is taken, or a state file cannot be opened.</exception>
    public static async Task<GatewayApp> StartAsync(
        OrganizationEndpoint endpoint, GatewaySettings settings, Action<ILoggingBuilder>? logging, CancellationToken cancellationToken,
        DevelopmentClock? developmentClock = null)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(settings);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(GatewayApp).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            Args = [],
        });
        var listeners = new KestrelListeners();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = settings.MaxRequestBodyBytes;
            listeners.Configure(kestrel, endpoint.Url, endpoint.Http2Url);
        });
        builder.Logging.ClearProviders();
        (logging ?? DefaultLogging)(builder.Logging);

        var wallet = Wallet.Load(endpoint.WalletDirectory, endpoint.MspId);
        var services = builder.Services;
        services.AddSingleton(settings);
        services.AddSingleton(wallet);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new LiveApiKeys(endpoint.ApiKeysFile, sp.GetRequiredService<ILogger<LiveApiKeys>>()));
        services.AddSingleton(_ => new FabricConnection(wallet, endpoint.PeerEndpoint, endpoint.TlsRootPem, endpoint.ServerNameOverride,
            settings.Channel, settings.Chaincode, settings.MaxConflictRetries, developmentClock));
        services.AddSingleton(sp => IdempotencyStore.Open(
            Path.Combine(endpoint.StateDirectory, "idempotency"), sp.GetRequiredService<TimeProvider>(), settings.Idempotency.Retention));
        services.AddHostedService<IdempotencySweeper>();
        services.AddSingleton(sp => new GatewayRuntime(settings, endpoint.MspId, sp.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping));
        services.AddSingleton<FunctionHandler>();
        services.AddSingleton(new OrdererTrust(settings.Audit));
        services.AddSingleton<CallerAuthentication>();
        services.AddProblemDetails();
        services.AddCallerRateLimiting(settings.RateLimit);
        services.AddOpenApi(options =>
        {
            options.AddSchemaTransformer<OpenApiWireFormat>();
            options.AddOperationTransformer<OpenApiSchemas>();
            options.AddOperationTransformer<OpenApiExamples>();
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = $"MutualAid gateway ({endpoint.MspId})";
                document.Info.Description = "Pools, members, contributions, claims, payouts, appeals, governance, relief, recoveries, cost sharing and events. "
                    + "Authenticate with X-Api-Key or Authorization: Bearer; every write needs an Idempotency-Key; errors are RFC 9457 problem documents with a stable code.";
                return Task.CompletedTask;
            });
        });
        GatewayTelemetry.Add(services, settings.Telemetry, endpoint.MspId);

        var app = builder.Build();
        _ = app.Services.GetRequiredService<LiveApiKeys>(); // a broken key file fails the start, not the first request
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        if (settings.RateLimit.PermitsPerSecond > 0)
        {
            app.UseRateLimiter();
        }
        app.MapOpenApi();
        app.MapHealth();
        var api = app.MapAuthenticated();
        api.MapFunctionRoutes(RouteCatalog.All);
        api.MapEventStream();
        api.MapAudit();
        if (developmentClock is not null)
        {
            api.MapDevelopmentClock(developmentClock);
        }

        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var url = listeners.Url ?? endpoint.Url;
        var http2Url = listeners.Http2Url;
        var logger = app.Services.GetRequiredService<ILogger<GatewayApp>>();
        GatewayLog.WalletLoaded(logger, endpoint.MspId, wallet.Identities.Count);
        GatewayLog.Ready(logger, endpoint.MspId, url);
        return new GatewayApp(app, endpoint.MspId, url, http2Url);
    }

    /// <summary>Stops serving (streams end, writes in flight finish) and releases the connection and the stores.</summary>
    public async ValueTask DisposeAsync()
    {
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10)))
        {
            await _app.StopAsync(timeout.Token).ConfigureAwait(false);
        }

        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private static void DefaultLogging(ILoggingBuilder logging) =>
        logging.AddSimpleConsole(console =>
        {
            console.SingleLine = true;
            console.TimestampFormat = "HH:mm:ss ";
        }).AddFilter("Microsoft.AspNetCore", LogLevel.Warning).AddFilter("Microsoft.Hosting", LogLevel.Warning)
        .AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error);
}
