namespace MutualAid.Gateway.Hosting;

/// <summary>
/// Turns a configured peer endpoint into the address the .NET gRPC client takes: <c>https://</c> or <c>http://</c>.
/// Connection profiles name peers as <c>grpcs://host:port</c> or <c>grpc://host:port</c>, and Fabric's own
/// configuration often as a bare <c>host:port</c>; all three are accepted so a value can be copied as it is.
/// </summary>
public static class PeerAddress
{
    /// <summary>The <c>http(s)://</c> address of <paramref name="endpoint"/>; a bare <c>host:port</c> gets https when <paramref name="tls"/>.</summary>
    /// <exception cref="InvalidOperationException">A TLS root is configured for a plaintext endpoint, or the scheme is unknown.</exception>
    public static string ToHttp(string endpoint, bool tls)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(endpoint);
        var separator = endpoint.IndexOf("://", StringComparison.Ordinal);
        var scheme = separator < 0 ? (tls ? "https" : "http") : endpoint[..separator].ToLowerInvariant();
        var rest = separator < 0 ? endpoint : endpoint[(separator + 3)..];
        var http = scheme switch
        {
            "https" or "grpcs" => "https",
            "http" or "grpc" => "http",
            _ => throw new InvalidOperationException($"External:PeerEndpoint '{endpoint}' must be https://, grpcs://, http://, grpc:// or host:port"),
        };

        // Without this check a TLS root next to a plaintext endpoint would silently connect without TLS.
        if (tls && http == "http")
        {
            throw new InvalidOperationException($"External:TlsRootCertificate is set but External:PeerEndpoint '{endpoint}' is plaintext; use https:// or grpcs://");
        }

        return $"{http}://{rest}";
    }
}
