using static MutualAid.Chaincode.Tests.Support.DomainCalls;

namespace MutualAid.Chaincode.Tests.EndToEnd.TimeAttacks;

/// <summary>A claim's timeline records when each stage began; a review cannot be dated before the filing.</summary>
[NonParallelizable]
[CancelAfter(60_000)]
public sealed class BackdatedReviewAttackTests
{
    private static TimeAttack Attack => new(TimeAttackNetwork.Network);

    [Test]
    public async Task StartReview_BackdatedBeforeTheFiling_RefusedAndTheTimelineHoldsOnlyFiled()
    {
        var scenario = await ClaimScenario.FiledAsync(Attack, "atk-review");

        await Attack.AssertRefusedAsync(InsurerMsp, "Assessor", TimeAttack.Shifted(-TimeSpan.FromDays(1)), "StartReview", Claim(scenario.ClaimId));

        var claim = await scenario.ReadAsync();
        Assert.That(Property(claim, "timeline").EnumerateArray().Select(s => s.GetProperty("status").GetString()), Is.EqualTo(new[] { "Filed" }));
    }
}
