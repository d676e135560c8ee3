using System.Net;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace MutualAid.Gateway.Hosting;

/// <summary>
/// The gateway's listening sockets: the main URL for HTTP/1.1 (and HTTP/2 where TLS negotiates it), and optionally a
/// second URL for HTTP/2 over cleartext with prior knowledge. Kestrel picks HTTP/1.1 for every plaintext connection
/// of an endpoint that allows both, since without TLS there is no ALPN to choose with, so h2c needs a port of its own.
/// </summary>
internal sealed class KestrelListeners
{
    private Listener? _main;
    private Listener? _h2c;

    /// <summary>
    /// Listens on <paramref name="urls"/> (one URL, or several separated by <c>;</c>) and, when given, on
    /// <paramref name="http2Url"/> for h2c.
    /// </summary>
    /// <exception cref="ArgumentException">A URL is not <c>http://host:port</c> (or <c>https://</c> for the main ones).</exception>
    public void Configure(KestrelServerOptions kestrel, string urls, string? http2Url)
    {
        ArgumentNullException.ThrowIfNull(urls);
        foreach (var url in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            Listen(kestrel, url, HttpProtocols.Http1AndHttp2, allowTls: true, listener => _main ??= listener);
        }

        if (http2Url is not null)
        {
            Listen(kestrel, http2Url, HttpProtocols.Http2, allowTls: false, listener => _h2c = listener);
        }
    }

    /// <summary>The first main URL as bound (a free port filled in).</summary>
    public string? Url => _main?.Url;

    /// <summary>The h2c URL as bound; null when none was configured.</summary>
    public string? Http2Url => _h2c?.Url;

    private static void Listen(KestrelServerOptions kestrel, string url, HttpProtocols protocols, bool allowTls, Action<Listener> configured)
    {
        var address = BindingAddress.Parse(url);
        var tls = address.Scheme.Equals("https", StringComparison.OrdinalIgnoreCase);
        if (!tls && !address.Scheme.Equals("http", StringComparison.OrdinalIgnoreCase) || tls && !allowTls || address.Port < 0)
        {
            throw new ArgumentException($"'{url}' is not a listening URL of the form {(allowTls ? "http(s)" : "http")}://host:port", nameof(url));
        }

        void Options(ListenOptions options)
        {
            options.Protocols = protocols;
            if (tls)
            {
                options.UseHttps();
            }

            configured(new Listener(options, address.Scheme, address.Host));
        }

        if (address.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase))
        {
            kestrel.ListenLocalhost(address.Port, Options);
        }
        else if (IPAddress.TryParse(address.Host.Trim('[', ']'), out var ip))
        {
            kestrel.Listen(ip, address.Port, Options);
        }
        else
        {
            // "*", "+" or a host name: every interface, as Kestrel does for such URLs.
            kestrel.ListenAnyIP(address.Port, Options);
        }
    }

    /// <summary>A configured socket; Kestrel fills in the port actually bound when it starts.</summary>
    private sealed record Listener(ListenOptions Options, string Scheme, string Host)
    {
        public string Url => Options.EndPoint is IPEndPoint ip ? $"{Scheme}://{Host}:{ip.Port}" : $"{Scheme}://{Host}";
    }
}
