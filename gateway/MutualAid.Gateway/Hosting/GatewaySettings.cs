namespace MutualAid.Gateway.Hosting;

/// <summary>
/// The gateway's settings, bound from configuration (command line <c>--Mode External</c>, environment
/// <c>MUTUALAID_Mode</c>, or <c>appsettings.json</c>). Every property has a default that runs the embedded default.
/// </summary>
public sealed class GatewaySettings
{
    /// <summary>Embedded (default) or External.</summary>
    public GatewayMode Mode { get; set; } = GatewayMode.Embedded;

    /// <summary>Where the ledger, crypto material, API keys and idempotency records live; default <c>.mutualaid</c>.</summary>
    public string DataDirectory { get; set; } = ".mutualaid";

    /// <summary>
    /// The listening URL. External: this organization's gateway. Embedded: the first organization's; the others
    /// listen on the following ports (8080, 8081, 8082), or on free ports when the port is 0.
    /// </summary>
    public string Urls { get; set; } = "http://127.0.0.1:8080";

    /// <summary>
    /// A second listening URL serving HTTP/2 over cleartext with prior knowledge (h2c), for callers that multiplex
    /// many requests over one connection, such as service meshes; none by default. Plaintext HTTP/2 cannot share a
    /// port with HTTP/1.1 (no ALPN), hence its own. Embedded: the first organization's, the others on the following
    /// ports, or free ports when the port is 0.
    /// </summary>
    public string? Http2Url { get; set; }

    /// <summary>The MSP id this gateway serves (External); default InsurerMSP.</summary>
    public string Organization { get; set; } = "InsurerMSP";

    /// <summary>The channel; default <c>mutualaid</c>.</summary>
    public string Channel { get; set; } = "mutualaid";

    /// <summary>The chaincode; default <c>mutualaid</c>.</summary>
    public string Chaincode { get; set; } = "mutualaid";

    /// <summary>How many times a write the gateway knows to be safe is re-run after an MVCC conflict; default 25.</summary>
    public int MaxConflictRetries { get; set; } = 25;

    /// <summary>The largest request body accepted, in bytes; default 64 KiB (413 beyond).</summary>
    public long MaxRequestBodyBytes { get; set; } = 64 * 1024;

    /// <summary>The interval of heartbeat comments on the event stream; default 15 s.</summary>
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Settings of the embedded default.</summary>
    public EmbeddedSettings Embedded { get; set; } = new();

    /// <summary>Settings of a real network (External mode).</summary>
    public ExternalSettings External { get; set; } = new();

    /// <summary>Where traces and metrics go.</summary>
    public TelemetrySettings Telemetry { get; set; } = new();

    /// <summary>Settings of the block-range audit (the orderer organization's MSP folder, limits).</summary>
    public Audit.AuditSettings Audit { get; set; } = new();

    /// <summary>How long idempotency records are kept and how often expired ones are swept.</summary>
    public Idempotency.IdempotencySettings Idempotency { get; set; } = new();

    /// <summary>Each API key's request budget.</summary>
    public Security.RateLimitSettings RateLimit { get; set; } = new();
}

/// <summary>Settings of the embedded default.</summary>
public sealed class EmbeddedSettings
{
    /// <summary>True to give the development network's peers free ports instead of 7051, 9051 and 11051.</summary>
    public bool FreePeerPorts { get; set; }
}

/// <summary>The real Fabric network one organization's gateway talks to.</summary>
public sealed class ExternalSettings
{
    /// <summary>
    /// The organization's gateway peer, e.g. <c>https://peer0.insurer.example.com:7051</c>; a connection profile's
    /// <c>grpcs://</c> or <c>grpc://</c> URL, or a bare <c>host:port</c>, is accepted too (see <see cref="PeerAddress"/>).
    /// </summary>
    public string PeerEndpoint { get; set; } = string.Empty;

    /// <summary>
    /// PEM file of the peer organization's TLS CA, the only root trusted; absent for a plaintext (h2c) endpoint, and
    /// refused with one.
    /// </summary>
    public string? TlsRootCertificate { get; set; }

    /// <summary>The host name the peer's TLS certificate must name, when it differs from the endpoint's (e.g. an IP address).</summary>
    public string? ServerNameOverride { get; set; }

    /// <summary>
    /// The wallet: a folder with one MSP folder per identity (<c>&lt;name&gt;/msp/signcerts/*.pem</c> and
    /// <c>&lt;name&gt;/msp/keystore/*</c>, the test-network <c>users/</c> layout).
    /// </summary>
    public string Wallet { get; set; } = string.Empty;

    /// <summary>The API key file (SHA-256 hashes → identities); default <c>DATA/gateway/api-keys.json</c>.</summary>
    public string? ApiKeysFile { get; set; }
}

/// <summary>Where OpenTelemetry traces and metrics are exported.</summary>
public sealed class TelemetrySettings
{
    /// <summary>Export to the console; default true.</summary>
    public bool Console { get; set; } = true;

    /// <summary>An OTLP endpoint (e.g. <c>http://127.0.0.1:4317</c>); none by default.</summary>
    public string? OtlpEndpoint { get; set; }
}
