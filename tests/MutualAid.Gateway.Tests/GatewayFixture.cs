using MutualAid.Gateway.Demo;
using MutualAid.Gateway.Hosting;
using MutualAid.Gateway.Security;

namespace MutualAid.Gateway.Tests;

/// <summary>
/// The embedded default started once for every test: a fresh temporary data directory, free ports for the peers and
/// the three gateways, no console telemetry. Tests run one after the other and share it.
/// </summary>
[SetUpFixture]
public sealed class GatewayFixture
{
    private static HttpClient _http = NewHttp();
    private static EmbeddedDeployment? _deployment;

    public static EmbeddedDeployment Deployment => _deployment ?? throw new InvalidOperationException("the fixture has not started");

    public static GatewaySettings Settings { get; } = new()
    {
        Urls = "http://127.0.0.1:0",
        Http2Url = "http://127.0.0.1:0",
        Embedded = new EmbeddedSettings { FreePeerPorts = true },
        Telemetry = new TelemetrySettings { Console = false },
        HeartbeatInterval = TimeSpan.FromSeconds(1),
        MaxRequestBodyBytes = 16 * 1024,
    };

    /// <summary>Every organization and the identities of its wallet (label prefixes).</summary>
    public static IReadOnlyList<(string MspId, string Identity)> Identities { get; } =
    [
        .. new[] { "InsurerMSP", "NgoMSP" }.SelectMany(msp => new[] { "User1", "Assessor", "Caseworker", "Coordinator", "Delegate", "Auditor" }.Select(user => (msp, user))),
        ("RegulatorMSP", "User1"), ("RegulatorMSP", "Auditor"),
    ];

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        Settings.DataDirectory = Directory.CreateTempSubdirectory("mutualaid-gateway-tests-").FullName;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        _deployment = await EmbeddedDeployment.StartAsync(Settings, _ => { }, timeout.Token);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_deployment is not null)
        {
            await _deployment.DisposeAsync();
        }

        Directory.Delete(Settings.DataDirectory, recursive: true);
        _http.Dispose();
    }

    /// <summary>A client of <paramref name="mspId"/>'s gateway as its identity <paramref name="identity"/> (e.g. Caseworker).</summary>
    public static ApiClient Client(string mspId, string identity) => new(Http, BaseAddress(mspId), KeyOf(mspId, identity));

    /// <summary>Restarts one organization's gateway, then connects afresh as a client of a restarted server would.</summary>
    public static async Task RestartGatewayAsync(string mspId, CancellationToken cancellationToken)
    {
        await Deployment.RestartGatewayAsync(mspId, Settings, _ => { }, cancellationToken);

        // Keep-alive connections pooled to the stopped gateway would fail whichever later requests draw them.
        Interlocked.Exchange(ref _http, NewHttp()).Dispose();
    }

    /// <summary>The API key of an identity, read from the credentials file the embedded default wrote.</summary>
    public static string KeyOf(string mspId, string identity) =>
        CredentialsFile.Read(CredentialsFile.PathFor(Deployment.GatewayDirectory, mspId))!.KeyOf(identity);

    public static Uri BaseAddress(string mspId) => new(Deployment.GatewayOf(mspId).Url);

    public static HttpClient RawHttp => Http;

    private static HttpClient Http => Volatile.Read(ref _http);

    private static HttpClient NewHttp() => new() { Timeout = TimeSpan.FromSeconds(60) };
}
