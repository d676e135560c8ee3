using static MutualAid.Chaincode.Tests.Support.DomainCalls;

namespace MutualAid.Chaincode.Tests.EndToEnd.TimeAttacks;

/// <summary>
/// The permissionless deadline transactions: any organization may lapse a claim whose 60-day review window has ended or
/// expire one whose 30-day redemption window has, but not another organization's claim before its deadline.
/// </summary>
[NonParallelizable]
[CancelAfter(60_000)]
public sealed class ClaimDeadlineAttackTests
{
    private static TimeAttack Attack => new(TimeAttackNetwork.Network);

    [Test]
    public async Task LapseReview_OfTheNgosClaimDatedPastItsReviewWindow_RefusedAndTheClaimStaysFiled()
    {
        var scenario = await ClaimScenario.FiledAsync(Attack, "atk-lapse");

        await Attack.AssertRefusedAsync(InsurerMsp, "Coordinator", TimeAttack.Shifted(TimeSpan.FromDays(61)), "LapseReview", Claim(scenario.ClaimId));

        Assert.That(Text(await scenario.ReadAsync(), "status"), Is.EqualTo("Filed"));
    }

    [Test]
    public async Task ExpireClaim_OfTheNgosApprovedClaimDatedPastItsRedemptionWindow_RefusedAndTheClaimStaysApproved()
    {
        var scenario = await ClaimScenario.FiledAsync(Attack, "atk-expire");
        await scenario.StartReviewAsync();
        await scenario.ApproveAsync();
        await scenario.FinalizeAsync();

        await Attack.AssertRefusedAsync(InsurerMsp, "Coordinator", TimeAttack.Shifted(TimeSpan.FromDays(31)), "ExpireClaim", Claim(scenario.ClaimId));

        Assert.That(Text(await scenario.ReadAsync(), "status"), Is.EqualTo("Approved"));
    }
}
