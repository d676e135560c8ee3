using Microsoft.Extensions.DependencyInjection;
using MutualAid.Gateway.Demo;
using MutualAid.Gateway.Security;
using MutualAid.Gateway.Tests.Support;

namespace MutualAid.Gateway.Tests.Security;

/// <summary>
/// Each API key has its own request budget: one caller hammering its organization's gateway is answered 429 with a
/// stable code and Retry-After, while a colleague's key, on the same gateway at the same time, is served throughout.
/// </summary>
[NonParallelizable]
public sealed class RateLimitTests
{
    private static readonly RateLimitSettings Budget = new() { PermitsPerSecond = 5, Burst = 10 };

    [Test, CancelAfter(60_000)]
    public async Task Flood_OneKeyOverItsBudget_Gets429WhileAnotherKeyIsServed(CancellationToken cancellationToken)
    {
        var keyFile = Path.Combine(GatewayFixture.Deployment.GatewayDirectory, ApiKeyProvisioner.KeyFileName);
        await using var gateway = await StandaloneGateway.BesideFixtureAsync("NgoMSP", Budget, keyFile, cancellationToken);
        var abuser = gateway.Client(GatewayFixture.KeyOf("NgoMSP", "Caseworker"));
        var colleague = gateway.Client(GatewayFixture.KeyOf("NgoMSP", "Auditor"));

        var flood = Enumerable.Range(0, 120).Select(i => abuser.GetAsync($"/api/v1/pools/flood-{i}", cancellationToken)).ToList();
        var served = new List<ApiResult>();
        for (var i = 0; i < 4; i++)
        {
            served.Add(await colleague.GetAsync($"/api/v1/pools/colleague-{i}", cancellationToken));
        }

        var answers = await Task.WhenAll(flood);
        var limited = answers.Where(a => a.Status == 429).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(limited, Has.Count.GreaterThanOrEqualTo(120 - Budget.Burst - 20), "at most the burst and a few seconds' refill get through");
            Assert.That(limited.Select(a => a.Code), Is.All.EqualTo("RATE_LIMITED"));
            Assert.That(answers.Where(a => a.Status != 429).Select(a => a.Code), Is.All.EqualTo("POOL_NOT_FOUND"), "the ones let through reached the chaincode");
            Assert.That(served.Select(a => a.Code), Is.All.EqualTo("POOL_NOT_FOUND"), "the colleague's key is never limited by the abuser's");
        }
    }

    [Test, CancelAfter(30_000)]
    public async Task Limited_Answer_CarriesRetryAfterAndAProblemDocument(CancellationToken cancellationToken)
    {
        var keyFile = Path.Combine(GatewayFixture.Deployment.GatewayDirectory, ApiKeyProvisioner.KeyFileName);
        await using var gateway = await StandaloneGateway.BesideFixtureAsync("NgoMSP", Budget, keyFile, cancellationToken);
        using var http = new HttpClient();
        HttpResponseMessage? last = null;
        for (var i = 0; i < Budget.Burst + 5 && last?.StatusCode != System.Net.HttpStatusCode.TooManyRequests; i++)
        {
            last?.Dispose();
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(gateway.BaseAddress, "/api/v1/pools/none"));
            request.Headers.Add(CallerAuthentication.HeaderName, GatewayFixture.KeyOf("NgoMSP", "Assessor"));
            last = await http.SendAsync(request, cancellationToken);
        }

        using (last)
        {
            Assert.That((int)last!.StatusCode, Is.EqualTo(429));
            Assert.That(last.Headers.RetryAfter?.Delta, Is.GreaterThanOrEqualTo(TimeSpan.FromSeconds(1)));
            Assert.That(last.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That(await last.Content.ReadAsStringAsync(cancellationToken), Does.Contain("\"code\":\"RATE_LIMITED\""));
        }
    }

    [Test]
    public void AddCallerRateLimiting_NegativeRate_Refused() =>
        Assert.That(() => new ServiceCollection().AddCallerRateLimiting(new RateLimitSettings { PermitsPerSecond = -1 }), Throws.InstanceOf<ArgumentOutOfRangeException>());
}
