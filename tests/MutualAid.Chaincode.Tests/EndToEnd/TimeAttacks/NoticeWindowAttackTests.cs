using static MutualAid.Chaincode.Tests.Support.DomainCalls;

namespace MutualAid.Chaincode.Tests.EndToEnd.TimeAttacks;

/// <summary>An approved claim may be finalized and paid only after the notice window in which others may object.</summary>
[NonParallelizable]
[CancelAfter(60_000)]
public sealed class NoticeWindowAttackTests
{
    private static TimeAttack Attack => new(TimeAttackNetwork.Network);

    [Test]
    public async Task FinalizeAndPay_DatedPastASevenDayNoticeWindowThatIsOpen_BothRefusedAndTheClaimStaysNoticed()
    {
        var scenario = await ClaimScenario.FiledAsync(Attack, "atk-notice", noticeWindowDays: 7);
        await scenario.StartReviewAsync();
        await scenario.ApproveAsync();
        var afterTheWindow = TimeAttack.Shifted(TimeSpan.FromDays(8));

        await Attack.AssertRefusedAsync(InsurerMsp, "Coordinator", afterTheWindow, "FinalizeClaim", Claim(scenario.ClaimId));
        await Attack.AssertRefusedAsync(InsurerMsp, "Coordinator", afterTheWindow, "RecordPayout",
            RecordPayout(scenario.ClaimId, ClaimScenario.Claimed, "OUT-ATK-NOTICE", ClaimScenario.Destination(scenario.PoolId)));

        var claim = await scenario.ReadAsync();
        Assert.That(Text(claim, "status"), Is.EqualTo("Noticed"));
        Assert.That(Property(claim, "paidAmount.amount").GetInt64(), Is.Zero);
    }
}
