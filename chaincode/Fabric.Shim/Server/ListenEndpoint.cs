using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Server.Kestrel.Https;

namespace Fabric.Shim.Server;

/// <summary>
/// Configures Kestrel to listen on a chaincode address: HTTP/2 only (plaintext gRPC is h2c, which Kestrel
/// serves only on HTTP/2-only endpoints), with TLS and client-certificate checks when configured.
/// </summary>
internal static class ListenEndpoint
{
    /// <summary>Adds the listener(s) for <paramref name="address"/> (<c>host:port</c>, <c>[v6]:port</c> or <c>:port</c>).</summary>
    /// <exception cref="FormatException">The address is not host:port.</exception>
    public static void Configure(KestrelServerOptions kestrel, string address, ChaincodeTlsOptions? tls)
    {
        var (host, port) = Parse(address);
        void Protocols(ListenOptions listen)
        {
            listen.Protocols = HttpProtocols.Http2;
            if (tls is not null)
            {
                listen.UseHttps(Https(tls));
            }
        }

        if (host is "" or "*" or "0.0.0.0" or "::" or "[::]")
        {
            if (host is "0.0.0.0")
            {
                kestrel.Listen(IPAddress.Any, port, Protocols);
            }
            else
            {
                kestrel.ListenAnyIP(port, Protocols);
            }
        }
        else if (IPAddress.TryParse(host.Trim('[', ']'), out var ip))
        {
            kestrel.Listen(ip, port, Protocols);
        }
        else if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            kestrel.Listen(IPAddress.Loopback, port, Protocols);
        }
        else
        {
            // A host name (e.g. the container's service name): listen on the addresses it resolves to.
            foreach (var resolved in Dns.GetHostAddresses(host).Distinct())
            {
                kestrel.Listen(resolved, port, Protocols);
            }
        }
    }

    /// <summary>Splits <c>host:port</c>.</summary>
    /// <exception cref="FormatException">There is no port or it is not 0-65535.</exception>
    public static (string Host, int Port) Parse(string address)
    {
        var colon = address.LastIndexOf(':');
        if (colon < 0 || !int.TryParse(address.AsSpan(colon + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var port)
            || port > IPEndPoint.MaxPort)
        {
            throw new FormatException($"the chaincode server address '{address}' is not host:port");
        }

        return (address[..colon], port);
    }

    private static HttpsConnectionAdapterOptions Https(ChaincodeTlsOptions tls)
    {
        var options = new HttpsConnectionAdapterOptions
        {
            ServerCertificate = tls.ServerCertificate,
            ClientCertificateMode = tls.RequireClientCertificate ? ClientCertificateMode.RequireCertificate : ClientCertificateMode.NoCertificate,
        };
        if (tls.ClientCaCertificates is { } roots)
        {
            options.ClientCertificateValidation = (certificate, _, _) => ChainsTo(certificate, roots);
        }

        return options;
    }

    /// <summary>Whether <paramref name="certificate"/> chains to one of <paramref name="roots"/> (and only to them).</summary>
    internal static bool ChainsTo(X509Certificate2 certificate, X509Certificate2Collection roots)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(roots);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.VerificationFlags = X509VerificationFlags.IgnoreWrongUsage;
        return chain.Build(certificate);
    }
}
