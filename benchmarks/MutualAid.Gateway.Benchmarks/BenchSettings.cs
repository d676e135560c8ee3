using MutualAid.Gateway.Hosting;

namespace MutualAid.Gateway.Benchmarks;

/// <summary>The gateway settings of every benchmark process: free loopback ports, h2c beside HTTP/1.1, no console telemetry.</summary>
internal static class BenchSettings
{
    /// <summary>Settings with the data under <paramref name="dataDirectory"/>.</summary>
    public static GatewaySettings Create(string dataDirectory) => new()
    {
        DataDirectory = dataDirectory,
        Urls = "http://127.0.0.1:0",
        Http2Url = "http://127.0.0.1:0",
        Embedded = new EmbeddedSettings { FreePeerPorts = true },
        Telemetry = new TelemetrySettings { Console = false },

        // The limiter stays on, so its cost is measured, with a budget the load never reaches.
        RateLimit = new Security.RateLimitSettings { PermitsPerSecond = 10_000_000, Burst = 10_000_000 },
    };

    /// <summary>The callers' HTTP client: one connection pool for the whole run.</summary>
    public static HttpClient NewHttpClient() => new() { Timeout = TimeSpan.FromSeconds(120) };
}
