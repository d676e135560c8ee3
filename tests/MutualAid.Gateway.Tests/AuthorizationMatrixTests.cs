using System.Collections.Concurrent;
using MutualAid.Gateway.Api;

namespace MutualAid.Gateway.Tests;

/// <summary>
/// Every function endpoint called by every identity of every organization: a caller the chaincode's role rules refuse
/// gets 403 with a problem document at the edge; any other caller gets past the edge (the chaincode then answers,
/// here mostly 404 for the unknown ids), and never 401 or a role refusal.
/// </summary>
public sealed class AuthorizationMatrixTests
{
    [Test, CancelAfter(60_000)]
    public async Task EveryEndpoint_EveryRole_AllowedOr403Problem(CancellationToken cancellationToken)
    {
        var mismatches = new ConcurrentBag<string>();
        var cells = RouteCatalog.All.SelectMany(route => GatewayFixture.Identities.Select(identity => (route, identity))).ToList();
        await Parallel.ForEachAsync(cells, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken }, async (cell, token) =>
        {
            var (route, (mspId, identity)) = cell;
            var role = identity is "User1" ? null : identity.ToLowerInvariant();
            var allowed = !route.IsWrite || (mspId != Roles.RegulatorMspId && role is not null && route.Roles.Contains(role));
            var path = Concrete(route.Path);
            var result = await GatewayFixture.Client(mspId, identity)
                .SendAsync(new HttpMethod(route.Method), path, route.IsWrite ? "{}" : null, route.IsWrite ? Guid.NewGuid().ToString("N") : null, token);
            var refusedAtEdge = result.Status == 403 && result.Code is "FORBIDDEN_ROLE" or "REGULATOR_READ_ONLY";
            if (allowed ? refusedAtEdge || result.Status == 401 : !(refusedAtEdge && result.MediaType == "application/problem+json"))
            {
                mismatches.Add($"{route.Method} {route.Path} as {identity}@{mspId}: expected {(allowed ? "allowed" : "403")}, got {result.Status} {result.Code}");
            }
        });

        Assert.That(mismatches, Is.Empty, string.Join(Environment.NewLine, mismatches.Order()));
    }

    [Test, CancelAfter(10_000)]
    public async Task RegulatorWrite_AnyEndpoint_Refused403AtTheEdgeWithCode(CancellationToken cancellationToken)
    {
        var result = await GatewayFixture.Client("RegulatorMSP", "Auditor").PostAsync("/api/v1/pools", Demo.DemoCalls.CreatePool("regulator-pool"), null, cancellationToken);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Status, Is.EqualTo(403));
            Assert.That(result.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That(result.Code, Is.EqualTo("REGULATOR_READ_ONLY"));
            Assert.That(result.Body!["transactionId"], Is.Null, "nothing reached Fabric");
        }
    }

    [TestCase(null, TestName = "NoKey_Returns401Problem")]
    [TestCase("ma_not-a-key", TestName = "UnknownKey_Returns401Problem")]
    [CancelAfter(10_000)]
    public async Task Request_WithoutValidKey_Returns401Problem(string? key, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(GatewayFixture.BaseAddress("InsurerMSP"), "/api/v1/pools/x"));
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }

        using var response = await GatewayFixture.RawHttp.SendAsync(request, cancellationToken);

        using (Assert.EnterMultipleScope())
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(401));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        }
    }

    [TestCase(null, TestName = "EveryEndpoint_NoKey_Returns401ChallengeBeforeTheHandler")]
    [TestCase("ma_not-a-key", TestName = "EveryEndpoint_UnknownKey_Returns401ChallengeBeforeTheHandler")]
    [CancelAfter(60_000)]
    public async Task EveryEndpoint_WithoutValidKey_Returns401ChallengeBeforeTheHandler(string? key, CancellationToken cancellationToken)
    {
        // Writes without an Idempotency-Key and with a body that is not JSON: a handler that ran would answer 400, not 401.
        var endpoints = RouteCatalog.All.Select(route => (Method: route.Method, Path: Concrete(route.Path)))
            .Append((Method: "GET", Path: "/api/v1/events")).Append((Method: "GET", Path: "/api/v1/audit/blocks?from=0&to=0"));
        var mismatches = new ConcurrentBag<string>();
        await Parallel.ForEachAsync(endpoints, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken }, async (endpoint, token) =>
        {
            using var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), new Uri(GatewayFixture.BaseAddress("InsurerMSP"), endpoint.Path));
            if (endpoint.Method != "GET")
            {
                request.Content = new StringContent("not json", System.Text.Encoding.UTF8, "application/json");
            }

            if (key is not null)
            {
                request.Headers.Add("X-Api-Key", key);
            }

            using var response = await GatewayFixture.RawHttp.SendAsync(request, token);
            var body = await response.Content.ReadAsStringAsync(token);
            if ((int)response.StatusCode != 401 || response.Content.Headers.ContentType?.MediaType != "application/problem+json"
                || !body.Contains("\"UNAUTHENTICATED\"", StringComparison.Ordinal) || response.Headers.WwwAuthenticate.ToString() != "Bearer, ApiKey")
            {
                mismatches.Add($"{endpoint.Method} {endpoint.Path}: {(int)response.StatusCode} {response.Headers.WwwAuthenticate} {body}");
            }
        });

        Assert.That(mismatches, Is.Empty, string.Join(Environment.NewLine, mismatches.Order()));
    }

    [Test, CancelAfter(10_000)]
    public async Task KeyOfAnotherOrganization_OnThisGateway_Returns401(CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(GatewayFixture.BaseAddress("InsurerMSP"), "/api/v1/pools/x"));
        request.Headers.Add("X-Api-Key", GatewayFixture.KeyOf("NgoMSP", "Caseworker"));

        using var response = await GatewayFixture.RawHttp.SendAsync(request, cancellationToken);

        Assert.That((int)response.StatusCode, Is.EqualTo(401), "each gateway holds only its own organization's identities");
    }

    /// <summary>A request path for <paramref name="pattern"/>: 1 for numbers, unknown-NAME for ids.</summary>
    private static string Concrete(string pattern) => System.Text.RegularExpressions.Regex.Replace(
        pattern.Replace("{periodSeq:int}", "1", StringComparison.Ordinal), "{([a-zA-Z]+)}", "unknown-$1");
}
