using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using Grpc.Net.Client;

namespace Fabric.Client.Connections;

/// <summary>
/// Creates gRPC channels to Fabric Gateway peers. Create one channel per peer endpoint and share it
/// between gateways; the caller disposes it.
/// </summary>
public static class GrpcChannels
{
    /// <summary>
    /// A plaintext (h2c) channel, e.g. <c>ForPlaintext("http://127.0.0.1:7051")</c>; the same as
    /// <c>GrpcChannel.ForAddress</c>. The server endpoint must be HTTP/2-only.
    /// </summary>
    public static GrpcChannel ForPlaintext(string address) => GrpcChannel.ForAddress(address);

    /// <summary>
    /// A TLS channel that trusts only <paramref name="rootCertificatesPem"/> (the peer organization's TLS CA),
    /// optionally presenting a client certificate for mutual TLS, and optionally checking the server
    /// certificate against <paramref name="serverNameOverride"/> instead of the address's host name.
    /// </summary>
    /// <param name="address">The peer address, e.g. <c>https://peer0.insurer.example.com:7051</c>.</param>
    /// <param name="rootCertificatesPem">One or more PEM CA certificates to trust.</param>
    /// <param name="clientCertificatePem">The client TLS certificate (PEM), for mutual TLS.</param>
    /// <param name="clientKeyPem">The client TLS private key (PEM), with <paramref name="clientCertificatePem"/>.</param>
    /// <param name="serverNameOverride">The host name expected in the server certificate.</param>
    /// <exception cref="System.Security.Cryptography.CryptographicException">A PEM input cannot be read.</exception>
    public static GrpcChannel ForTls(
        string address,
        string rootCertificatesPem,
        string? clientCertificatePem = null,
        string? clientKeyPem = null,
        string? serverNameOverride = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(rootCertificatesPem);
        var roots = new X509Certificate2Collection();
        roots.ImportFromPem(rootCertificatesPem);
        var ssl = new SslClientAuthenticationOptions
        {
            RemoteCertificateValidationCallback = (_, certificate, _, errors) =>
                certificate is X509Certificate2 server && Validate(server, roots, errors, serverNameOverride),
        };
        if (clientCertificatePem is not null)
        {
            ArgumentException.ThrowIfNullOrEmpty(clientKeyPem);
            ssl.ClientCertificates = [X509Certificate2.CreateFromPem(clientCertificatePem, clientKeyPem)];
        }

        var handler = new SocketsHttpHandler { SslOptions = ssl, EnableMultipleHttp2Connections = true };
        return GrpcChannel.ForAddress(address, new GrpcChannelOptions { HttpHandler = handler, DisposeHttpClient = true });
    }

    /// <summary>The SHA-256 of a PEM certificate's DER bytes, for <see cref="GatewayOptions.TlsClientCertificateHash"/>.</summary>
    public static byte[] CertificateHash(string certificatePem)
    {
        using var certificate = X509Certificate2.CreateFromPem(certificatePem);
        return System.Security.Cryptography.SHA256.HashData(certificate.RawData);
    }

    private static bool Validate(X509Certificate2 server, X509Certificate2Collection roots, SslPolicyErrors errors, string? serverNameOverride)
    {
        // SocketsHttpHandler takes the TLS target host from the address whatever SslOptions.TargetHost says, so the
        // platform's name check is against the address; with an override, the certificate must name the override instead.
        var nameMatches = serverNameOverride is null
            ? (errors & SslPolicyErrors.RemoteCertificateNameMismatch) == 0
            : server.MatchesHostname(serverNameOverride);
        if (!nameMatches || (errors & SslPolicyErrors.RemoteCertificateNotAvailable) != 0)
        {
            return false;
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(roots);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        return chain.Build(server);
    }
}
