using System.Net;
using System.Text.Json.Nodes;
using Fabric.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Logging;

namespace MutualAid.Gateway.Benchmarks;

/// <summary>
/// The least any HTTP service in front of Fabric.Client costs here: one bare ASP.NET Core endpoint on an h2c port of
/// its own that evaluates <c>GetClaim</c> with the direct path's contract and writes the chaincode's bytes back, with
/// no authentication, authorization, validation, telemetry or problem documents. Its ratio to the direct path is the
/// ceiling for a read through the gateway on this machine; the gateway's distance below it is its own pipeline.
/// </summary>
internal sealed class EmptyService : IChaincodeCalls, IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly HttpClient _http;
    private readonly Uri _baseAddress;

    private EmptyService(WebApplication app, HttpClient http, Uri baseAddress)
    {
        _app = app;
        _http = http;
        _baseAddress = baseAddress;
    }

    public string Name => "empty service";

    public long WriteAttempts => 0;

    /// <summary>Starts the endpoint on a free loopback port, evaluating with <paramref name="contract"/>.</summary>
    public static async Task<EmptyService> StartAsync(Contract contract, HttpClient http)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.Protocols = HttpProtocols.Http2));
        var app = builder.Build();
        app.MapGet("/claims/{claimId}", async (HttpContext context, string claimId) =>
        {
            var claim = await contract.EvaluateAsync("GetClaim",
                ProposalOptions.FromArguments(new JsonObject { ["claimId"] = claimId }.ToJsonString()), context.RequestAborted).ConfigureAwait(false);
            context.Response.ContentType = "application/json";
            await context.Response.Body.WriteAsync(claim, context.RequestAborted).ConfigureAwait(false);
        });
        await app.StartAsync().ConfigureAwait(false);
        return new EmptyService(app, http, new Uri(app.Urls.First()));
    }

    /// <exception cref="NotSupportedException">Always: the empty service only reads.</exception>
    public Task RecordContributionAsync(string memberId, long amount, string paymentReference) =>
        throw new NotSupportedException("the empty service only reads");

    public async Task ReadClaimAsync(string claimId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_baseAddress, "/claims/" + Uri.EscapeDataString(claimId)))
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };
        using var response = await _http.SendAsync(request).ConfigureAwait(false);
        await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync().ConfigureAwait(false);
}
