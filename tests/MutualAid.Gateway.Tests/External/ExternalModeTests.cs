using MutualAid.Gateway.Demo;
using MutualAid.Gateway.Hosting;
using MutualAid.Gateway.Security;

namespace MutualAid.Gateway.Tests.External;

/// <summary>
/// External mode end to end: the insurer's gateway configured as for a real Fabric network (the peer's TLS endpoint
/// from the connection profile, the organization's TLS CA file, the peer's host name as the server name, the
/// organization's <c>users/</c> folder as the wallet, keys issued with <c>issue-keys</c>) against the development
/// network serving TLS.
/// </summary>
[NonParallelizable]
[CancelAfter(60_000)]
public sealed class ExternalModeTests
{
    private TlsNetwork _network = null!;
    private GatewaySettings _settings = null!;
    private ExternalDeployment _gateway = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        _network = await TlsNetwork.StartAsync(timeout.Token);
        _settings = Settings(Path.Combine(_network.Directory, "gateway-data"), _network.TlsRootFile("InsurerMSP"));
        await GatewayCommand.IssueKeysAsync(_settings, TextWriter.Null);
        _gateway = await ExternalDeployment.StartAsync(_settings, _ => { }, timeout.Token);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        await _gateway.DisposeAsync();
        await _network.DisposeAsync();
    }

    [Test]
    public async Task Readyz_PeerOverTls_IsReady(CancellationToken cancellationToken)
    {
        using var ready = await GatewayFixture.RawHttp.GetAsync(new Uri(new Uri(_gateway.Gateways[0].Url), "/readyz"), cancellationToken);

        Assert.That((int)ready.StatusCode, Is.EqualTo(200), await ready.Content.ReadAsStringAsync(cancellationToken));
    }

    [Test]
    public async Task DevelopmentClock_ExternalMode_HasNoRoute(CancellationToken cancellationToken)
    {
        var read = await Client("Delegate").GetAsync("/api/v1/dev/clock", cancellationToken);
        var advance = await Client("Delegate").PostAsync("/api/v1/dev/clock/advance", """{"by":"P14D"}""", null, cancellationToken);

        Assert.That(read.Status, Is.EqualTo(404), "a gateway of a real network cannot move time");
        Assert.That(advance.Status, Is.EqualTo(404));
    }

    [Test]
    public async Task CreatePoolThenGetPool_PeerOverTls_CommitsAndReadsBack(CancellationToken cancellationToken)
    {
        var poolId = "external-" + Guid.NewGuid().ToString("N")[..8];

        var created = await Client("Delegate").PostAsync("/api/v1/pools", DemoCalls.CreatePool(poolId), null, cancellationToken);
        var read = await Client("Auditor").GetAsync($"/api/v1/pools/{poolId}", cancellationToken);

        Assert.That(created.Status, Is.EqualTo(201), created.Body?.ToJsonString());
        Assert.That(created.Body!["blockNumber"]!.GetValue<ulong>(), Is.GreaterThan(0));
        Assert.That(read.Status, Is.EqualTo(200), read.Body?.ToJsonString());
        Assert.That(read.Result!["poolId"]!.GetValue<string>(), Is.EqualTo(poolId));
    }

    [Test]
    public async Task Readyz_TlsRootOfAnotherOrganization_IsNotReady(CancellationToken cancellationToken)
    {
        var settings = Settings(Path.Combine(_network.Directory, "wrong-root"), _network.TlsRootFile("NgoMSP"));
        await GatewayCommand.IssueKeysAsync(settings, TextWriter.Null);
        await using var gateway = await ExternalDeployment.StartAsync(settings, _ => { }, cancellationToken);

        using var ready = await GatewayFixture.RawHttp.GetAsync(new Uri(new Uri(gateway.Gateways[0].Url), "/readyz"), cancellationToken);

        Assert.That((int)ready.StatusCode, Is.EqualTo(503));
    }

    [Test]
    public async Task IssueKeys_ConfiguredApiKeysFile_KeysThereAndTheGatewayAcceptsThem(CancellationToken cancellationToken)
    {
        var settings = Settings(Path.Combine(_network.Directory, "own-key-file"), _network.TlsRootFile("InsurerMSP"));
        settings.External.ApiKeysFile = Path.Combine(_network.Directory, "operator-secrets", "insurer-keys.json");

        await GatewayCommand.IssueKeysAsync(settings, TextWriter.Null);
        await using var gateway = await ExternalDeployment.StartAsync(settings, _ => { }, cancellationToken);
        var key = CredentialsFile.Read(CredentialsFile.PathFor(Path.Combine(settings.DataDirectory, "gateway"), "InsurerMSP"))!.KeyOf("Auditor");
        var read = await new ApiClient(GatewayFixture.RawHttp, new Uri(gateway.Gateways[0].Url), key).GetAsync("/api/v1/pools/none", cancellationToken);

        Assert.That(File.Exists(settings.External.ApiKeysFile), Is.True);
        Assert.That(File.Exists(Path.Combine(settings.DataDirectory, "gateway", ApiKeyProvisioner.KeyFileName)), Is.False);
        Assert.That(read.Status, Is.EqualTo(404), "authenticated by the key from the configured file, then the pool is unknown");
    }

    [Test]
    public void StartAsync_TlsRootWithPlaintextEndpoint_IsRefused()
    {
        var settings = Settings(Path.Combine(_network.Directory, "plaintext"), _network.TlsRootFile("InsurerMSP"));
        settings.External.PeerEndpoint = settings.External.PeerEndpoint.Replace("grpcs://", "http://", StringComparison.Ordinal);

        Assert.ThrowsAsync<InvalidOperationException>(() => ExternalDeployment.StartAsync(settings, _ => { }, CancellationToken.None));
    }

    private ApiClient Client(string identity)
    {
        var key = CredentialsFile.Read(CredentialsFile.PathFor(Path.Combine(_settings.DataDirectory, "gateway"), "InsurerMSP"))!.KeyOf(identity);
        return new ApiClient(GatewayFixture.RawHttp, new Uri(_gateway.Gateways[0].Url), key);
    }

    /// <summary>External mode as an operator configures it, with the peer's URL copied from the connection profile.</summary>
    private GatewaySettings Settings(string dataDirectory, string tlsRootFile) => new()
    {
        Mode = GatewayMode.External,
        DataDirectory = dataDirectory,
        Urls = "http://127.0.0.1:0",
        Organization = "InsurerMSP",
        Telemetry = new TelemetrySettings { Console = false },
        External = new ExternalSettings
        {
            PeerEndpoint = _network.ProfileUrl("InsurerMSP"),
            TlsRootCertificate = tlsRootFile,
            ServerNameOverride = "peer0.insurer.example.com",
            Wallet = Path.Combine(_network.OrganizationDirectory("InsurerMSP"), "users"),
        },
    };
}
