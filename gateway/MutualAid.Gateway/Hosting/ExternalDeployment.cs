namespace MutualAid.Gateway.Hosting;

/// <summary>
/// External mode: one organization's gateway against a real Fabric network, from configuration (peer endpoint,
/// TLS root, MSP id, wallet, API key file). Nothing embedded starts.
/// </summary>
public sealed class ExternalDeployment : IGatewayDeployment
{
    private ExternalDeployment(GatewayApp gateway, string dataDirectory)
    {
        Gateways = [gateway];
        DataDirectory = dataDirectory;
    }

    /// <inheritdoc />
    public IReadOnlyList<GatewayApp> Gateways { get; }

    /// <inheritdoc />
    public string DataDirectory { get; }

    /// <summary>Starts the gateway of <see cref="GatewaySettings.Organization"/>.</summary>
    /// <exception cref="InvalidOperationException">
    /// The peer endpoint or the wallet is not configured, or a TLS root is given for a plaintext endpoint.
    /// </exception>
    public static async Task<ExternalDeployment> StartAsync(GatewaySettings settings, Action<ILoggingBuilder>? logging, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var external = settings.External;
        if (string.IsNullOrWhiteSpace(external.PeerEndpoint) || string.IsNullOrWhiteSpace(external.Wallet))
        {
            throw new InvalidOperationException("External mode needs External:PeerEndpoint and External:Wallet");
        }

        var data = Path.GetFullPath(settings.DataDirectory);
        var gatewayDirectory = Path.Combine(data, "gateway");
        var tlsRoot = string.IsNullOrWhiteSpace(external.TlsRootCertificate)
            ? null
            : await File.ReadAllTextAsync(Path.GetFullPath(external.TlsRootCertificate), cancellationToken).ConfigureAwait(false);
        var peer = PeerAddress.ToHttp(external.PeerEndpoint, tls: tlsRoot is not null);
        var endpoint = new OrganizationEndpoint(settings.Organization, settings.Urls, peer, tlsRoot,
            string.IsNullOrWhiteSpace(external.ServerNameOverride) ? null : external.ServerNameOverride,
            Path.GetFullPath(external.Wallet), external.ApiKeysFile ?? Path.Combine(gatewayDirectory, "api-keys.json"),
            Path.Combine(gatewayDirectory, settings.Organization), settings.Http2Url);
        return new ExternalDeployment(await GatewayApp.StartAsync(endpoint, settings, logging, cancellationToken).ConfigureAwait(false), data);
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => Gateways[0].DisposeAsync();
}
