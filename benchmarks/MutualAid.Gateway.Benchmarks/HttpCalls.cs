using System.Globalization;
using System.Text;
using MutualAid.Gateway.Demo;

namespace MutualAid.Gateway.Benchmarks;

/// <summary>The operations through the gateway's HTTP API with one API key; every write has its own Idempotency-Key.</summary>
/// <param name="http">The HTTP client (one connection pool for the whole run).</param>
/// <param name="baseAddress">The organization gateway's address (its h2c URL for HTTP/2).</param>
/// <param name="apiKey">The caller's API key.</param>
/// <param name="version">HTTP/1.1 (a connection per request in flight) or HTTP/2 with prior knowledge (one multiplexed connection).</param>
internal sealed class HttpCalls(HttpClient http, Uri baseAddress, string apiKey, Version version) : IChaincodeCalls
{
    private long _writeAttempts;

    /// <summary>The gateway's address this caller sends to.</summary>
    public Uri BaseAddress => baseAddress;

    /// <summary>The HTTP version of every request.</summary>
    public Version Version => version;

    public string Name => version.Major >= 2 ? "gateway h2c" : "gateway HTTP/1";

    public long WriteAttempts => Interlocked.Read(ref _writeAttempts);

    public Task RecordContributionAsync(string memberId, long amount, string paymentReference) =>
        SendAsync(HttpMethod.Post, $"/api/v1/members/{memberId}/contributions", DemoCalls.Contribution(amount, paymentReference));

    public Task ReadClaimAsync(string claimId) => SendAsync(HttpMethod.Get, $"/api/v1/claims/{claimId}", null);

    private async Task SendAsync(HttpMethod method, string path, string? body)
    {
        using var request = new HttpRequestMessage(method, new Uri(baseAddress, path)) { Version = version, VersionPolicy = HttpVersionPolicy.RequestVersionExact };
        request.Headers.Add("X-Api-Key", apiKey);
        if (body is not null)
        {
            request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        using var response = await http.SendAsync(request).ConfigureAwait(false);
        // The answer's bytes, as Fabric.Client hands the direct caller the chaincode's bytes.
        var answer = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"{method} {path} answered {(int)response.StatusCode}: {Encoding.UTF8.GetString(answer)}");
        }

        if (response.Headers.TryGetValues("X-Fabric-Attempts", out var attempts))
        {
            Interlocked.Add(ref _writeAttempts, long.Parse(attempts.First(), CultureInfo.InvariantCulture));
        }
    }
}
