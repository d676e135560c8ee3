using MutualAid.Gateway.Demo;

namespace MutualAid.Gateway.Tests;

/// <summary>A claim walked from pool creation to payout through the three organizations' gateways.</summary>
public sealed class ClaimWalkTests
{
    [Test, CancelAfter(30_000)]
    public async Task ClaimWalk_OverHttp_PaysTheClaimAndBalancesAgree(CancellationToken cancellationToken)
    {
        using var output = new StringWriter();
        var walk = new ClaimWalkthrough(GatewayFixture.Client, output);

        await walk.RunAsync(cancellationToken);

        var claim = (await GatewayFixture.Client("NgoMSP", "Auditor").GetAsync($"/api/v1/claims/{walk.ClaimId}", cancellationToken)).EnsureSuccess();
        var history = (await GatewayFixture.Client("RegulatorMSP", "User1").GetAsync($"/api/v1/claims/{walk.ClaimId}/history", cancellationToken)).EnsureSuccess();
        var page = (await GatewayFixture.Client("InsurerMSP", "Auditor").GetAsync($"/api/v1/pools/{walk.PoolId}/claims?pageSize=10", cancellationToken)).EnsureSuccess();
        var times = await GatewayFixture.Client("InsurerMSP", "Auditor").GetAsync($"/api/v1/pools/{walk.PoolId}/service-times", cancellationToken);
        var member = (await GatewayFixture.Client("NgoMSP", "Caseworker").GetAsync($"/api/v1/members/{walk.MemberId}/statement", cancellationToken)).EnsureSuccess();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(claim["status"]!.GetValue<string>(), Is.EqualTo("Closed"));
            Assert.That(claim.ToJsonString(), Does.Not.Contain("appendicitis"), "private details never leave the collection");
            Assert.That(history["versions"]!.AsArray(), Has.Count.GreaterThanOrEqualTo(5));
            Assert.That(page["claims"]!.AsArray(), Has.Count.EqualTo(1));
            Assert.That(times.Status, Is.EqualTo(200));
            Assert.That(member["payouts"]!.GetValue<long>(), Is.EqualTo(ClaimWalkthrough.Claimed));
            Assert.That(walk.FinalStatement!["contributions"]!.GetValue<long>(), Is.EqualTo(300_000));
            Assert.That(walk.FinalStatement["payouts"]!.GetValue<long>(), Is.EqualTo(ClaimWalkthrough.Claimed));
            Assert.That(walk.FinalStatement["balance"]!.GetValue<long>(),
                Is.EqualTo(300_000 - ClaimWalkthrough.Claimed - walk.FinalStatement["fees"]!.GetValue<long>()));
            Assert.That(output.ToString(), Does.Contain("records the payout: 201"));
        }
    }
}
