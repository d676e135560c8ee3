using System.Net;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using MutualAid.Gateway.Hosting;
using MutualAid.Gateway.Tests.Support;

namespace MutualAid.Gateway.Tests;

/// <summary>
/// The h2c URL: the same API over HTTP/2 with prior knowledge, many requests multiplexed on one connection, writes
/// included, beside the HTTP/1.1 URL; each port speaks its own protocol only.
/// </summary>
[TestFixture]
public sealed class Http2EndpointTests
{
    private static readonly HttpClient Http2 = new()
    {
        DefaultRequestVersion = HttpVersion.Version20,
        DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
        Timeout = TimeSpan.FromSeconds(60),
    };

    private static Uri Http2Address(string mspId) => new(GatewayFixture.Deployment.GatewayOf(mspId).Http2Url!);

    [OneTimeTearDown]
    public void DisposeClient() => Http2.Dispose();

    [Test]
    public async Task Every_organization_serves_the_api_over_h2c_on_a_port_of_its_own()
    {
        foreach (var mspId in new[] { "InsurerMSP", "NgoMSP", "RegulatorMSP" })
        {
            var gateway = GatewayFixture.Deployment.GatewayOf(mspId);
            Assert.That(gateway.Http2Url, Is.Not.Null.And.Not.EqualTo(gateway.Url), mspId);
            Assert.That(new Uri(gateway.Http2Url!).Port, Is.Not.Zero, "the free port actually bound is reported");
            using var answer = await Http2.GetAsync(new Uri(Http2Address(mspId), "/healthz"));
            Assert.That(answer.Version, Is.EqualTo(HttpVersion.Version20));
            Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }
    }

    [Test]
    public async Task Writes_and_reads_over_h2c_answer_as_over_http1()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var pool = await TestPool.CreateAsync(timeout.Token);
        var key = GatewayFixture.KeyOf("NgoMSP", "Caseworker");

        // Sixteen contributions at once on one HTTP/2 connection, each with its own Idempotency-Key.
        var contributions = Enumerable.Range(0, 16).Select(async i =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(Http2Address("NgoMSP"), $"/api/v1/members/{pool.MemberId}/contributions"))
            {
                Version = HttpVersion.Version20,
                VersionPolicy = HttpVersionPolicy.RequestVersionExact,
                Content = new StringContent(Demo.DemoCalls.Contribution(1_000, $"{pool.PoolId}-H2-{i}"), System.Text.Encoding.UTF8, "application/json"),
            };
            request.Headers.Add("X-Api-Key", key);
            request.Headers.Add("Idempotency-Key", $"{pool.PoolId}-h2-{i}");
            using var answer = await Http2.SendAsync(request, timeout.Token);
            Assert.That(answer.Version, Is.EqualTo(HttpVersion.Version20));
            Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.Created).Or.EqualTo(HttpStatusCode.OK), await answer.Content.ReadAsStringAsync(timeout.Token));
            Assert.That(answer.Headers.Contains("X-Transaction-Id"), Is.True);
        });
        await Task.WhenAll(contributions);

        var path = $"/api/v1/pools/{pool.PoolId}/statement";
        using var overHttp2 = new HttpRequestMessage(HttpMethod.Get, new Uri(Http2Address("RegulatorMSP"), path))
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };
        overHttp2.Headers.Add("X-Api-Key", GatewayFixture.KeyOf("RegulatorMSP", "Auditor"));
        using var answer2 = await Http2.SendAsync(overHttp2, timeout.Token);
        Assert.That(answer2.Version, Is.EqualTo(HttpVersion.Version20));
        var overH2c = System.Text.Json.Nodes.JsonNode.Parse(await answer2.Content.ReadAsStringAsync(timeout.Token))!;
        var overHttp1 = (await GatewayFixture.Client("RegulatorMSP", "Auditor").GetAsync(path, timeout.Token)).EnsureSuccess();
        Assert.That(overH2c.ToJsonString(), Is.EqualTo(overHttp1.ToJsonString()));
        Assert.That(overH2c["contributions"]!.GetValue<long>(), Is.EqualTo(16_000), "16 contributions of 1,000 minor units, none lost or doubled");
    }

    [Test]
    public async Task Each_port_refuses_the_other_protocol()
    {
        using var http1 = new HttpClient();
        using var onH2Port = await http1.GetAsync(new Uri(Http2Address("InsurerMSP"), "/healthz"));
        Assert.That(onH2Port.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), "an HTTP/1.1 request on the h2c port");

        Assert.That(async () => await Http2.GetAsync(new Uri(GatewayFixture.BaseAddress("InsurerMSP"), "/healthz")),
            Throws.InstanceOf<HttpRequestException>(), "prior-knowledge HTTP/2 on the HTTP/1.1 port");
    }

    [TestCase("ftp://127.0.0.1:1")]
    [TestCase("https://127.0.0.1:0")]
    public void A_h2c_url_must_be_plain_http(string url)
    {
        var kestrel = new KestrelServerOptions();
        Assert.That(() => new KestrelListeners().Configure(kestrel, "http://127.0.0.1:0", url), Throws.ArgumentException.With.Message.Contains(url));
    }

    [TestCase("ftp://127.0.0.1:1")]
    [TestCase("http://127.0.0.1:0;ws://127.0.0.1:1")]
    public void A_main_url_must_be_http_or_https(string urls)
    {
        var kestrel = new KestrelServerOptions();
        Assert.That(() => new KestrelListeners().Configure(kestrel, urls, null), Throws.ArgumentException.With.Message.Contains("://127.0.0.1:1"));
    }
}
