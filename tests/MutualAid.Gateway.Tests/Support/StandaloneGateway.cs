using MutualAid.Gateway.Demo;
using MutualAid.Gateway.Hosting;
using MutualAid.Gateway.Security;

namespace MutualAid.Gateway.Tests.Support;

/// <summary>
/// One organization's gateway started beside the fixture's, with its own temporary data directory (API key file,
/// idempotency records) and a peer endpoint of the test's choosing, so a test may change keys or break the peer
/// without touching the shared gateways. <see cref="Settings"/> are those of External mode, as the <c>keys</c> command reads them.
/// </summary>
internal sealed class StandaloneGateway : IAsyncDisposable
{
    private readonly GatewayApp _app;

    private StandaloneGateway(GatewayApp app, GatewaySettings settings)
    {
        _app = app;
        Settings = settings;
    }

    public GatewaySettings Settings { get; }

    public string KeyFile => Settings.External.ApiKeysFile!;

    public Uri BaseAddress => new(_app.Url);

    /// <summary>Starts a gateway of <paramref name="mspId"/> with the wallet in <paramref name="walletDirectory"/> talking to <paramref name="peerEndpoint"/>.</summary>
    public static async Task<StandaloneGateway> StartAsync(
        string mspId, string peerEndpoint, string walletDirectory, CancellationToken cancellationToken, RateLimitSettings? rateLimit = null, string? apiKeysFile = null)
    {
        var data = Directory.CreateTempSubdirectory("mutualaid-standalone-").FullName;
        var settings = new GatewaySettings
        {
            Mode = GatewayMode.External,
            Organization = mspId,
            DataDirectory = data,
            Urls = "http://127.0.0.1:0",
            Telemetry = new TelemetrySettings { Console = false },
            External = new ExternalSettings { PeerEndpoint = peerEndpoint, Wallet = walletDirectory, ApiKeysFile = apiKeysFile ?? Path.Combine(data, "api-keys.json") },
            RateLimit = rateLimit ?? new RateLimitSettings(),
        };
        var endpoint = new OrganizationEndpoint(mspId, settings.Urls, peerEndpoint, null, null, walletDirectory, settings.External.ApiKeysFile,
            Path.Combine(data, "gateway", mspId));
        return new StandaloneGateway(await GatewayApp.StartAsync(endpoint, settings, _ => { }, cancellationToken), settings);
    }

    /// <summary>Beside the fixture's gateway of <paramref name="mspId"/>: the same peer and wallet.</summary>
    public static Task<StandaloneGateway> BesideFixtureAsync(string mspId, CancellationToken cancellationToken) => BesideFixtureAsync(mspId, null, null, cancellationToken);

    /// <summary>As <see cref="BesideFixtureAsync(string, CancellationToken)"/>, with a request budget and, optionally, the fixture's API keys.</summary>
    public static Task<StandaloneGateway> BesideFixtureAsync(string mspId, RateLimitSettings? rateLimit, string? apiKeysFile, CancellationToken cancellationToken)
    {
        var peer = GatewayFixture.Deployment.Network.Network.Peers.First(p => p.MspId == mspId);
        return StartAsync(mspId, "http://" + peer.Address, Path.Combine(GatewayFixture.Deployment.GatewayDirectory, mspId, "wallet"), cancellationToken, rateLimit, apiKeysFile);
    }

    /// <summary>A client of this gateway with <paramref name="apiKey"/>.</summary>
    public ApiClient Client(string apiKey) => new(GatewayFixture.RawHttp, BaseAddress, apiKey);

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        Directory.Delete(Settings.DataDirectory, recursive: true);
    }
}
