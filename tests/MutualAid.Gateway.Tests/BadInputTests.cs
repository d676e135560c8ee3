using MutualAid.Gateway.Tests.Support;

namespace MutualAid.Gateway.Tests;

/// <summary>Bad input answered with a 4xx problem document carrying a stable code, and nothing changed.</summary>
public sealed class BadInputTests
{
    private static TestPool? _pool;

    [TestCase("{\"amount\":", 400, "INVALID_REQUEST", TestName = "MalformedJson_Returns400")]
    [TestCase("[1,2]", 400, "INVALID_REQUEST", TestName = "NotAnObject_Returns400")]
    [TestCase("{\"amount\":{\"amount\":-5,\"currency\":\"EUR\"},\"paymentReference\":\"NEG\"}", 400, "INVALID_AMOUNT", TestName = "NegativeAmount_Returns400")]
    [TestCase("{\"amount\":{\"amount\":99999999999999999999,\"currency\":\"EUR\"},\"paymentReference\":\"BIG\"}", 400, "INVALID_AMOUNT", TestName = "OverflowingAmount_Returns400")]
    [TestCase("{\"amount\":{\"amount\":1.5,\"currency\":\"EUR\"},\"paymentReference\":\"FRAC\"}", 400, "INVALID_AMOUNT", TestName = "FractionalAmount_Returns400")]
    [TestCase("{\"amount\":{\"amount\":100,\"currency\":\"eur\"},\"paymentReference\":\"LOWER\"}", 400, "INVALID_AMOUNT", TestName = "MalformedCurrency_Returns400")]
    [TestCase("{\"amount\":{\"amount\":100,\"currency\":\"USD\"},\"paymentReference\":\"USD\"}", 400, null, TestName = "WrongCurrency_RefusedByChaincode")]
    [TestCase("{\"amount\":{\"amount\":100,\"currency\":\"EUR\"},\"paymentReference\":\"X\",\"extra\":1}", 400, null, TestName = "UnknownProperty_RefusedByChaincode")]
    [CancelAfter(30_000)]
    public async Task Contribution_BadInput_4xxProblemAndNothingChanged(string body, int status, string? code, CancellationToken cancellationToken)
    {
        _pool ??= await TestPool.CreateAsync(cancellationToken);
        var before = (await _pool.StatementAsync(cancellationToken)).ToJsonString();

        var result = await GatewayFixture.Client("NgoMSP", "Caseworker")
            .PostAsync($"/api/v1/members/{_pool.MemberId}/contributions", body, null, cancellationToken);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Status, Is.EqualTo(status).Or.InRange(400, 422), result.Body?.ToJsonString());
            Assert.That(result.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That(result.Code, code is null ? Is.Not.Null : Is.EqualTo(code));
            Assert.That((await _pool.StatementAsync(cancellationToken)).ToJsonString(), Is.EqualTo(before));
        }
    }

    [Test, CancelAfter(10_000)]
    public async Task UnknownClaim_Returns404WithChaincodeCode(CancellationToken cancellationToken)
    {
        var result = await GatewayFixture.Client("InsurerMSP", "Assessor").GetAsync("/api/v1/claims/CLM-DOES-NOT-EXIST", cancellationToken);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Status, Is.EqualTo(404));
            Assert.That(result.Code, Is.EqualTo("CLAIM_NOT_FOUND"));
            Assert.That(result.Body!["type"]!.GetValue<string>(), Is.EqualTo("urn:mutualaid:error:CLAIM_NOT_FOUND"));
        }
    }

    [Test, CancelAfter(10_000)]
    public async Task OversizedBody_Returns413Problem(CancellationToken cancellationToken)
    {
        var huge = "{\"paymentReference\":\"" + new string('x', 64 * 1024) + "\"}";

        var result = await GatewayFixture.Client("NgoMSP", "Caseworker").PostAsync("/api/v1/members/MBR-X/contributions", huge, null, cancellationToken);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Status, Is.EqualTo(413));
            Assert.That(result.Code, Is.EqualTo("BODY_TOO_LARGE"));
        }
    }

    [Test, CancelAfter(30_000)]
    public async Task OversizedBody_OverHttp11_ClosesTheConnectionSoTheNextRequestIsNotLost(CancellationToken cancellationToken)
    {
        var huge = "{\"paymentReference\":\"" + new string('x', 64 * 1024) + "\"}";
        var key = GatewayFixture.KeyOf("NgoMSP", "Caseworker");
        var baseAddress = GatewayFixture.BaseAddress("NgoMSP");
        for (var i = 0; i < 20; i++)
        {
            using var oversized = new HttpRequestMessage(HttpMethod.Post, new Uri(baseAddress, "/api/v1/members/MBR-X/contributions"))
            {
                Content = new StringContent(huge, System.Text.Encoding.UTF8, "application/json"),
            };
            oversized.Headers.Add("X-Api-Key", key);
            oversized.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
            using var refused = await GatewayFixture.RawHttp.SendAsync(oversized, cancellationToken);

            // The body was left unread, so the connection ends; the next request must find a fresh one.
            using var next = new HttpRequestMessage(HttpMethod.Get, new Uri(baseAddress, "/api/v1/claims/CLM-NONE"));
            next.Headers.Add("X-Api-Key", key);
            using var answered = await GatewayFixture.RawHttp.SendAsync(next, cancellationToken);

            using (Assert.EnterMultipleScope())
            {
                Assert.That((int)refused.StatusCode, Is.EqualTo(413));
                Assert.That(refused.Headers.ConnectionClose, Is.True);
                Assert.That((int)answered.StatusCode, Is.EqualTo(404));
            }
        }
    }

    [Test, CancelAfter(10_000)]
    public async Task PathAndBodyDisagree_Returns400(CancellationToken cancellationToken)
    {
        var result = await GatewayFixture.Client("NgoMSP", "Caseworker")
            .PostAsync("/api/v1/members/MBR-A/contributions", "{\"memberId\":\"MBR-B\",\"amount\":{\"amount\":1,\"currency\":\"EUR\"},\"paymentReference\":\"P\"}", null, cancellationToken);

        Assert.That(result.Code, Is.EqualTo("INVALID_REQUEST"));
    }

    [Test, CancelAfter(10_000)]
    public async Task ListClaims_NonNumericPageSize_Returns400(CancellationToken cancellationToken)
    {
        var result = await GatewayFixture.Client("InsurerMSP", "Auditor").GetAsync("/api/v1/pools/no-such-pool/claims?pageSize=abc", cancellationToken);

        Assert.That(result.Status, Is.EqualTo(400));
    }
}
