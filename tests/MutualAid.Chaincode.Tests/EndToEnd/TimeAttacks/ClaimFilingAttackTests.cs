using static MutualAid.Chaincode.Tests.Support.DomainCalls;

namespace MutualAid.Chaincode.Tests.EndToEnd.TimeAttacks;

/// <summary>A claim is filed today, for an event of the past 30 days on which the member was covered.</summary>
[NonParallelizable]
[CancelAfter(60_000)]
public sealed class ClaimFilingAttackTests
{
    private static TimeAttack Attack => new(TimeAttackNetwork.Network);

    private static DateOnly Today => DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);

    [Test]
    public async Task EnrollAndClaim_BackdatedToFileForAnEventPastTheFilingDeadline_BothRefused()
    {
        var scenario = await ClaimScenario.EnrolledAsync(Attack, "atk-filing");

        // Covered since 60 days ago, then filing 40 days ago for an event 45 days ago: inside the deadline on paper only.
        await Attack.AssertRefusedAsync(NgoMsp, "Caseworker", TimeAttack.Shifted(-TimeSpan.FromDays(60)), "EnrollMember",
            EnrollMember(scenario.PoolId, "atk-filing-backdated", Hash("iban-atk-filing-backdated")));
        await Attack.AssertRefusedAsync(NgoMsp, "Caseworker", TimeAttack.Shifted(-TimeSpan.FromDays(40)), "SubmitClaim",
            SubmitClaim(scenario.MemberId, Today.AddDays(-45), ClaimScenario.Claimed), ClaimScenario.WithDetails());
    }

    [Test]
    public async Task SubmitClaim_FutureDatedForAnEventThatHasNotHappened_Refused()
    {
        var scenario = await ClaimScenario.EnrolledAsync(Attack, "atk-future");

        await Attack.AssertRefusedAsync(NgoMsp, "Caseworker", TimeAttack.Shifted(TimeSpan.FromDays(10)), "SubmitClaim",
            SubmitClaim(scenario.MemberId, Today.AddDays(9), ClaimScenario.Claimed), ClaimScenario.WithDetails());
    }
}
